/**
 * The content collections as the content sync of this `astro build` left them, for the pages of the
 * same build (lib/dataStoreForPages.ts), so the pages need not parse a second copy of the store.
 *
 * The loader (lib/contentLoader.ts) files each collection's store here as it loads it. The sync
 * and the page rendering of `astro build` run in one Node process but in different bundles (the
 * config's and the prerender chunks'), so the shelf is a global under a registered symbol.
 */
import type { LoaderContext } from 'astro/loaders'

/** The global's key, also written into the generated module of lib/dataStoreForPages.ts. */
export const LIVE_STORES_KEY = 'openambt.liveContentStores'

/** The global under which the pages' copy of the store can be refilled from the shelf (lib/dataStoreForPages.ts). */
export const REFILL_KEY = 'openambt.refillPageStore'

/** The global of a collection's meta store, through which saving the whole store can be put off. */
const META_KEY = 'openambt.liveContentMeta'

type ScopedStore = LoaderContext['store']
type Shelf = Map<string, ScopedStore>
type Meta = LoaderContext['meta']

export function shelveLiveStore(collection: string, store: ScopedStore, meta: Meta): void {
  const global = globalThis as { [key: symbol]: Shelf | Meta | undefined }
  const shelf = (global[Symbol.for(LIVE_STORES_KEY)] ??= new Map()) as Shelf
  shelf.set(collection, store)
  global[Symbol.for(META_KEY)] = meta
}

/** Touched more often than Astro's 500 ms delay before it writes the store (lib/contentLoader.ts). */
const SAVE_POSTPONE_MS = 200
const POSTPONING_MARK = 'openambt-postponed'

/**
 * Puts off Astro's saving of the content store (the whole store, 100 MB at 10,000 posts, written
 * 500 ms after any change to it, 2-3 s of this process) until the returned function is called.
 * The renderer that stays running syncs changed files into the store and then renders pages;
 * saved in between, the store held up the build it was changed for.
 */
export function postponeStoreSave(): () => void {
  const meta = (globalThis as { [key: symbol]: Meta | undefined })[Symbol.for(META_KEY)]
  if (!meta) return () => undefined
  const touch = () => meta.set(POSTPONING_MARK, 'yes')
  touch()
  const timer = setInterval(touch, SAVE_POSTPONE_MS)
  return () => clearInterval(timer)
}

/** Makes the pages see the shelf as it is now, after changed files were synced into it. */
export function refillPageStore(): void {
  const refill = (globalThis as { [key: symbol]: (() => void) | undefined })[Symbol.for(REFILL_KEY)]
  if (!refill) throw new Error('the pages of this process took no content store from the shelf')
  refill()
}
