/** Queries over the book and its chapters, computed once per build and shared by every template. */
import type { CollectionEntry } from 'astro:content'

import { entryById } from './entries'
import { creditedIn, type BookData } from '../../model/schemas'
import { splitEntryId, type Locale } from './i18n'
import { localizedCollection } from './localizedCollection'
import { itemUrl, sectionUrl } from '../../model/urls'

export type Book = CollectionEntry<'book'>
export type Chapter = CollectionEntry<'chapters'>

/** The book's metadata and summary in one language (content/book/book.<lang>.md). */
export async function bookIn(locale: Locale): Promise<Book> {
  const book = await entryById('book', `book.${locale}`)
  if (!book) throw new Error(`content/book/book.${locale}.md is missing; the book page needs it`)
  return book
}

const collection = localizedCollection('chapters', (a, b) => a.data.number - b.data.number)

/** The chapters in one language, in the order of their `number`. */
export const chaptersIn = collection.entriesIn

/** The same chapter in the other language, when it was translated. */
export const chapterTranslation = collection.translationOf

// Also used by the book build (scripts/lib/book/), which cannot import astro:content.
export { joinNames, licenceDeedUrl } from './bookFacts'

export const bookUrl = (locale: Locale) => sectionUrl('book', locale)
export const chapterUrl = (chapter: Chapter) =>
  itemUrl('book', chapter.data.slug, splitEntryId(chapter.id).locale)

/** The names of the people this edition credits with one role, in the order the book lists them. */
export const namesWithRole = (book: Book, role: BookData['authors'][number]['role']) =>
  creditedIn(book.data.authors, splitEntryId(book.id).locale)
    .filter((person) => person.role === role)
    .map((person) => person.name)

/**
 * The opening of a Markdown text as plain text, for meta descriptions: whole sentences up to about
 * `max` characters (at least the first sentence), without emphasis or link syntax.
 */
export function plainOpening(markdown: string | undefined, max = 200): string {
  const paragraph =
    (markdown ?? '')
      .split(/\n\s*\n/)
      .map((block) => block.trim())
      .find((block) => block && !/^(#|:|!|\||-|\d+\.|>|```)/.test(block)) ?? ''
  const text = paragraph
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
  const sentences = text.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [text]
  let result = sentences[0].trim()
  for (const sentence of sentences.slice(1)) {
    if (`${result} ${sentence.trim()}`.length > max) break
    result = `${result} ${sentence.trim()}`
  }
  return result
}
