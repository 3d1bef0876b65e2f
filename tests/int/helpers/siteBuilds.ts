/** Site builds in tests: where they build and keep their caches, what they made, how two differ. */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * The environment of `npm run build` from `content` into `dir`, with every cache (Astro's pages,
 * the book, search shards, content and page checks) in `caches`, so builds on the same `caches`
 * are incremental and builds on a new one start from nothing. Without a Chromium the book is EPUB
 * only: the same pages, and a much faster book step (its PDF is tested elsewhere).
 */
export function siteBuildEnv(content: string, dir: string, caches: string): Record<string, string> {
  return {
    CONTENT_DIR: content,
    SITE_OUT_DIR: dir,
    ASTRO_CACHE_DIR: path.join(caches, 'astro'),
    BOOK_OUT_DIR: path.join(caches, 'book'),
    SEARCH_CACHE_DIR: path.join(caches, 'search'),
    CONTENT_CHECK_CACHE: path.join(caches, 'content-checks.json'),
    DIST_CHECK_CACHE: path.join(caches, 'dist-checks.json'),
    CHROMIUM_PATH: '/nonexistent/chromium',
    // Builds compared with each other are made as of one moment: the agenda and its calendar
    // files (which events are upcoming, DTSTAMP) depend on it.
    BUILD_MOMENT: '2026-12-03T12:00:00Z',
  }
}

/** Every file of a built site but the search index (Pagefind's files differ from run to run). */
export async function siteFiles(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const file = path.relative(dir, path.join(entry.parentPath, entry.name))
    if (entry.isFile() && !file.startsWith('pagefind/')) files.set(file, await readFile(path.join(dir, file)))
  }
  return files
}

/** The files only one of two builds has, and those both have with different bytes. */
export async function differences(
  dir: string,
  reference: string,
): Promise<{ missing: string[]; extra: string[]; different: string[] }> {
  const [mine, theirs] = [await siteFiles(dir), await siteFiles(reference)]
  return {
    missing: [...theirs.keys()].filter((file) => !mine.has(file)).sort(),
    extra: [...mine.keys()].filter((file) => !theirs.has(file)).sort(),
    different: [...theirs]
      .filter(([file, bytes]) => mine.has(file) && !mine.get(file)!.equals(bytes))
      .map(([file]) => file)
      .sort(),
  }
}

/** The address in an <a> (or <link>) that carries this attribute, whatever the attribute order. */
export function hrefWith(html: string, attribute: string): string | undefined {
  for (const [tag] of html.matchAll(/<(?:a|link)\b[^>]*>/g))
    if (tag.includes(attribute)) return /\bhref="([^"]*)"/.exec(tag)?.[1]
  return undefined
}
