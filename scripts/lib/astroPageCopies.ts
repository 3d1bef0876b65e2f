/**
 * Which pages of a build are, byte for byte, the pages Astro kept from the build before, known
 * without reading them. Astro's incremental build (astro.config.mjs) keeps a copy of every page with
 * a cache key in `<ASTRO_CACHE_DIR>/dist/<file>`, writes that copy only when it renders the page, and
 * copies it into the output when the page is unchanged. So the size, modification time and inode
 * of the kept copy change exactly when the page does: the steps after Astro (search, checks) file what they
 * learnt of a page under that stamp and, at 18,000 pages, read only the few that were rendered.
 *
 * The renderer that stays running (scripts/lib/siteRenderer/warmSite.ts) deletes Astro's copies of
 * the pages it renders, and keeps its own copy of its last build as hard links, never writing into
 * a file: a page with a second link is known by its own inode, size and time, so a page it
 * rendered once is not read again by every later build.
 *
 * Only for the output of the Astro build that just ran (scripts/build-site.ts); `npm run check:dist`
 * on its own reads every page. A page without a kept copy (one without a cache key) or a second
 * link, or whose size differs from its copy, has no stamp and is read.
 */
import { statSync } from 'node:fs'
import path from 'node:path'

/** The stamp of a page in `dist` (a path like `blog/x/index.html`), or undefined to read it. */
export type PageStamps = (file: string) => string | undefined

export function astroPageStamps(astroCacheDir: string, dist: string): PageStamps {
  const kept = path.join(astroCacheDir, 'dist')
  // The search index and the checks both ask for every page, and the pages do not change between
  // them: each page is looked at once (two stats per page, 0.7 s at 18,000 pages).
  const known = new Map<string, string | undefined>()
  return (file) => {
    if (known.has(file)) return known.get(file)
    // Synchronous: 18,000 small stats take a fraction of a second this way, and seconds through
    // the thread pool one after another.
    const copy = statSync(path.join(kept, file), { bigint: true, throwIfNoEntry: false })
    const page = statSync(path.join(dist, file), { bigint: true, throwIfNoEntry: false })
    const stamp = !page
      ? undefined
      : copy?.isFile() && page.size === copy.size
        ? `${copy.size}:${copy.mtimeNs}:${copy.ino}`
        : page.nlink > 1n
          ? `own ${page.dev}:${page.ino}:${page.size}:${page.mtimeNs}`
          : undefined
    known.set(file, stamp)
    return stamp
  }
}
