/**
 * A Vite plugin for `astro build`: the pages get Astro's content data store from the content sync
 * that just ran in the same process, or else from its file, instead of from a copy bundled into
 * the build.
 *
 * Astro hands the whole data store (every entry with its rendered HTML: 94 MB at 10,000 posts) to
 * the bundler as one string literal, `export default JSON.parse("…")`. The bundler then carries that
 * string through parsing, chunking and writing, and Node parses it once more as source code when
 * the pages render: at 10,000 posts this was most of the bundling step's time and the build's peak
 * memory. Reading the file at render time still made a second copy of every entry beside the one
 * the sync holds; the sync's own collections (lib/liveContentStores.ts) are the same entries, so the
 * pages use those. The module's value is the same either way, only how it gets there changes.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'

import { LIVE_STORES_KEY, REFILL_KEY } from './liveContentStores'

/** Astro's id for the module that holds the data store (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content'
/** Where `astro build` keeps the data store: `data-store.json` in the cache folder. */
const DATA_STORE_FILE = 'data-store.json'
/** The mark Astro gives the module, so its incremental build leaves it out of the pages' code hash. */
const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } }

/**
 * The module's code. Astro's runtime takes a Map of collections as it is, or the file's flattened
 * form. The Map keeps the order of the file (Astro sorts collections and entries by key when it
 * writes it), so a listing comes out the same whichever way the store arrived.
 */
const storeModule = (file: string) => `import { readFileSync } from 'node:fs'
const file = ${JSON.stringify(file)}
const shelf = globalThis[Symbol.for(${JSON.stringify(LIVE_STORES_KEY)})]
const byKey = (a, b) => a[0].localeCompare(b[0])
const fill = (store) => {
  for (const [name, entries] of [...shelf].sort(byKey)) store.set(name, new Map(entries.entries().sort(byKey)))
  return store
}
let store
if (shelf) {
  store = fill(new Map())
  // A renderer that stays running (scripts/lib/siteRenderer/) syncs changed files into the shelf
  // and then refills this Map in place: Astro's runtime keeps the Map it was given.
  globalThis[Symbol.for(${JSON.stringify(REFILL_KEY)})] = () => {
    store.clear()
    fill(store)
  }
} else {
  try {
    store = JSON.parse(readFileSync(file, 'utf8'))
  } catch (cause) {
    throw new Error(\`Astro's content data store \${file} cannot be read: \${cause.message}\`, { cause })
  }
}
export default store
`

export function dataStoreForPages(cacheDir: string): Plugin {
  const file = path.resolve(cacheDir, DATA_STORE_FILE)
  return {
    name: 'data-store-for-pages',
    apply: 'build',
    load: {
      // Before Astro's own loader of the module, which would read and copy the whole file.
      order: 'pre',
      handler(id) {
        // Without a file Astro's loader gives an empty store.
        if (id !== DATA_STORE_MODULE || !existsSync(file)) return undefined
        return { code: storeModule(file), map: { mappings: '' }, meta: CONTENT_DATA_META }
      },
    },
  }
}
