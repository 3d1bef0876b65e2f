/**
 * Every closed list of values that content may hold, with its labels in both languages. The CMS
 * derives its select `options` from these lists and the front-matter schemas their enums, so a
 * value the admin offers is always a value the site accepts.
 */
import type { Labels, Locale } from './locales'

export type VocabularyItem = { readonly value: string; readonly label: Labels }
export type Vocabulary = readonly VocabularyItem[]
/** The values of a vocabulary as a non-empty tuple, the shape zod's `z.enum` takes. */
export type ValueOf<V extends Vocabulary> = V[number]['value']

export const valuesOf = <V extends Vocabulary>(list: V) =>
  list.map((item) => item.value) as [ValueOf<V>, ...ValueOf<V>[]]

/** The label of `value` in `locale`; the value itself when the list does not know it. */
export const labelOf = (list: Vocabulary, value: string, locale: Locale): string =>
  list.find((item) => item.value === value)?.label[locale] ?? value

const same = (label: string): Labels => ({ nl: label, en: label })

/** Where a speaker will travel to: Dutch provinces, Flemish provinces and Brussels, or online. */
export const REGIONS = [
  { value: 'groningen', label: same('Groningen') },
  { value: 'friesland', label: same('Fryslân') },
  { value: 'drenthe', label: same('Drenthe') },
  { value: 'overijssel', label: same('Overijssel') },
  { value: 'flevoland', label: same('Flevoland') },
  { value: 'gelderland', label: same('Gelderland') },
  { value: 'utrecht', label: same('Utrecht') },
  { value: 'noord-holland', label: same('Noord-Holland') },
  { value: 'zuid-holland', label: same('Zuid-Holland') },
  { value: 'zeeland', label: same('Zeeland') },
  { value: 'noord-brabant', label: same('Noord-Brabant') },
  { value: 'limburg-nl', label: same('Limburg (NL)') },
  { value: 'antwerpen', label: { nl: 'Antwerpen', en: 'Antwerp' } },
  { value: 'limburg-be', label: same('Limburg (BE)') },
  { value: 'oost-vlaanderen', label: { nl: 'Oost-Vlaanderen', en: 'East Flanders' } },
  { value: 'west-vlaanderen', label: { nl: 'West-Vlaanderen', en: 'West Flanders' } },
  { value: 'vlaams-brabant', label: { nl: 'Vlaams-Brabant', en: 'Flemish Brabant' } },
  { value: 'brussel', label: { nl: 'Brussel', en: 'Brussels' } },
  { value: 'online', label: same('Online') },
] as const satisfies Vocabulary

/** The kinds of event on the agenda; readers filter on them. */
export const EVENT_KINDS = [
  { value: 'open-koffie', label: same('Open Koffie') },
  { value: 'network-day', label: { nl: 'Netwerkdag', en: 'Network day' } },
  { value: 'course', label: { nl: 'Cursus', en: 'Course' } },
  { value: 'other', label: { nl: 'Overig', en: 'Other' } },
] as const satisfies Vocabulary

/** The time zones events are in: Dutch events in Amsterdam's, Flemish ones in Brussels'. */
export const EVENT_TIME_ZONES = [
  { value: 'Europe/Amsterdam', label: { nl: 'Nederlandse tijd', en: 'Dutch time' } },
  { value: 'Europe/Brussels', label: { nl: 'Belgische tijd', en: 'Belgian time' } },
] as const satisfies Vocabulary

/** Whether readers can register for an event. */
export const REGISTRATION_STATES = [
  { value: 'open', label: { nl: 'Aanmelden kan', en: 'Registration open' } },
  { value: 'closed', label: { nl: 'Aanmelden is gesloten', en: 'Registration closed' } },
  { value: 'full', label: { nl: 'Vol', en: 'Fully booked' } },
] as const satisfies Vocabulary

/** Languages a speaker gives talks in (ISO 639-1). */
export const SPEAKER_LANGUAGES = [
  { value: 'nl', label: { nl: 'Nederlands', en: 'Dutch' } },
  { value: 'en', label: { nl: 'Engels', en: 'English' } },
  { value: 'fr', label: { nl: 'Frans', en: 'French' } },
  { value: 'de', label: { nl: 'Duits', en: 'German' } },
  { value: 'fy', label: { nl: 'Fries', en: 'Frisian' } },
] as const satisfies Vocabulary

/** The fixed categories of the tips service; the site lists tips per category in this order. */
export const TIP_CATEGORIES = [
  { value: 'social-media', label: { nl: 'Sociale media', en: 'Social media' } },
  { value: 'writing', label: { nl: 'Schrijven voor het web', en: 'Writing for the web' } },
  { value: 'collaboration', label: { nl: 'Samenwerken', en: 'Collaboration' } },
  { value: 'open-data', label: same('Open data') },
  { value: 'privacy-security', label: { nl: 'Privacy en veiligheid', en: 'Privacy and security' } },
  { value: 'participation', label: { nl: 'Participatie', en: 'Participation' } },
  { value: 'tools', label: { nl: 'Handige tools', en: 'Useful tools' } },
] as const satisfies Vocabulary

/** The licences the book may carry (SPDX identifiers). */
export const LICENCES = [
  { value: 'CC-BY-4.0', label: same('CC BY 4.0') },
  { value: 'CC-BY-SA-4.0', label: same('CC BY-SA 4.0') },
  { value: 'CC-BY-NC-SA-4.0', label: same('CC BY-NC-SA 4.0') },
  { value: 'CC0-1.0', label: same('CC0 1.0') },
] as const satisfies Vocabulary

/** What a person named on the book's title page did. */
export const BOOK_ROLES = [
  { value: 'author', label: { nl: 'Auteur', en: 'Author' } },
  { value: 'editor', label: { nl: 'Redactie', en: 'Editor' } },
  { value: 'translator', label: { nl: 'Vertaling', en: 'Translator' } },
] as const satisfies Vocabulary

/** Where the network can be followed; the footer shows one link per entry. */
export const SOCIAL_PLATFORMS = [
  { value: 'mastodon', label: same('Mastodon') },
  { value: 'bluesky', label: same('Bluesky') },
  { value: 'linkedin', label: same('LinkedIn') },
  { value: 'youtube', label: same('YouTube') },
  { value: 'github', label: same('GitHub') },
  { value: 'rss', label: same('RSS') },
  { value: 'other', label: { nl: 'Anders', en: 'Other' } },
] as const satisfies Vocabulary

/** How a callout in a text looks: `:::callout{tone=warning}`. The first is the default. */
export const CALLOUT_TONES = [
  { value: 'info', label: { nl: 'Informatie', en: 'Information' } },
  { value: 'warning', label: { nl: 'Let op', en: 'Warning' } },
  { value: 'example', label: { nl: 'Voorbeeld', en: 'Example' } },
] as const satisfies Vocabulary

/** Languages a code block may be marked with, in the editor and in content/ (```json). */
export const CODE_LANGUAGES = {
  plaintext: 'Plain text',
  bash: 'Shell',
  css: 'CSS',
  html: 'HTML',
  js: 'JavaScript',
  json: 'JSON',
  ts: 'TypeScript',
  sql: 'SQL',
  yaml: 'YAML',
} as const
