/**
 * getStaticPaths for the book, plain-page, author and archive templates, per language, so each page
 * file stays a two-line wrapper (the same idea as routes.ts).
 */
import { archiveYears } from './archive'
import { authorsIn } from './authors'
import { chaptersIn } from './book'
import type { Locale } from './i18n'
import { plainPagesIn } from './plainPages'

export async function chapterPaths(locale: Locale) {
  return (await chaptersIn(locale)).map((chapter) => ({
    params: { slug: chapter.data.slug },
    props: { chapter },
  }))
}

export async function plainPagePaths(locale: Locale) {
  return (await plainPagesIn(locale)).map((page) => ({ params: { slug: page.data.slug }, props: { page } }))
}

export async function authorPaths(locale: Locale) {
  return (await authorsIn(locale)).map((author) => ({
    params: { slug: author.data.slug },
    props: { author },
  }))
}

export async function archiveYearPaths(locale: Locale) {
  const years = await archiveYears(locale)
  return years.map(({ year, posts }, i) => ({
    params: { year },
    // Years run newest first: the one before in the list is later, the one after is earlier.
    props: { locale, year, posts, later: years[i - 1]?.year, earlier: years[i + 1]?.year },
  }))
}
