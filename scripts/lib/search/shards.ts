/**
 * The shard layout of the search index. Pagefind has no incremental mode, so the index is built as
 * shards that the search page merges in the browser (Pagefind's mergeIndex). A shard is rebuilt only when one of its pages changed.
 *
 * Every shard costs the reader a fixed amount on the first query, whatever its size: Pagefind
 * splits a shard's word index into chunks of about 22 KB and a query fetches the chunk of its word
 * from every shard (measured at 10,000 posts: 22 shards per language fetched 465 KB of chunks).
 * So there are few shards per language. Tips, speakers, the book, topics and plain pages are in the
 * primary shard (all languages in one bundle, of which the browser loads only the page's language;
 * re-indexing it takes about 7 s at 1,000 tips a language). Posts are one shard per language until
 * a language has more than POSTS_PER_SHARD of them. Then the newest year gets a shard
 * of its own (a new post re-indexes only that year, in a second or two) and the older years are
 * grouped, oldest first, into shards of at least POSTS_PER_SHARD posts (an edit of an old post
 * re-indexes one such group: 23-28 s for 4,800 pages on 2 cores).
 *
 *   pagefind/                           the runtime (Pagefind, its Component UI, WebAssembly) and
 *                                       the primary shard "site": tips, speakers, book chapters,
 *                                       events, topics and plain pages, all languages
 *   pagefind/shards/<lang>/posts/       blog posts per language; on a large site posts-<year>/ for
 *                                       the newest year and posts-<first>-<last>/ for older ones
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

/**
 * Posts per shard: a language with more posts than this has its posts grouped by year into shards
 * of at least this many (at 5,000 posts a language: the newest year and one shard for the rest).
 */
export const POSTS_PER_SHARD = 4000

/** For one language: the shard name of the posts of each year (`posts-2024`, `posts-2009-2014`). */
export type PostShards = Map<string, string>

/**
 * Groups the years of one language's posts into shards: the newest year alone, the older ones
 * from the oldest on until a group holds POSTS_PER_SHARD posts; a last group that stays smaller
 * joins the one before it. The groups change only when posts are added to or removed from old years.
 */
export function postShardsOf(postsPerYear: Map<string, number>): PostShards {
  const years = [...postsPerYear.keys()].sort()
  const total = years.reduce((sum, year) => sum + postsPerYear.get(year)!, 0)
  const shards: PostShards = new Map()
  if (total <= POSTS_PER_SHARD) {
    for (const year of years) shards.set(year, 'posts')
    return shards
  }
  const newest = years.pop()!
  const groups: { years: string[]; posts: number }[] = []
  for (const year of years) {
    const open = groups.at(-1)
    if (open && open.posts < POSTS_PER_SHARD) {
      open.years.push(year)
      open.posts += postsPerYear.get(year)!
    } else groups.push({ years: [year], posts: postsPerYear.get(year)! })
  }
  if (groups.length > 1 && groups.at(-1)!.posts < POSTS_PER_SHARD) {
    const last = groups.pop()!
    groups.at(-1)!.years.push(...last.years)
  }
  for (const group of groups) {
    const name =
      group.years.length === 1 ? `posts-${group.years[0]}` : `posts-${group.years[0]}-${group.years.at(-1)}`
    for (const year of group.years) shards.set(year, name)
  }
  shards.set(newest, `posts-${newest}`)
  return shards
}

/**
 * The shard a page belongs in, given the post shards of its language. Change this (and
 * postShardsOf) to change the layout.
 */
export function shardName(page: SearchPage, postShards: PostShards = new Map()): string {
  switch (page.kind) {
    case 'topic':
    case 'page':
    case 'tip':
    case 'speaker':
    case 'chapter':
    case 'event':
      return PRIMARY
    case 'post': {
      if (!page.date) throw new Error(`dist/${page.file}: a post needs data-search-date for its shard`)
      return `${page.lang}/${postShards.get(page.date.slice(0, 4)) ?? 'posts'}`
    }
    default:
      throw new Error(`dist/${page.file}: unknown search kind "${page.kind}"`)
  }
}

/** The pages grouped in shards: the primary first, then the others by id. */
export function planShards(pages: SearchPage[]): Shard[] {
  const shards = new Map<string, Shard>()
  const postShards = postShardsPerLanguage(pages)
  for (const page of pages) {
    const id = shardName(page, postShards.get(page.lang))
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

/** Per language, the post shard of each year (postShardsOf). */
function postShardsPerLanguage(pages: SearchPage[]): Map<string, PostShards> {
  const perLanguage = new Map<string, Map<string, number>>()
  for (const page of pages) {
    if (page.kind !== 'post' || !page.date) continue
    const years = perLanguage.get(page.lang) ?? new Map<string, number>()
    const year = page.date.slice(0, 4)
    years.set(year, (years.get(year) ?? 0) + 1)
    perLanguage.set(page.lang, years)
  }
  return new Map([...perLanguage].map(([lang, years]) => [lang, postShardsOf(years)]))
}
