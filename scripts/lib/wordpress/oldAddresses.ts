/**
 * The old site's addresses: which imported document each one was (for links in bodies, which
 * become references), and the redirects that keep them working (content/redirects.yml).
 */
import type { Redirect } from '../../../model/redirects'
import { slugify } from '../../../model/slugs'
import type { WxrItem, WxrTerm } from './readWxr'

/** `/2019/03/12/slug/`, `/?p=12`: the path and query of an address on the old site, or undefined. */
export function oldPathOf(address: string, baseUrl: string): string | undefined {
  let url: URL
  try {
    url = new URL(address, `${baseUrl}/`)
  } catch {
    return undefined
  }
  const base = new URL(`${baseUrl}/`)
  const host = (name: string) => name.replace(/^www\./, '')
  if (host(url.hostname) !== host(base.hostname) || !/^https?:$/.test(url.protocol)) return undefined
  return `${url.pathname}${url.search}`
}

/** One form per address, so `/slug`, `/slug/` and `/?p=12&foo` compare the way WordPress would. */
export function addressKey(oldPath: string): string {
  const [pathname, query = ''] = oldPath.split('?')
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`
  const id = /(?:^|&)(p|page_id|attachment_id)=(\d+)/.exec(query)
  return id ? `${path}?${id[1]}=${id[2]}` : path.toLowerCase()
}

export class OldAddresses {
  private readonly targets = new Map<string, string>()
  readonly redirects: Redirect[] = []
  private readonly seen = new Set<string>()

  constructor(private readonly baseUrl: string) {}

  /** Adds `from` (an address of the old site) -> `to` (a reference or a site path). */
  add(from: string, to: string): void {
    const oldPath = oldPathOf(from, this.baseUrl)
    if (!oldPath || oldPath === '/') return
    const key = addressKey(oldPath)
    if (!this.targets.has(key)) this.targets.set(key, to)
    if (this.seen.has(oldPath)) return
    this.seen.add(oldPath)
    this.redirects.push({ from: oldPath, to })
  }

  /** The reference of an old address, if it was one of the imported documents or topics. */
  targetOf(address: string): string | undefined {
    const oldPath = oldPathOf(address.replace(/#.*$/, ''), this.baseUrl)
    return oldPath ? this.targets.get(addressKey(oldPath)) : undefined
  }

  isOldSite(address: string): boolean {
    return /^https?:\/\//i.test(address)
      ? oldPathOf(address, this.baseUrl) !== undefined
      : address.startsWith('/')
  }

  /** A document's addresses: permalink, `?p=`, `?page_id=`, its guid, and its comments feed. */
  addDocument(item: WxrItem, to: string): void {
    if (item.link) {
      this.add(item.link, to)
      if (!item.link.includes('?')) this.add(`${item.link.replace(/\/?$/, '/')}feed/`, to)
    }
    this.add(`/?p=${item.id}`, to)
    if (item.type === 'page') this.add(`/?page_id=${item.id}`, to)
    if (item.guid && /^https?:/.test(item.guid)) this.add(item.guid, to)
  }

  /** A category's address with its parents (`/category/beleid/open-data/`), a tag's, and their feeds. */
  addTerm(term: WxrTerm, allTerms: WxrTerm[], to: string): void {
    const base = term.taxonomy === 'category' ? '/category/' : '/tag/'
    const chain = [term.slug]
    for (let parent = term.parent, depth = 0; parent && depth < 10; depth++) {
      chain.unshift(parent)
      parent = allTerms.find((each) => each.taxonomy === 'category' && each.slug === parent)?.parent ?? ''
    }
    for (const path of new Set([`${base}${chain.join('/')}/`, `${base}${term.slug}/`])) {
      this.add(path, to)
      this.add(`${path}feed/`, to)
    }
  }

  addAuthor(login: string, to: string): void {
    const nicename = slugify(login) || login
    this.add(`/author/${nicename}/`, to)
    this.add(`/author/${nicename}/feed/`, to)
  }

  /** The site-wide feeds, to the blog's feeds. */
  addFeeds(): void {
    for (const feed of ['/feed/', '/feed/rss/', '/feed/rss2/', '/comments/feed/'])
      this.add(feed, '/blog/rss.xml')
    this.add('/feed/atom/', '/blog/atom.xml')
  }
}
