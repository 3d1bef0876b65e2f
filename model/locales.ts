/**
 * The site's languages. Dutch is the default and lives at the root; English lives under /en/.
 * Every content file is `<id>.<locale>.md`, and every localized CMS field has these locales.
 */
export const LOCALES = ['nl', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'nl'

/** Each language's name in itself, for language switchers and the admin's locale menu. */
export const LOCALE_NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'English' }

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale)

/** A label in every language, as Payload and the site's templates both take it. */
export type Labels = Record<Locale, string>
