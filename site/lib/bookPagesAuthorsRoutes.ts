/**
 * getStaticPaths for the book, plain-page, author and archive templates, per language, so each page
 * file stays a two-line wrapper (the same idea as routes.ts), each path with its page's cache key.
 */
import { archiveYears } from './archive'
import { authorsIn } from './authors'
import { chaptersIn } from './book'
import type { Locale } from './i18n'
import { archiveYearKey, authorPageKey, chapterPageKey, plainPageKey } from './pageKeys'
import { plainPagesIn } from './plainPages'

export async function chapterPaths(locale: Locale) {
  return Promise.all(
    (await chaptersIn(locale)).map(async (chapter) => ({
      params: { slug: chapter.data.slug },
      props: { chapter },
      cacheKey: await chapterPageKey(chapter),
    })),
  )
}

export async function plainPagePaths(locale: Locale) {
  return Promise.all(
    (await plainPagesIn(locale)).map(async (page) => ({
      params: { slug: page.data.slug },
      props: { page },
      cacheKey: await plainPageKey(page),
    })),
  )
}

export async function authorPaths(locale: Locale) {
  return Promise.all(
    (await authorsIn(locale)).map(async (author) => ({
      params: { slug: author.data.slug },
      props: { author },
      cacheKey: await authorPageKey(author),
    })),
  )
}

export async function archiveYearPaths(locale: Locale) {
  const years = await archiveYears(locale)
  return Promise.all(
    years.map(async ({ year, posts }, i) => {
      // Years run newest first: the one before in the list is later, the one after is earlier.
      const props = { locale, year, posts, later: years[i - 1]?.year, earlier: years[i + 1]?.year }
      return { params: { year }, props, cacheKey: await archiveYearKey(props) }
    }),
  )
}
