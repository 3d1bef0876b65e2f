/**
 * The language alternates in the sitemap (`xhtml:link hreflang`), for @astrojs/sitemap.
 *
 * A page's twin in the other language is the one its own head names (`<link rel="alternate"
 * hreflang>`, set by its template: a post's translation, `/zoeken/` for `/en/search/`), so the
 * sitemap reads it there instead of guessing from the address. The integration's own `i18n` option
 * pairs only pages with the same path, and compares every address with every other one (over 4
 * seconds at 18,000 pages). Reading the start of each page's file takes a fraction of that.
 *
 * A pair goes into the sitemap only when both pages are in it and each names the other, which is
 * what search engines require of hreflang links (a page whose twin falls back to a section's index
 * names that index, which does not name it back).
 */
import { closeSync, openSync, readSync } from 'node:fs'
import path from 'node:path'

import type { SitemapItem } from '@astrojs/sitemap'

import { perBuild } from './perBuild'

type Languages = {
  /** The site's root address (`site` plus `base`), ending in `/`. */
  root: string
  /** The folder Astro writes the pages to; the sitemap is made after they are all there. */
  outDir: string
  /** Locale → the hreflang of its pages in the sitemap, e.g. `{ nl: 'nl-NL', en: 'en-GB' }`. */
  hreflangs: Record<string, string>
}

/** The order in which the integration lists addresses, and so their alternates. */
const bySitemapOrder = new Intl.Collator('en', { numeric: true }).compare

const ALTERNATE = /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g
const HEAD_END = Buffer.from('</head>')
const FIRST_ALTERNATE = Buffer.from('<link rel="alternate" hreflang="')
/** One buffer for every page: a head is 2-6 KB; a longer one is read on into a larger buffer. */
let buffer = Buffer.allocUnsafe(16 * 1024)

/**
 * The head of an HTML file from its first language alternate on ('' without one), or undefined if
 * there is no file. Addresses are ASCII (URLs are percent-encoded), so it is decoded as Latin-1.
 */
function alternatesPartOf(file: string): string | undefined {
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch {
    return undefined
  }
  try {
    let length = 0
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null)
      length += read
      const head = buffer.subarray(0, length)
      const end = head.indexOf(HEAD_END)
      if (end >= 0 || read === 0) {
        const start = head.indexOf(FIRST_ALTERNATE)
        return start < 0 || (end >= 0 && start > end)
          ? ''
          : buffer.toString('latin1', start, end >= 0 ? end : length)
      }
      if (length === buffer.length) {
        const larger = Buffer.allocUnsafe(buffer.length * 2)
        buffer.copy(larger)
        buffer = larger
      }
    }
  } finally {
    closeSync(fd)
  }
}

export function sitemapLanguages({ root, outDir, hreflangs }: Languages) {
  // Per build (lib/perBuild.ts): a renderer that stays running writes the sitemap once per build.
  const addressesOfThisBuild = perBuild(() => ({
    inSitemap: new Set<string>(),
    alternates: new Map<string, Map<string, string>>(),
  }))

  /** The file of a page of ours (`<outDir>/<path>/index.html`), or undefined for another address. */
  const fileOf = (url: string) => {
    if (!url.startsWith(root) || !url.endsWith('/')) return undefined
    try {
      return path.join(outDir, decodeURI(url.slice(root.length)), 'index.html')
    } catch {
      return undefined // a malformed %-escape: no page of ours, and no reason to lose the sitemap
    }
  }
  /** hreflang → address, as the page's head names them (itself included). */
  const alternatesOf = (url: string): Map<string, string> => {
    const { alternates } = addressesOfThisBuild()
    let found = alternates.get(url)
    if (!found) {
      const file = fileOf(url)
      const head = file && alternatesPartOf(file)
      found = new Map([...(head ?? '').matchAll(ALTERNATE)].map(([, lang, href]) => [lang, href]))
      alternates.set(url, found)
    }
    return found
  }

  return {
    /**
     * Wraps the sitemap's filter, noting every address that goes in (the integration filters every
     * address before it serialises any).
     */
    filter:
      (keep: (url: string) => boolean) =>
      (url: string): boolean => {
        if (!keep(url)) return false
        addressesOfThisBuild().inSitemap.add(url)
        return true
      },
    /** Adds the alternates to one sitemap entry, when its page has a twin that names it back. */
    serialize: (item: SitemapItem): SitemapItem => {
      const { inSitemap } = addressesOfThisBuild()
      const own = alternatesOf(item.url)
      const twins = [...own]
        .filter(([lang, url]) => lang in hreflangs && inSitemap.has(url))
        .filter(([, url]) => url === item.url || [...alternatesOf(url).values()].includes(item.url))
        .map(([lang, url]) => ({ url, lang: hreflangs[lang] }))
        .sort((a, b) => bySitemapOrder(a.url, b.url))
      return twins.length > 1 && twins.some((twin) => twin.url === item.url)
        ? { ...item, links: twins }
        : item
    },
  }
}
