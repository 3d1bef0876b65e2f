/**
 * One content collection, read once per build in a fixed order, and split by language: every
 * query module (posts, tips, speakers, ...) is built on this instead of repeating it.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content'

import { LOCALES, splitEntryId, type Locale } from './i18n'
import { perBuild } from './perBuild'

export function localizedCollection<C extends CollectionKey>(
  name: C,
  order: (a: CollectionEntry<C>, b: CollectionEntry<C>) => number,
) {
  type Split = { byLocale: Map<Locale, CollectionEntry<C>[]>; byId: Map<string, CollectionEntry<C>> }
  // Split once per build: getStaticPaths computes a cache key for every page (site/lib/pageKeys.ts),
  // which asks for lists and translations once per page; filtering the whole collection each time
  // would make that quadratic at 10,000 posts. The lists are shared and frozen, so a caller that
  // sorts one in place fails loudly instead of reordering it for every other page.
  const split = perBuild((): Promise<Split> =>
    getCollection(name).then((entries) => {
      entries.sort((a, b) => order(a, b) || a.id.localeCompare(b.id))
      const byLocale = new Map<Locale, CollectionEntry<C>[]>(LOCALES.map((locale) => [locale, []]))
      for (const entry of entries) byLocale.get(splitEntryId(entry.id).locale)!.push(entry)
      for (const list of byLocale.values()) Object.freeze(list)
      return { byLocale, byId: new Map(entries.map((entry) => [entry.id, entry])) }
    }),
  )

  /** The entries in one language, in `order` (ties broken by id, so builds are repeatable). */
  async function entriesIn(locale: Locale): Promise<CollectionEntry<C>[]> {
    return (await split()).byLocale.get(locale)!
  }

  /** The same document in the other language, when it was translated. */
  async function translationOf(entry: CollectionEntry<C>): Promise<CollectionEntry<C> | undefined> {
    const { id, locale } = splitEntryId(entry.id)
    const other: Locale = locale === 'nl' ? 'en' : 'nl'
    return (await split()).byId.get(`${id}.${other}`)
  }

  return { entriesIn, translationOf }
}
