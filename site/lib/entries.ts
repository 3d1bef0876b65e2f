/**
 * Entries by id, remembered for one build. Astro's getEntry() imports a module (its map of image
 * imports) on every call; in the renderer that stays running, each such import passes through the
 * TypeScript loader's resolve hook. The cache keys ask for the same authors once per listed post,
 * so at 10,000 posts that was about 2 s of every publish. The memo lasts one build (perBuild.ts):
 * the next build may have synced changed files.
 */
import { getEntry, type CollectionEntry, type CollectionKey } from 'astro:content'

import { perBuild } from './perBuild'

const remembered = perBuild(() => new Map<string, Promise<unknown>>())

/** The entry `id` of `collection` (e.g. `authors`, `marloes-jansen.nl`), or undefined when there is none. */
export function entryById<C extends CollectionKey>(
  collection: C,
  id: string,
): Promise<CollectionEntry<C> | undefined> {
  const key = `${collection}/${id}`
  const entries = remembered()
  let entry = entries.get(key)
  if (!entry) {
    entry = getEntry(collection, id) as Promise<CollectionEntry<C> | undefined>
    entries.set(key, entry)
  }
  return entry as Promise<CollectionEntry<C> | undefined>
}

/** The entries with these ids in one collection and language, leaving out the ones that do not exist. */
export async function entriesByIds<C extends CollectionKey>(
  collection: C,
  ids: readonly string[],
  locale: string,
): Promise<CollectionEntry<C>[]> {
  const entries = await Promise.all(ids.map((id) => entryById(collection, `${id}.${locale}`)))
  return entries.filter((entry) => entry !== undefined) as CollectionEntry<C>[]
}
