/** Queries over the tips, computed once per build and shared by every template. */
import type { CollectionEntry } from 'astro:content'

import { TIP_CATEGORIES } from '../../model/vocabularies'
import { splitEntryId, type Locale } from './i18n'
import { localizedCollection } from './localizedCollection'

export type Tip = CollectionEntry<'tips'>

const newestFirst = (a: Tip, b: Tip) =>
  b.data.date.localeCompare(a.data.date) || b.data.number - a.data.number

const collection = localizedCollection('tips', newestFirst)

/** Tips in one language, newest first (by date, then by number). */
export const tipsIn = collection.entriesIn

/** The newest tip in one language: the tip of the week. */
export async function newestTip(locale: Locale): Promise<Tip | undefined> {
  return (await tipsIn(locale))[0]
}

/** The categories in their fixed order (model/vocabularies.ts), each with its tips, newest first; empty ones left out. */
export async function tipsByCategory(locale: Locale): Promise<{ category: string; tips: Tip[] }[]> {
  const tips = await tipsIn(locale)
  return TIP_CATEGORIES.map(({ value }) => ({
    category: value,
    tips: tips.filter((tip) => tip.data.category === value),
  })).filter((group) => group.tips.length > 0)
}

const inNumberOrder = new Map<Locale, Promise<Tip[]>>()

/** The tips with the next lower and next higher number, in the same language. */
export async function tipNeighbours(tip: Tip): Promise<{ previous?: Tip; next?: Tip }> {
  const { locale } = splitEntryId(tip.id)
  if (!inNumberOrder.has(locale))
    inNumberOrder.set(
      locale,
      tipsIn(locale).then((tips) => [...tips].sort((a, b) => a.data.number - b.data.number)),
    )
  const byNumber = await inNumberOrder.get(locale)!
  const index = byNumber.findIndex((candidate) => candidate.id === tip.id)
  return { previous: byNumber[index - 1], next: byNumber[index + 1] }
}

/** The same tip in the other language, when it was translated. */
export const tipTranslation = collection.translationOf

/**
 * The first paragraph of a Markdown body as plain text, cut at a word before `max` characters: for
 * descriptions and teasers. Directives, headings, lists and tables are skipped.
 */
export function plainExcerpt(markdown: string | undefined, max = 160): string {
  const paragraph =
    (markdown ?? '')
      .split(/\n\s*\n/)
      .map((block) => block.trim())
      .find((block) => block && !/^(:{2,}|#|[-*+] |\d+[.)] |\||>|```)/.test(block)) ?? ''
  const text = paragraph
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/(^|\W)[_*]([^_*]+)[_*](?=\W|$)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim()
  // A paragraph that introduces a list ("...these steps:") reads as unfinished without it.
  if (text.length <= max) return text.replace(/:$/, '…')
  const cut = text.slice(0, max - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`
}
