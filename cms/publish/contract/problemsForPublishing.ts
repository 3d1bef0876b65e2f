import type { CollectionSlug, FlattenedField, PayloadRequest } from 'payload'

import { DEFAULT_LOCALE, LOCALE_NAMES, LOCALES, isLocale, type Locale } from '../../../model/locales'
import { checkMarkdown } from '../../../model/markdown/checkMarkdown'
import { KINDS, type Kind } from '../../content/kinds'
import type { LexicalState } from '../../content/markdown/lexicalNodes'
import { lexicalToMarkdown } from '../../content/markdown/toMarkdown'
import { publicReferences, type PublicReferences } from './publicReferences'
import { referencedIds } from './referencedIds'

/** A reason the site could not show a document, on the field an editor can fix. */
export type PublishProblem = { path: string; message: string }

type Doc = Record<string, unknown>

/** Front matter keys whose CMS field has another name; every other key is its field's name. */
const FIELD_OF_KEY: Record<string, string> = { date: 'publishedAt', hero: 'heroImage' }
const fieldOf = (key: string) => FIELD_OF_KEY[key] ?? key

/** `summary` -> `Summary`, `talks.0.title` -> `Title`: how an editor knows the field. */
const labelOf = (field: string, rest: string[]) => {
  const name = [...rest].reverse().find((part) => !/^\d+$/.test(part)) ?? field
  return name.replace(/([A-Z])/g, ' $1').toLowerCase()
}

/** `must not be empty` -> `Must not be empty (English version).` */
const sentence = (text: string, where: string) => {
  const body = `${text.charAt(0).toUpperCase()}${text.slice(1)}`.replace(/\.$/, '')
  return `${body}${where}${/[!?]$/.test(body) ? '' : '.'}`
}

/**
 * What would keep the site from showing this document as it is about to be saved: the checks the
 * site build runs on content/ (the front-matter schema, the Markdown dialect, references to things
 * that are on the site), run on the document as the export would write it, in every language it has.
 * An empty list means the site will show it; the export and the build will not drop or refuse it.
 */
export async function problemsForPublishing(args: {
  req: PayloadRequest
  collection: CollectionSlug
  id?: number | string
  data: Doc
  originalDoc?: Doc
}): Promise<PublishProblem[]> {
  const { req, collection } = args
  const kind = KINDS.find((each) => each.collection === collection)
  if (!kind) return []
  const fields = req.payload.collections[collection].config.flattenedFields
  // The Local API sets the language of the request it is given; the save goes on in this one.
  const { locale, fallbackLocale } = req
  try {
    return await check(args, kind, fields)
  } finally {
    Object.assign(req, { locale, fallbackLocale })
  }
}

async function check(
  args: Parameters<typeof problemsForPublishing>[0],
  kind: Kind,
  fields: FlattenedField[],
): Promise<PublishProblem[]> {
  const { req } = args
  const here = current(req)
  const versions = await versionsPerLocale(args, fields)

  const referenced = new Map<string, Set<number | string>>()
  for (const doc of versions.values())
    for (const [target, ids] of referencedIds(doc, fields))
      for (const id of ids) referenced.set(target, (referenced.get(target) ?? new Set()).add(id))
  const references = await publicReferences(req, referenced)

  const problems = new Map<string, PublishProblem>()
  const add = (path: string, message: string, locale: Locale) => {
    const where = locale === here ? '' : ` (${LOCALE_NAMES[locale]} version)`
    const problem = { path, message: sentence(message, where) }
    problems.set(`${path} ${problem.message}`, problem)
  }

  for (const [locale, doc] of versions) {
    if (!doc[kind.presence]) continue // not written in this language: no file, nothing to check
    for (const reference of kind.references) {
      const value = doc[fieldOf(reference.key)]
      for (const id of Array.isArray(value) ? value : value == null ? [] : [value]) {
        const why = references.whyNot(reference.collection, id, reference.holds)
        if (why) add(fieldOf(reference.key), why, locale)
      }
    }
    const frontMatter = kind.toFrontMatter(doc as never, references.lookup)
    const checked = kind.schema.safeParse(frontMatter)
    if (!checked.success)
      for (const issue of checked.error.issues) {
        const [key, ...rest] = issue.path.map(String)
        // A missing reference was explained above with its reason; the schema would only repeat it.
        const explained = [...problems.values()].some((problem) => problem.path === fieldOf(key ?? ''))
        if (explained && kind.references.some((reference) => reference.key === key)) continue
        const missing = issue.code === 'invalid_type' && issue.input === undefined
        const field = fieldOf(key ?? kind.presence)
        add(
          [field, ...rest].join('.'),
          missing ? `${labelOf(field, rest)} is required` : issue.message,
          locale,
        )
      }
    if (kind.body.format === 'markdown') bodyProblems(kind, doc, references, locale, add)
    else textBodyProblems(kind, doc, locale, add)
  }
  return [...problems.values()]
}

function bodyProblems(
  kind: Kind,
  doc: Doc,
  references: PublicReferences,
  locale: Locale,
  add: (path: string, message: string, locale: Locale) => void,
): void {
  const field = kind.body.field
  const markdown = lexicalToMarkdown(doc[field] as LexicalState, {
    refs: { contentIdOf: references.lookup, databaseIdOf: () => undefined },
    warn: (message) => add(field, `the text ${message}; the site cannot show it that way`, locale),
  })
  // A PDF is a media file too, but not one a text can show as an image.
  for (const problem of checkMarkdown(markdown, { imageProblem: references.imageProblem }))
    add(field, problem.message, locale)
}

/** A plain-text body (a bio, a description) is shown with its links: they follow the same rules. */
function textBodyProblems(
  kind: Kind,
  doc: Doc,
  locale: Locale,
  add: (path: string, message: string, locale: Locale) => void,
): void {
  const value = doc[kind.body.field]
  if (typeof value !== 'string' || !value.trim()) return
  for (const problem of checkMarkdown(value, { htmlIsText: true }))
    add(kind.body.field, problem.message, locale)
}

const current = (req: PayloadRequest): Locale => (isLocale(req.locale) ? req.locale : DEFAULT_LOCALE)

/**
 * The document in each language as it will be published: the values being saved for the request's
 * language, and for the others their latest version with the shared (non-localized) values being saved.
 */
async function versionsPerLocale(
  { req, collection, id, data, originalDoc }: Parameters<typeof problemsForPublishing>[0],
  fields: FlattenedField[],
): Promise<Map<Locale, Doc>> {
  const here = { ...originalDoc, ...data }
  // The publication date is filled in on first publication (fields/publishedAt.ts) after this check.
  if (fields.some((field) => field.name === 'publishedAt') && !here.publishedAt)
    here.publishedAt = new Date().toISOString()
  const versions = new Map<Locale, Doc>([[current(req), here]])
  if (id === undefined) return versions
  const shared = fields.filter((field) => !field.localized && field.name in here)
  for (const locale of LOCALES) {
    if (versions.has(locale)) continue
    const other = (await req.payload.findByID({
      collection,
      id,
      locale,
      fallbackLocale: false,
      draft: true,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })) as Doc | null
    if (!other) continue
    for (const field of shared) other[field.name] = here[field.name]
    versions.set(locale, other)
  }
  return versions
}
