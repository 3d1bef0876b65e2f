/**
 * Typographic quotes, dashes and dots for plain text (titles, summaries, descriptions), the same as
 * Markdown gets (markdown/options.ts): “ ” ‘ ’, `--` as –, `---` as —, `...` as …, with Dutch elisions
 * (’s, ’t, ’90) as apostrophes. Only for what readers see: content/ keeps what the author typed.
 */
import { retext } from 'retext'
import smartypants from 'retext-smartypants'

/**
 * An opening single quote that is really the apostrophe of an elision (’s avonds, ’s-Hertogenbosch,
 * ’t, ’n, ’k, ’m, ’r, ’ns) or a shortened year (’90). English has no words of that shape.
 */
export const ELISION = /‘(?=(?:s|t|n|k|m|r|ns)\b|\d\d\b)/g

const processor = retext().use(smartypants, { dashes: 'oldschool', backticks: false })

export function typographic(text: string): string {
  if (!/['"]|--|\.\.\./.test(text)) return text
  return String(processor.processSync(text)).replace(ELISION, '’')
}

/** The fields of a document that are text for readers (not slugs, addresses, ids or dates). */
const TEXT_FIELDS = new Set([
  'title',
  'subtitle',
  'summary',
  'description',
  'bio',
  'jobTitle',
  'organisation',
  'theme',
  'venue',
  'howToRequest',
  'caption',
  'dedication',
])

/** A document's data with its reader-facing text typographic, at any depth (a speaker's talks). */
export function typographicFields<T>(data: T): T {
  if (Array.isArray(data)) return data.map(typographicFields) as T
  if (!data || typeof data !== 'object' || data instanceof Date) return data
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [
      key,
      typeof value === 'string' && TEXT_FIELDS.has(key) ? typographic(value) : typographicFields(value),
    ]),
  ) as T
}
