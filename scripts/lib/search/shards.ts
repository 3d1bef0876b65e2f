/**
 * The shard layout of the search index. Pagefind has no incremental mode and needs about 2.5 GiB
 * to index 10,000 pages at once, so the index is built as shards that the search page merges in
 * the browser (Pagefind's mergeIndex). A shard is rebuilt only when one of its pages changed, so
 * publishing one post re-indexes the posts of that language (of that year, on a large site).
 *
 * Every shard costs the reader one more index fetch per query, so posts get a shard per year only
 * once a language has more than POSTS_BY_YEAR_ABOVE of them; below that, one shard per language.
 *
 *   pagefind/                           the runtime (Pagefind, its Component UI, WebAssembly) and
 *                                       the primary shard "site": topics and plain pages, all languages
 *   pagefind/shards/<lang>/posts/         blog posts per language (posts-<year>/ on a large site)
 *   pagefind/shards/<lang>/tips/          tips
 *   pagefind/shards/<lang>/speakers/      speakers
 *   pagefind/shards/<lang>/book/          book chapters
 *   pagefind/search-shards.json         per language, the shards the search page merges
 */
import { SEARCH_BUNDLE } from '../../../site/lib/search'
import type { SearchPage } from './pages'

export type Shard = {
  /** `site`, or `<lang>/<name>` such as `nl/posts-2024`. */
  id: string
  /** Its folder inside dist/. */
  dir: string
  /** The language of all its pages; undefined for the primary shard, which holds every language. */
  lang?: string
  /** The primary shard also carries Pagefind's runtime files. */
  primary: boolean
  pages: SearchPage[]
}

/** `pagefind`: the folder in dist/ the site's search page loads from. */
export const BUNDLE_DIR = SEARCH_BUNDLE.replace(/^\/|\/$/g, '')
const PRIMARY = 'site'

/** From this many posts in a language on, its posts are split into a shard per year. */
export const POSTS_BY_YEAR_ABOVE = 500

/**
 * The shard a page belongs in, given how many posts its language has. Change this (and only this)
 * to change the layout.
 */
export function shardName(page: SearchPage, postsInLanguage = 0): string {
  switch (page.kind) {
    case 'topic':
    case 'page':
      return PRIMARY
    case 'post':
      if (!page.date) throw new Error(`dist/${page.file}: a post needs data-search-date for its shard`)
      return postsInLanguage > POSTS_BY_YEAR_ABOVE
        ? `${page.lang}/posts-${page.date.slice(0, 4)}`
        : `${page.lang}/posts`
    case 'tip':
      return `${page.lang}/tips`
    case 'speaker':
      return `${page.lang}/speakers`
    case 'chapter':
      return `${page.lang}/book`
    default:
      throw new Error(`dist/${page.file}: unknown search kind "${page.kind}"`)
  }
}

/** The pages grouped in shards: the primary first, then the others by id. */
export function planShards(pages: SearchPage[]): Shard[] {
  const shards = new Map<string, Shard>()
  const posts = new Map<string, number>()
  for (const page of pages) if (page.kind === 'post') posts.set(page.lang, (posts.get(page.lang) ?? 0) + 1)
  for (const page of pages) {
    const id = shardName(page, posts.get(page.lang))
    let shard = shards.get(id)
    if (!shard) {
      const primary = id === PRIMARY
      shard = {
        id,
        dir: primary ? BUNDLE_DIR : `${BUNDLE_DIR}/shards/${id}`,
        lang: primary ? undefined : page.lang,
        primary,
        pages: [],
      }
      shards.set(id, shard)
    }
    shard.pages.push(page)
  }
  const primary = shards.get(PRIMARY)
  if (!primary)
    throw new Error('the search index needs at least one topic or plain page: they form its primary shard')
  // The browser loads the primary shard in the page's language; without it, Pagefind would fall
  // back to another language and show results in the wrong one.
  const primaryLanguages = new Set(primary.pages.map((page) => page.lang))
  for (const shard of shards.values())
    if (shard.lang && !primaryLanguages.has(shard.lang))
      throw new Error(
        `search shard ${shard.id}: there is no topic or plain page in "${shard.lang}", so the primary shard cannot serve that language`,
      )
  return [
    primary,
    ...[...shards.values()].filter((shard) => !shard.primary).sort((a, b) => a.id.localeCompare(b.id)),
  ]
}

/** For the search page: per language, the URLs of the shards to merge into the primary one. */
export function shardList(shards: Shard[]): Record<string, string[]> {
  const list: Record<string, string[]> = {}
  for (const shard of shards) if (shard.lang) (list[shard.lang] ??= []).push(`/${shard.dir}/`)
  return list
}
