/**
 * Facts about the book that need no Astro: licence deeds and lists of names. The site's book
 * queries (./book.ts) re-export them; the book build (scripts/lib/book/) imports them from here.
 */
import type { BookData } from '../../model/schemas'
import type { Locale } from './i18n'

/** The Creative Commons deed of each licence the book may carry, in the reader's language. */
const DEEDS: Record<BookData['licence'], string> = {
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC-BY-NC-SA-4.0': 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
}

export const licenceDeedUrl = (licence: BookData['licence'], locale: Locale): string =>
  `${DEEDS[licence]}deed.${locale}`

/** "A", "A en B", "A, B en C": a list of names in running text. */
export function joinNames(names: string[], and: string): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`
}
