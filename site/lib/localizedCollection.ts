/**
 * One content collection, read once per build in a fixed order, and split by language: every
 * query module (posts, tips, speakers, ...) is built on this instead of repeating it.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content'

import { splitEntryId, type Locale } from './i18n'

export function localizedCollection<C extends CollectionKey>(
  name: C,
  order: (a: CollectionEntry<C>, b: CollectionEntry<C>) => number,
) {
  let all: Promise<CollectionEntry<C>[]> | undefined

  /** The entries in one language, in `order` (ties broken by id, so builds are repeatable). */
  async function entriesIn(locale: Locale): Promise<CollectionEntry<C>[]> {
    all ??= getCollection(name).then((entries) =>
      entries.sort((a, b) => order(a, b) || a.id.localeCompare(b.id)),
    )
    return (await all).filter((entry) => splitEntryId(entry.id).locale === locale)
  }

  /** The same document in the other language, when it was translated. */
  async function translationOf(entry: CollectionEntry<C>): Promise<CollectionEntry<C> | undefined> {
    const { id, locale } = splitEntryId(entry.id)
    const other: Locale = locale === 'nl' ? 'en' : 'nl'
    return (await entriesIn(other)).find((candidate) => candidate.id === `${id}.${other}`)
  }

  return { entriesIn, translationOf }
}
