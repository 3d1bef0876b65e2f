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
 * grouped, oldest first, into shards of at least POSTS_PER_SHARD posts. Re-indexing such a group
 * takes 23-28 s for 4,800 pages on 2 cores, so an edited old post is indexed with the newest year
 * instead, and its old version hidden, until a group's edits pass a few hundred pages (./edits.ts).
 *
 *   pagefind/                           the runtime (Pagefind, its Component UI, WebAssembly) and
 *                                       the primary shard "site": tips, speakers, book chapters,
 *                                       events, topics and plain pages, all languages
 *   pagefind/shards/<lang>/posts/       blog posts per language; on a large site posts-<year>/ for
 *                                       the newest year (with old posts edited since their group
 *                                       was indexed) and posts-<first>-<last>/ for older ones
 *   pagefind/search-shards.json         per language, the shards the search page merges and the
 *                                       ids of old versions it hides
 */
import { SEARCH_BUNDLE, type SearchShardList } from '../../../site/lib/search'
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
  /**
   * In a language whose posts are split by year: `newest` for the newest year's shard, which also
   * takes the edits of older posts, `older` for a group of older years (./edits.ts).
   */
  years?: 'newest' | 'older'
  pages: SearchPage[]
}

/** `pagefind`: the folder in dist/ the site's search page loads from. */
export const BUNDLE_DIR = SEARCH_BUNDLE.replace(/^\/|\/$/g, '')
const PRIMARY = 'site'

/**
 * Posts per shard: a language with more posts than this has its posts grouped by year into shards
 * of at least this many (at 5,000 posts a language: the newest year and one shard for the rest).
 * SEARCH_POSTS_PER_SHARD sets another number (the end-to-end tests split the demo's few posts).
 */
export const POSTS_PER_SHARD = 4000

/** SEARCH_POSTS_PER_SHARD when set (a whole number above 0), else POSTS_PER_SHARD. */
export function postsPerShard(env: Record<string, string | undefined> = process.env): number {
  const value = env.SEARCH_POSTS_PER_SHARD
  if (value === undefined || value === '') return POSTS_PER_SHARD
  if (!/^[1-9]\d*$/.test(value))
    throw new Error(`SEARCH_POSTS_PER_SHARD must be a whole number of posts above 0, not "${value}"`)
  return Number(value)
}

/** For one language: the shard name of the posts of each year (`posts-2024`, `posts-2009-2014`). */
export type PostShards = Map<string, string>

/**
 * Groups the years of one language's posts into shards: the newest year alone, the older ones
 * from the oldest on until a group holds POSTS_PER_SHARD posts; a last group that stays smaller
 * joins the one before it. The groups change only when posts are added to or removed from old years.
 */
export function postShardsOf(postsPerYear: Map<string, number>, perShard = POSTS_PER_SHARD): PostShards {
  const years = [...postsPerYear.keys()].sort()
  const total = years.reduce((sum, year) => sum + postsPerYear.get(year)!, 0)
  const shards: PostShards = new Map()
  if (total <= perShard) {
    for (const year of years) shards.set(year, 'posts')
    return shards
  }
  const newest = years.pop()!
  const groups: { years: string[]; posts: number }[] = []
  for (const year of years) {
    const open = groups.at(-1)
    if (open && open.posts < perShard) {
      open.years.push(year)
      open.posts += postsPerYear.get(year)!
    } else groups.push({ years: [year], posts: postsPerYear.get(year)! })
  }
  if (groups.length > 1 && groups.at(-1)!.posts < perShard) {
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
export function planShards(pages: SearchPage[], perShard = POSTS_PER_SHARD): Shard[] {
  const shards = new Map<string, Shard>()
  const postShards = postShardsPerLanguage(pages, perShard)
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
        years: yearsOf(id, postShards.get(page.lang)),
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

/** For the search page: per language, the URLs of the shards to merge into the primary one, and the ids to hide. */
export function shardList(shards: Shard[], superseded: Record<string, string[]> = {}): SearchShardList {
  const list: SearchShardList = {}
  for (const shard of shards)
    if (shard.lang) (list[shard.lang] ??= { shards: [], superseded: [] }).shards.push(`/${shard.dir}/`)
  for (const [lang, ids] of Object.entries(superseded))
    (list[lang] ??= { shards: [], superseded: [] }).superseded.push(...ids)
  return list
}

/** Per language, the post shard of each year (postShardsOf). */
function postShardsPerLanguage(pages: SearchPage[], perShard: number): Map<string, PostShards> {
  const perLanguage = new Map<string, Map<string, number>>()
  for (const page of pages) {
    if (page.kind !== 'post' || !page.date) continue
    const years = perLanguage.get(page.lang) ?? new Map<string, number>()
    const year = page.date.slice(0, 4)
    years.set(year, (years.get(year) ?? 0) + 1)
    perLanguage.set(page.lang, years)
  }
  return new Map([...perLanguage].map(([lang, years]) => [lang, postShardsOf(years, perShard)]))
}

/** Whether a post shard holds the newest year or older ones, in a language split by year. */
function yearsOf(id: string, postShards: PostShards | undefined): Shard['years'] {
  const names = new Set(postShards?.values())
  if (!postShards || names.size < 2) return undefined
  const newest = postShards.get([...postShards.keys()].sort().at(-1)!)
  return id.endsWith(`/${newest}`) ? 'newest' : names.has(id.slice(id.indexOf('/') + 1)) ? 'older' : undefined
}
