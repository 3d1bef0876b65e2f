/**
 * Every public address in one place (ARCHITECTURE.md, "Site URLs"): Dutch at the root, English
 * under /en/, with translated section names.
 */
import type { Locale } from './i18n'

const SECTIONS = {
  blog: { nl: 'blog', en: 'blog' },
  topics: { nl: 'onderwerpen', en: 'topics' },
  authors: { nl: 'auteurs', en: 'authors' },
  book: { nl: 'boek', en: 'book' },
  speakers: { nl: 'sprekers', en: 'speakers' },
  tips: { nl: 'tips', en: 'tips' },
  search: { nl: 'zoeken', en: 'search' },
} as const

export type Section = keyof typeof SECTIONS

const prefix = (locale: Locale) => (locale === 'nl' ? '/' : '/en/')

export const homeUrl = (locale: Locale) => prefix(locale)
export const sectionUrl = (section: Section, locale: Locale) =>
  `${prefix(locale)}${SECTIONS[section][locale]}/`
export const itemUrl = (section: Section, slug: string, locale: Locale) =>
  `${sectionUrl(section, locale)}${slug}/`
export const pageUrl = (slug: string, locale: Locale) => `${prefix(locale)}${slug}/`
const PAGE = { nl: 'pagina', en: 'page' } as const

/** Page 1 of the blog index is the section itself; later pages are /blog/pagina/2/ and /en/blog/page/2/. */
export const blogPageUrl = (page: number, locale: Locale) =>
  page <= 1 ? sectionUrl('blog', locale) : `${sectionUrl('blog', locale)}${PAGE[locale]}/${page}/`
