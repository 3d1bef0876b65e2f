/** The site's two languages, their URL prefixes and the words the templates use. */
import type { Locale } from '../../model/locales'

export { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../../model/locales'

/** The language of a content/ entry id such as `open-data.en`. */
export function splitEntryId(entryId: string): { id: string; locale: Locale } {
  const match = /^(.+)\.(nl|en)$/.exec(entryId)
  if (!match)
    throw new Error(
      `Content entry "${entryId}" has no language in its file name (expected <id>.nl.md or <id>.en.md)`,
    )
  return { id: match[1], locale: match[2] as Locale }
}

const strings = {
  nl: {
    skipToContent: 'Naar de inhoud',
    mainNavigation: 'Hoofdmenu',
    languageSwitch: 'Read in English',
    languageName: 'English',
    blog: 'Blog',
    latestPosts: 'Nieuwste berichten',
    allPosts: 'Alle berichten',
    archive: 'Archief: alle berichten per jaar',
    readMore: 'Lees verder',
    by: 'Door',
    and: 'en',
    publishedOn: 'Gepubliceerd op',
    topics: 'Onderwerpen',
    minutesRead: (minutes: number) => `${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} lezen`,
    page: (page: number, pages: number) => `Pagina ${page} van ${pages}`,
    previousPage: 'Vorige pagina',
    nextPage: 'Volgende pagina',
    pagination: 'Paginering',
    previousPost: 'Vorig bericht',
    nextPost: 'Volgend bericht',
    relatedPosts: 'Verder lezen',
    notFoundTitle: 'Deze pagina bestaat niet (meer)',
    notFoundText: 'Misschien is het adres veranderd, of bestaat de pagina niet meer. Probeer het via:',
    home: 'Home',
    watchVideo: 'Bekijk de video',
    opensExternal: 'op een externe website',
  },
  en: {
    skipToContent: 'Skip to content',
    mainNavigation: 'Main menu',
    languageSwitch: 'Lees in het Nederlands',
    languageName: 'Nederlands',
    blog: 'Blog',
    latestPosts: 'Latest posts',
    allPosts: 'All posts',
    archive: 'Archive: all posts by year',
    readMore: 'Read more',
    by: 'By',
    and: 'and',
    publishedOn: 'Published on',
    topics: 'Topics',
    minutesRead: (minutes: number) => `${minutes} min read`,
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
    previousPage: 'Previous page',
    nextPage: 'Next page',
    pagination: 'Pagination',
    previousPost: 'Previous post',
    nextPost: 'Next post',
    relatedPosts: 'Read on',
    notFoundTitle: 'This page does not exist (any more)',
    notFoundText: 'The address may have changed, or the page was removed. Try one of these:',
    home: 'Home',
    watchVideo: 'Watch the video',
    opensExternal: 'on an external website',
  },
} satisfies Record<Locale, Record<string, unknown>>

export const t = (locale: Locale) => strings[locale]

// One formatter per language: making an Intl.DateTimeFormat costs far more than using one, and a
// large site formats tens of thousands of dates per build.
const dateFormats = new Map<Locale, Intl.DateTimeFormat>()

export const formatDate = (date: Date, locale: Locale): string => {
  if (!dateFormats.has(locale))
    dateFormats.set(
      locale,
      new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
    )
  return dateFormats.get(locale)!.format(date)
}
