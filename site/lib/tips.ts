/** Queries over the tips, computed once per build and shared by every template. */
import type { CollectionEntry } from 'astro:content'

import { TIP_CATEGORIES } from '../../model/vocabularies'
import { splitEntryId, type Locale } from './i18n'
import { localizedCollection } from './localizedCollection'
import { around } from './neighbours'
import { oncePerLocale } from './oncePerLocale'
import { listingPages, type ListingPage } from './pagination'
import { sectionUrl } from '../../model/urls'

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
export const tipsByCategory = oncePerLocale(async (locale) => {
  const tips = await tipsIn(locale)
  return TIP_CATEGORIES.map(({ value }) => ({
    category: value,
    tips: tips.filter((tip) => tip.data.category === value),
  })).filter((group) => group.tips.length > 0)
})

/** How many tips a category's page shows, and how many of the newest the tips index shows per category. */
export const TIPS_PER_PAGE = 20
export const TIPS_PER_CATEGORY_ON_INDEX = 5

const CATEGORY = { nl: 'categorie', en: 'category' } as const

/** A category's own listing: /tips/categorie/tools/ and /en/tips/category/tools/. */
export const tipCategoryUrl = (category: string, locale: Locale) =>
  `${sectionUrl('tips', locale)}${CATEGORY[locale]}/${category}/`

/** One page of a category's listing: its tips, newest first, and how many the category has. */
export type TipCategoryPage = ListingPage<Tip> & { locale: Locale; category: string; count: number }

/** The address of this category in `locale`, or the tips index there when it has no tips in it. */
export async function tipCategoryIn(category: string, locale: Locale): Promise<string> {
  const groups = await tipsByCategory(locale)
  return groups.some((group) => group.category === category)
    ? tipCategoryUrl(category, locale)
    : sectionUrl('tips', locale)
}

/** Every category with tips, each cut into numbered pages of TIPS_PER_PAGE. */
export async function tipCategoryPages(locale: Locale): Promise<TipCategoryPage[]> {
  return (await tipsByCategory(locale)).flatMap(({ category, tips }) =>
    listingPages(tips, TIPS_PER_PAGE).map((page) => ({ ...page, locale, category, count: tips.length })),
  )
}

/** The tips of one language by number: one shared list, so neighbours are found by position. */
const inNumberOrder = oncePerLocale(async (locale) =>
  [...(await tipsIn(locale))].sort((a, b) => a.data.number - b.data.number),
)

/** The tips with the next lower and next higher number, in the same language. */
export async function tipNeighbours(tip: Tip): Promise<{ previous?: Tip; next?: Tip }> {
  const [previous, next] = around(await inNumberOrder(splitEntryId(tip.id).locale), tip)
  return { previous, next }
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
