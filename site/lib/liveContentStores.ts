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

type ScopedStore = LoaderContext['store']
type Shelf = Map<string, ScopedStore>

export function shelveLiveStore(collection: string, store: ScopedStore): void {
  const global = globalThis as { [key: symbol]: Shelf | undefined }
  const shelf = (global[Symbol.for(LIVE_STORES_KEY)] ??= new Map())
  shelf.set(collection, store)
}

/** Makes the pages see the shelf as it is now, after changed files were synced into it. */
export function refillPageStore(): void {
  const refill = (globalThis as { [key: symbol]: (() => void) | undefined })[Symbol.for(REFILL_KEY)]
  if (!refill) throw new Error('the pages of this process took no content store from the shelf')
  refill()
}
