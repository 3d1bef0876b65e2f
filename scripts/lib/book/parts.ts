/**
 * The pieces of the book that the EPUB and the PDF share, as HTML trees: the title page, the
 * colophon, and each chapter with its header. Both forms build from these, so they carry the same
 * words; they differ only in where links and images point (`Targets`).
 */
import { fileURLToPath } from 'node:url'

import type { Element, ElementContent, Root } from 'hast'
import { h } from 'hastscript'
import { visit } from 'unist-util-visit'

import { joinNames, licenceDeedUrl } from '../../../site/lib/bookFacts'
import { formatDate } from '../../../site/lib/i18n'
import { sectionUrl } from '../../../model/urls'
import { siteUrl, type BookChapter, type BookEdition } from './loadBook'
import type { RenderedMarkdown } from './renderChapter'
import type { BookOutputWords } from './words'

export type Targets = {
  /** Where a link to a chapter (by number, with an optional #fragment) goes in this form. */
  chapter: (number: number, fragment?: string) => string
  /** Where an image (an original in content/media) is found in this form. */
  image: (file: string) => string
  /** Put before every id in the chapter, for forms that hold all chapters in one document. */
  idPrefix: (chapter: number) => string
}

/**
 * A copy of a rendered text with its links and images pointed at this form: links between chapters
 * stay inside the book, other links to the site become full addresses, images point at the files.
 */
export function retarget(
  edition: BookEdition,
  rendered: RenderedMarkdown,
  targets: Targets,
  chapter = 0,
): Root {
  const tree = structuredClone(rendered.tree)
  const chapters = new Map(edition.chapters.map((entry) => [entry.url, entry.number]))
  const prefix = targets.idPrefix(chapter)
  visit(tree, 'element', (node) => {
    const { href, src, id } = node.properties
    if (typeof id === 'string') node.properties.id = `${prefix}${id}`
    if (typeof src === 'string' && src.startsWith('file:'))
      node.properties.src = targets.image(fileURLToPath(src))
    if (typeof href !== 'string') return
    if (href.startsWith('#')) {
      node.properties.href = `#${prefix}${href.slice(1)}`
    } else if (href.startsWith('/')) {
      const [pathname, fragment] = href.split('#')
      const number = chapters.get(pathname)
      node.properties.href =
        number === undefined ? new URL(href, siteUrl()).href : targets.chapter(number, fragment)
    }
  })
  return tree
}

const names = (edition: BookEdition, role: 'author' | 'editor' | 'translator') =>
  edition.data.authors.filter((person) => person.role === role).map((person) => person.name)

/** The title page: title, subtitle, authors, editors and publisher. */
export function titlePage(edition: BookEdition, words: BookOutputWords): ElementContent[] {
  const { data } = edition
  const authors = names(edition, 'author')
  const editors = names(edition, 'editor')
  return [
    h('h1', { class: 'book-title' }, data.title),
    data.subtitle ? h('p', { class: 'book-subtitle' }, data.subtitle) : undefined,
    authors.length ? h('p', { class: 'book-authors' }, joinNames(authors, words.and)) : undefined,
    editors.length
      ? h('p', { class: 'book-editors' }, `${words.editors}: ${joinNames(editors, words.and)}`)
      : undefined,
    data.publisher ? h('p', { class: 'book-publisher' }, data.publisher) : undefined,
  ].filter((node): node is Element => Boolean(node))
}

/**
 * The colophon: edition, the people, publisher, date, ISBN and licence, where to read the book
 * online, and what the book is about.
 */
export function colophon(
  edition: BookEdition,
  summary: Root,
  words: BookOutputWords,
  idPrefix = '',
): ElementContent[] {
  const { data, locale } = edition
  const deed = licenceDeedUrl(data.licence, locale)
  const online = new URL(sectionUrl('book', locale), siteUrl()).href
  const rows: [string, ElementContent | string][] = [
    [words.edition, data.edition],
    [words.authors, joinNames(names(edition, 'author'), words.and)],
    [words.editors, joinNames(names(edition, 'editor'), words.and)],
    [words.translators, joinNames(names(edition, 'translator'), words.and)],
    [words.publisher, data.publisher ?? ''],
    [words.published, data.date ? formatDate(new Date(data.date), locale) : ''],
    [words.isbn, data.isbn ?? ''],
  ]
  return [
    h('h2', { id: `${idPrefix}colophon` }, words.colophon),
    h(
      'dl',
      { class: 'colophon-details' },
      rows.filter(([, value]) => value !== '').flatMap(([term, value]) => [h('dt', term), h('dd', value)]),
    ),
    h('p', { class: 'colophon-licence' }, [
      words.licenceSentence(words.licences[data.licence]),
      ' ',
      `${words.licenceDeed} `,
      h('a', { href: deed }, deed),
      '.',
    ]),
    h('p', [`${words.readOnline} `, h('a', { href: online }, online), '.']),
    h('h2', { id: `${idPrefix}about` }, words.aboutTheBook),
    ...(summary.children as ElementContent[]),
  ]
}

/** A chapter: its number, title and authors above the text. */
export function chapterContent(
  chapter: BookChapter,
  body: Root,
  words: BookOutputWords,
  titleId: string,
): ElementContent[] {
  const authors = chapter.authors ?? []
  return [
    h('header', { class: 'chapter-header' }, [
      h('p', { class: 'chapter-label' }, words.chapter(chapter.number)),
      h('h1', { class: 'chapter-title', id: titleId }, chapter.title),
      authors.length
        ? h('p', { class: 'chapter-authors' }, `${words.by} ${joinNames(authors, words.and)}`)
        : '',
    ]),
    ...(body.children as ElementContent[]),
  ]
}
