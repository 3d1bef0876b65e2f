/**
 * getStaticPaths for the book, plain-page, author and archive templates, per language, so each page
 * file stays a two-line wrapper (the same idea as routes.ts), each path with its page's cache key.
 */
import { archiveYears } from './archive'
import { authorsIn, postsByAuthor } from './authors'
import { chaptersIn } from './book'
import type { Locale } from './i18n'
import { archiveYearKey, authorPageKey, chapterPageKey, plainPageKey } from './pageKeys'
import { listingPages } from './pagination'
import { plainPagesIn } from './plainPages'
import { POSTS_PER_PAGE } from './posts'
import { pageSegments } from '../../model/urls'

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

/** Every author's profile with their first posts, then /pagina/2/ and on for the rest. */
export async function authorPaths(locale: Locale) {
  const paths = await Promise.all(
    (await authorsIn(locale)).map(async (author) =>
      Promise.all(
        listingPages(await postsByAuthor(author), POSTS_PER_PAGE).map(async (listing) => {
          const props = { author, ...listing }
          return {
            params: { slug: author.data.slug, page: pageSegments(listing.page, locale) },
            props,
            cacheKey: await authorPageKey(props),
          }
        }),
      ),
    ),
  )
  return paths.flat()
}

/** Every year of the archive with its newest posts, then /pagina/2/ and on for the rest. */
export async function archiveYearPaths(locale: Locale) {
  const years = await archiveYears(locale)
  const paths = await Promise.all(
    years.map(async ({ year, posts }, i) =>
      Promise.all(
        listingPages(posts, POSTS_PER_PAGE).map(async (listing) => {
          // Years run newest first: the one before in the list is later, the one after is earlier.
          const props = {
            locale,
            year,
            count: posts.length,
            later: years[i - 1]?.year,
            earlier: years[i + 1]?.year,
            ...listing,
          }
          return {
            params: { year, page: pageSegments(listing.page, locale) },
            props,
            cacheKey: await archiveYearKey(props),
          }
        }),
      ),
    ),
  )
  return paths.flat()
}
