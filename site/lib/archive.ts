/**
 * The blog archive by year: which years have posts, and their addresses (/blog/archief/2025/ and
 * /en/blog/archive/2025/). Kept here rather than in urls.ts, which lists the site's sections.
 */
import type { Locale } from './i18n'
import { oncePerLocale } from './oncePerLocale'
import type { ListingPage } from './pagination'
import { postsIn, type Post } from './posts'
import { sectionUrl } from '../../model/urls'

const ARCHIVE = { nl: 'archief', en: 'archive' } as const

export const archiveUrl = (locale: Locale) => `${sectionUrl('blog', locale)}${ARCHIVE[locale]}/`
export const archiveYearUrl = (year: string, locale: Locale) => `${archiveUrl(locale)}${year}/`

/** The year a post was published in, from its ISO date (`2025-03-14` or `2025-03-14T09:30:00Z`). */
export const yearOf = (post: Post) => post.data.date.slice(0, 4)

export type ArchiveYear = { year: string; posts: Post[] }

/** Every year with posts in one language, newest first, each with its posts newest first. */
export const archiveYears = oncePerLocale(async (locale): Promise<ArchiveYear[]> => {
  const years = new Map<string, Post[]>()
  for (const post of await postsIn(locale)) {
    const year = yearOf(post)
    if (!years.has(year)) years.set(year, [])
    years.get(year)!.push(post)
  }
  return [...years].sort(([a], [b]) => b.localeCompare(a)).map(([year, posts]) => ({ year, posts }))
})

/** One page of a year of the archive (templates/ArchiveYear.astro and its cache key). */
export type ArchiveYearPage = ListingPage<Post> & {
  locale: Locale
  year: string
  /** How many posts the year has, on all its pages. */
  count: number
  earlier?: string
  later?: string
}
