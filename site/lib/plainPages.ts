/** Queries over the plain pages (about, contact, privacy, accessibility statement). */
import { getCollection, type CollectionEntry } from 'astro:content'

import { splitEntryId, type Locale } from './i18n'
import { pageUrl } from './urls'

export type PlainPage = CollectionEntry<'pages'>

let all: Promise<PlainPage[]> | undefined

/** The plain pages in one language, by id. */
export async function plainPagesIn(locale: Locale): Promise<PlainPage[]> {
  all ??= getCollection('pages').then((pages) => pages.sort((a, b) => a.id.localeCompare(b.id)))
  return (await all).filter((page) => splitEntryId(page.id).locale === locale)
}

/** The same page in the other language, when it was translated. */
export async function plainPageTranslation(page: PlainPage): Promise<PlainPage | undefined> {
  const { id, locale } = splitEntryId(page.id)
  const other: Locale = locale === 'nl' ? 'en' : 'nl'
  return (await plainPagesIn(other)).find((candidate) => splitEntryId(candidate.id).id === id)
}

export const plainPageUrl = (page: PlainPage) => pageUrl(page.data.slug, splitEntryId(page.id).locale)
