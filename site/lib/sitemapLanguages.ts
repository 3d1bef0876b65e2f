/**
 * The language alternates in the sitemap (`xhtml:link hreflang`), for @astrojs/sitemap.
 *
 * Its own `i18n` option finds the alternates of each address by comparing it with every other
 * address: at 18,000 pages that is 300 million comparisons, over 4 seconds of every build and
 * every publish. Here the same alternates come from a lookup: an address's twin in the other
 * language is the same path with or without the `/en/` prefix, when that page is in the sitemap.
 * The result is what the integration's option gives, in the same order.
 */
import type { SitemapItem } from '@astrojs/sitemap'

type Languages = {
  /** The site's root address (`site` plus `base`), ending in `/`. */
  root: string
  defaultLocale: string
  /** Locale → the hreflang of its pages, e.g. `{ nl: 'nl-NL', en: 'en-GB' }`. */
  hreflangs: Record<string, string>
}

/** The order in which the integration lists addresses, and so their alternates. */
const bySitemapOrder = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true })

export function sitemapLanguages({ root, defaultLocale, hreflangs }: Languages) {
  const locales = Object.keys(hreflangs)
  const inSitemap = new Set<string>()

  /** `{ locale, path }` of an address of ours, the way the integration reads it; else undefined. */
  const parse = (url: string) => {
    if (!url.startsWith(root)) return undefined
    const rest = `/${url.slice(root.length)}`
    const first = rest.split('/')[1]
    if (locales.includes(first)) return { locale: first, path: rest.slice(1 + first.length) || '/' }
    return { locale: defaultLocale, path: rest }
  }
  const addressOf = (locale: string, path: string) =>
    locale === defaultLocale ? `${root}${path.slice(1)}` : `${root}${locale}${path}`

  return {
    /**
     * Wraps the sitemap's filter, noting every address that goes in: the lookup of `serialize`
     * (the integration filters every address before it serialises any).
     */
    filter:
      (keep: (url: string) => boolean) =>
      (url: string): boolean => {
        if (!keep(url)) return false
        inSitemap.add(url)
        return true
      },
    /** Adds the alternates to one sitemap entry, when the page exists in more than one language. */
    serialize: (item: SitemapItem): SitemapItem => {
      const here = parse(item.url)
      if (!here) return item
      const twins = locales
        .map((locale) => ({ url: addressOf(locale, here.path), lang: hreflangs[locale] }))
        .filter((twin) => inSitemap.has(twin.url))
        .sort((a, b) => bySitemapOrder(a.url, b.url))
      return twins.length > 1 ? { ...item, links: twins } : item
    },
  }
}
