/**
 * Every public address in one place: Dutch at the root, English under /en/, with translated
 * section names. The site's routes, the CMS's previews and the book link with these, and the
 * slugs a plain page may not take are derived from them.
 */
import type { FormKind, FormProblem } from './forms'
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales'
import type { ReferencedCollection } from './references'

const SECTIONS = {
  blog: { nl: 'blog', en: 'blog' },
  topics: { nl: 'onderwerpen', en: 'topics' },
  authors: { nl: 'auteurs', en: 'authors' },
  book: { nl: 'boek', en: 'book' },
  speakers: { nl: 'sprekers', en: 'speakers' },
  tips: { nl: 'tips', en: 'tips' },
  search: { nl: 'zoeken', en: 'search' },
  events: { nl: 'agenda', en: 'events' },
  newsletter: { nl: 'nieuwsbrief', en: 'newsletter' },
} as const

export type Section = keyof typeof SECTIONS

const prefix = (locale: Locale) => (locale === DEFAULT_LOCALE ? '/' : `/${locale}/`)

export const homeUrl = (locale: Locale) => prefix(locale)
export const sectionUrl = (section: Section, locale: Locale) =>
  `${prefix(locale)}${SECTIONS[section][locale]}/`
export const itemUrl = (section: Section, slug: string, locale: Locale) =>
  `${sectionUrl(section, locale)}${slug}/`
export const pageUrl = (slug: string, locale: Locale) => `${prefix(locale)}${slug}/`
const PAGE = { nl: 'pagina', en: 'page' } as const

/**
 * The path segments of page `page` of a numbered listing, below the listing's own address:
 * undefined for page 1 (the listing itself), `pagina/2` and `page/2` after that.
 */
export const pageSegments = (page: number, locale: Locale): string | undefined =>
  page <= 1 ? undefined : `${PAGE[locale]}/${page}`

/**
 * Page `page` of the numbered listing at `listing` (an address ending in /): the listing itself
 * for page 1, then /pagina/2/ or /page/2/ below it. Every long listing pages this way: the blog,
 * an author's and a topic's posts, a year of the archive, the tips.
 */
export const listingPageUrl = (listing: string, page: number, locale: Locale) => {
  const segments = pageSegments(page, locale)
  return segments ? `${listing}${segments}/` : listing
}

/** Page 1 of the blog index is the section itself; later pages are /blog/pagina/2/ and /en/blog/page/2/. */
export const blogPageUrl = (page: number, locale: Locale) =>
  listingPageUrl(sectionUrl('blog', locale), page, locale)

/**
 * First path segments served by something other than a section: the admin and API on the CMS's
 * side, and the site's downloads (/media/), search index and built assets.
 */
const OTHER_ROOTS = ['admin', 'api', 'forms', 'media', 'pagefind']

/** First path segments the site uses itself; a plain page at /<slug>/ may not take one. */
export const RESERVED_PAGE_SLUGS: readonly string[] = [
  ...new Set([
    ...Object.values(SECTIONS).flatMap((names) => LOCALES.map((locale) => names[locale])),
    ...LOCALES.filter((locale) => locale !== DEFAULT_LOCALE),
    ...OTHER_ROOTS,
  ]),
].sort()

/**
 * A file readers download (an event's slides), by its id and extension in content/media: one address
 * for both languages, as the file itself is the same.
 */
export const mediaDownloadUrl = (id: string, extension: string) => `/media/${id}.${extension}`

/** The page of the contact form is the plain page with this slug (in both languages). */
export const CONTACT_PAGE_SLUG = 'contact'

/**
 * Below a section, where the readers' forms come back to: /tips/insturen/, /sprekers/aanvragen/
 * (pages with the form) and /agenda/aanmelden/ (the registration form is on each event's page, and
 * only its result pages live here).
 */
const FORM_PAGES = {
  tip: { section: 'tips', slug: { nl: 'insturen', en: 'submit' } },
  'speaker-request': { section: 'speakers', slug: { nl: 'aanvragen', en: 'request' } },
  registration: { section: 'events', slug: { nl: 'aanmelden', en: 'register' } },
} as const satisfies Partial<Record<FormKind, { section: Section; slug: Record<Locale, string> }>>

/** The agenda's own pages below /agenda/ and /en/events/: an event may not take their slugs. */
const EVENT_PAGES = {
  archive: { nl: 'archief', en: 'archive' },
  kind: { nl: 'soort', en: 'kind' },
  region: { nl: 'regio', en: 'region' },
} as const

/** Past events of a year: /agenda/archief/2026/ and /en/events/archive/2026/. */
export const eventArchiveUrl = (year: string, locale: Locale) =>
  `${sectionUrl('events', locale)}${EVENT_PAGES.archive[locale]}/${year}/`
/** Upcoming events of one kind or region: /agenda/soort/course/, /en/events/region/utrecht/. */
export const eventFilterUrl = (filter: 'kind' | 'region', value: string, locale: Locale) =>
  `${sectionUrl('events', locale)}${EVENT_PAGES[filter][locale]}/${value}/`

/** A sent newsletter edition: /nieuwsbrief/12/ and /en/newsletter/12/. */
export const editionUrl = (number: number, locale: Locale) => itemUrl('newsletter', String(number), locale)
const EDITION_ARCHIVE = { nl: 'archief', en: 'archive' } as const
/** Every sent edition, newest first, in numbered pages: /nieuwsbrief/archief/ and /en/newsletter/archive/. */
export const editionArchiveUrl = (locale: Locale) =>
  `${sectionUrl('newsletter', locale)}${EDITION_ARCHIVE[locale]}/`

/** Slugs a document in a section may not take, because a page of the site itself lives there. */
export const RESERVED_ITEM_SLUGS: Partial<Record<Section, readonly string[]>> = Object.fromEntries(
  Object.values(FORM_PAGES).map(({ section, slug }) => [
    section,
    [
      ...LOCALES.map((locale) => slug[locale]),
      ...(section === 'events'
        ? Object.values(EVENT_PAGES).flatMap((names) => LOCALES.map((locale) => names[locale]))
        : []),
    ],
  ]),
)

/** Where a form's result pages (thank-you, not sent, ...) live. */
function formResultsUrl(kind: FormKind, locale: Locale): string {
  if (kind === 'contact') return pageUrl(CONTACT_PAGE_SLUG, locale)
  if (kind === 'newsletter') return sectionUrl('newsletter', locale)
  const { section, slug } = FORM_PAGES[kind]
  return itemUrl(section, slug[locale], locale)
}
/** The page that holds the form (for a registration: the agenda, whose events each have one). */
export const formUrl = (kind: FormKind, locale: Locale): string =>
  kind === 'registration' ? sectionUrl('events', locale) : formResultsUrl(kind, locale)

/**
 * How a form that was accepted turned out: sent; a registration on the waiting list, or cancelled;
 * a subscription confirmed, changed or ended (from the links in the newsletter's mails).
 */
export type FormOutcome = 'sent' | 'waiting' | 'cancelled' | 'confirmed' | 'updated' | 'unsubscribed'
const OUTCOME = {
  sent: { nl: 'bedankt', en: 'thanks' },
  waiting: { nl: 'wachtlijst', en: 'waiting-list' },
  cancelled: { nl: 'afgemeld', en: 'cancelled' },
  confirmed: { nl: 'bevestigd', en: 'confirmed' },
  updated: { nl: 'gewijzigd', en: 'changed' },
  unsubscribed: { nl: 'uitgeschreven', en: 'unsubscribed' },
} as const satisfies Record<FormOutcome, Record<Locale, string>>
const NOT_SENT = { nl: 'niet-verstuurd', en: 'not-sent' } as const
/** Where a reader lands after sending the form. */
export const formThanksUrl = (kind: FormKind, locale: Locale, outcome: FormOutcome = 'sent') =>
  `${formResultsUrl(kind, locale)}${OUTCOME[outcome][locale]}/`
/** Where a reader lands when the form was refused; the fragment names the problem or the field. */
export const formNotSentUrl = (kind: FormKind, locale: Locale, problem?: FormProblem, field?: string) =>
  `${formResultsUrl(kind, locale)}${NOT_SENT[locale]}/${problem ? `#${formProblemAnchor(problem, field)}` : ''}`
/** Whether an address is a form's thank-you or "not sent" page: not for search engines or the sitemap. */
export const isFormResultUrl = (url: string) =>
  new RegExp(
    `/(${[...Object.values(OUTCOME).flatMap((names) => Object.values(names)), ...Object.values(NOT_SENT)].join('|')})/$`,
  ).test(new URL(url, 'http://x').pathname)
/** The id of the section of the "not sent" page about this problem (and field). */
export const formProblemAnchor = (problem: FormProblem, field?: string) =>
  field ? `${problem}-${field}` : problem

/** Where each kind of document has its page: the one map from documents to addresses. */
const PAGE_OF: Record<ReferencedCollection, Section | 'page'> = {
  posts: 'blog',
  chapters: 'book',
  tips: 'tips',
  speakers: 'speakers',
  pages: 'page',
  topics: 'topics',
  users: 'authors',
  events: 'events',
}

/** The address of a document of `collection` with this slug, in `locale`. */
export function documentUrl(collection: ReferencedCollection, slug: string, locale: Locale): string {
  const section = PAGE_OF[collection]
  return section === 'page' ? pageUrl(slug, locale) : itemUrl(section, slug, locale)
}
