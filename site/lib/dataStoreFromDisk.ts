/**
 * A Vite plugin for `astro build`: the pages read Astro's content data store from its file at
 * render time instead of from a copy bundled into the build.
 *
 * Astro hands the whole data store (every entry with its rendered HTML: 94 MB at 10,000 posts) to
 * the bundler as one string literal, `export default JSON.parse("…")`. The bundler then carries that
 * string through parsing, chunking and writing, and Node parses it once more as source code when
 * the pages render: at 10,000 posts this was most of the bundling step's time and the build's peak
 * memory. The module's value is the same either way (the parsed JSON of the file the content sync
 * has just written, in the same build), so only how it gets there changes.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'

/** Astro's id for the module that holds the data store (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content'
/** Where `astro build` keeps the data store: `data-store.json` in the cache folder. */
const DATA_STORE_FILE = 'data-store.json'
/** The mark Astro gives the module, so its incremental build leaves it out of the pages' code hash. */
const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } }

export function dataStoreFromDisk(cacheDir: string): Plugin {
  const file = path.resolve(cacheDir, DATA_STORE_FILE)
  const code = `import { readFileSync } from 'node:fs'
const file = ${JSON.stringify(file)}
let store
try {
  store = JSON.parse(readFileSync(file, 'utf8'))
} catch (cause) {
  throw new Error(\`Astro's content data store \${file} cannot be read: \${cause.message}\`, { cause })
}
export default store
`
  return {
    name: 'data-store-from-disk',
    apply: 'build',
    load: {
      // Before Astro's own loader of the module, which would read and copy the whole file.
      order: 'pre',
      handler(id) {
        // Without a file Astro's loader gives an empty store.
        if (id !== DATA_STORE_MODULE || !existsSync(file)) return undefined
        return { code, map: { mappings: '' }, meta: CONTENT_DATA_META }
      },
    },
  }
}
