/**
 * One language of the book as an EPUB 3: cover, title page with colophon, navigation document with
 * landmarks, one XHTML file per chapter, the images it shows, our stylesheet, the language on
 * every file, a stable identifier and accessibility metadata. Deterministic: the same content gives
 * the same bytes (fixed order and dates in the zip, nothing from the clock or the machine).
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { ElementContent, Properties, Root } from 'hast'
import { toXast } from 'hast-util-to-xast'
import { h } from 'hastscript'
import { zipSync, type Zippable } from 'fflate'
import sharp from 'sharp'
import { toXml } from 'xast-util-to-xml'

import { escapeMarkup } from '../../../model/escapeMarkup'
import { chapterContent, colophon, retarget, titlePage, type Targets } from './parts'
import type { BookEdition } from './loadBook'
import type { RenderedMarkdown } from './renderChapter'
import type { BookOutputWords } from './words'

export type EpubInput = {
  edition: BookEdition
  chapters: RenderedMarkdown[]
  summary: RenderedMarkdown
  words: BookOutputWords
  stylesheet: string
}

/** Image types every EPUB reading system must show; others are converted to PNG. */
const CORE_IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  svg: 'image/svg+xml',
}

const chapterFile = (number: number) => `chapter-${String(number).padStart(2, '0')}.xhtml`

export async function buildEpub({
  edition,
  chapters,
  summary,
  words,
  stylesheet,
}: EpubInput): Promise<Uint8Array> {
  const { locale, data } = edition
  const images = new Map<string, { name: string; bytes: Uint8Array; type: string }>()
  const imageName = (file: string) => {
    const extension = path.extname(file).slice(1).toLowerCase()
    const base = path.basename(file, path.extname(file))
    return `images/${CORE_IMAGE_TYPES[extension] ? `${base}.${extension}` : `${base}.png`}`
  }
  const targets: Targets = {
    chapter: (number, fragment) => `${chapterFile(number)}${fragment ? `#${fragment}` : ''}`,
    image: (file) => {
      if (!images.has(file)) images.set(file, { name: imageName(file), bytes: new Uint8Array(), type: '' })
      return images.get(file)!.name
    },
    idPrefix: () => '',
  }
  const coverSrc = targets.image(edition.cover.file)

  const xhtml = (title: string, body: ElementContent[], bodyType: string) =>
    document(locale, title, h('body', { 'epub:type': bodyType }, body))

  const files: [string, string][] = []
  files.push([
    'cover.xhtml',
    xhtml(
      data.title,
      [
        h('section', { class: 'cover', 'epub:type': 'cover' }, [
          h('img', { src: coverSrc, alt: edition.cover.alt, role: 'doc-cover' }),
        ]),
      ],
      'frontmatter',
    ),
  ])
  files.push([
    'title.xhtml',
    xhtml(
      data.title,
      [
        h('section', { class: 'titlepage', 'epub:type': 'titlepage' }, titlePage(edition, words)),
        h(
          'section',
          { class: 'colophon', 'epub:type': 'colophon', role: 'doc-colophon' },
          colophon(edition, retarget(edition, summary, targets), words),
        ),
      ],
      'frontmatter',
    ),
  ])
  files.push(['nav.xhtml', xhtml(words.tableOfContents, navigation(edition, chapters, words), 'frontmatter')])
  edition.chapters.forEach((chapter, index) => {
    const body = retarget(edition, chapters[index], targets, chapter.number)
    files.push([
      chapterFile(chapter.number),
      xhtml(
        `${words.chapter(chapter.number)}: ${chapter.title}`,
        [
          h(
            'section',
            {
              class: 'chapter',
              'epub:type': 'chapter',
              role: 'doc-chapter',
              ariaLabelledBy: 'chapter-title',
            },
            chapterContent(chapter, body, words, 'chapter-title'),
          ),
        ],
        'bodymatter',
      ),
    ])
  })

  for (const [file, image] of images) {
    const extension = path.extname(file).slice(1).toLowerCase()
    const original = await readFile(file).catch((error: unknown) => {
      throw new Error(`Cannot read the image ${file} for the EPUB`, { cause: error })
    })
    image.type = CORE_IMAGE_TYPES[extension] ?? 'image/png'
    image.bytes = CORE_IMAGE_TYPES[extension] ? original : await sharp(original).png().toBuffer()
  }

  const opf = packageDocument(edition, words, files, [...images.values()], coverSrc)
  const entries: Zippable = {
    // The mimetype comes first and is stored uncompressed, so a reader can recognise the file.
    mimetype: [utf8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': utf8(CONTAINER),
  }
  const content: [string, Uint8Array][] = [
    ['EPUB/package.opf', utf8(opf)],
    ['EPUB/styles/book.css', utf8(stylesheet)],
    ...files.map(([name, text]): [string, Uint8Array] => [`EPUB/${name}`, utf8(text)]),
    ...[...images.values()].map((image): [string, Uint8Array] => [`EPUB/${image.name}`, image.bytes]),
  ]
  for (const [name, bytes] of content.sort(([a], [b]) => (a < b ? -1 : 1))) entries[name] = bytes
  // A fixed time for every entry; built from local parts because zip stores local time.
  return zipSync(entries, { level: 9, mtime: new Date(2000, 0, 1, 0, 0, 0) })
}

const utf8 = (text: string) => new TextEncoder().encode(text)

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`

/** An XHTML content document in the book's language, linked to the stylesheet. */
function document(locale: string, title: string, body: ReturnType<typeof h>): string {
  const html = h(
    'html',
    { lang: locale, xmlLang: locale, 'xmlns:epub': 'http://www.idpf.org/2007/ops' } as Properties,
    [
      h('head', [
        h('meta', { charset: 'utf-8' }),
        h('title', title),
        h('link', { rel: 'stylesheet', type: 'text/css', href: 'styles/book.css' }),
      ]),
      body,
    ],
  )
  const tree = toXast({ type: 'root', children: [html] } as Root)
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n${toXml(tree, { closeEmptyElements: true })}\n`
}

/** The navigation document: the table of contents (chapters and their sections) and the landmarks. */
function navigation(
  edition: BookEdition,
  chapters: RenderedMarkdown[],
  words: BookOutputWords,
): ElementContent[] {
  const first = edition.chapters[0]
  return [
    h('nav', { 'epub:type': 'toc', role: 'doc-toc', id: 'toc', ariaLabelledBy: 'toc-title' }, [
      h('h1', { id: 'toc-title' }, words.tableOfContents),
      h(
        'ol',
        edition.chapters.map((chapter, index) => {
          const sections = chapters[index].headings.filter((heading) => heading.depth === 2)
          return h('li', [
            h(
              'a',
              { href: chapterFile(chapter.number) },
              `${words.chapter(chapter.number)}. ${chapter.title}`,
            ),
            sections.length
              ? h(
                  'ol',
                  sections.map((section) =>
                    h('li', [
                      h('a', { href: `${chapterFile(chapter.number)}#${section.slug}` }, section.text),
                    ]),
                  ),
                )
              : '',
          ])
        }),
      ),
    ]),
    h('nav', { 'epub:type': 'landmarks', hidden: true, ariaLabelledBy: 'landmarks-title' }, [
      h('h2', { id: 'landmarks-title' }, words.landmarks),
      h('ol', [
        h('li', [h('a', { 'epub:type': 'cover', href: 'cover.xhtml' }, words.cover)]),
        h('li', [h('a', { 'epub:type': 'titlepage', href: 'title.xhtml' }, words.titlePage)]),
        h('li', [h('a', { 'epub:type': 'toc', href: 'nav.xhtml#toc' }, words.tableOfContents)]),
        h('li', [h('a', { 'epub:type': 'bodymatter', href: chapterFile(first.number) }, words.start)]),
      ]),
    ]),
  ]
}

/**
 * A stable identifier per language: a name-based UUID (RFC 9562 version 5) of the book's entry id
 * in content/ (`book.nl`), so every build of the Dutch book carries the same identifier.
 */
export function bookIdentifier(locale: string): string {
  // Our own namespace: a version 4 UUID chosen once for Open Ambt's books.
  const namespace = Buffer.from('5c1f2a6e8d3b4c7a9e0f1b2c3d4e5f60', 'hex')
  const hash = createHash('sha1').update(namespace).update(`book.${locale}`).digest()
  hash[6] = (hash[6] & 0x0f) | 0x50
  hash[8] = (hash[8] & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** When the content last changed, as the EPUB wants it: the book's date, never the clock. */
export function modifiedDate(edition: BookEdition): string {
  const date = edition.data.date ? new Date(edition.data.date) : new Date(Date.UTC(2000, 0, 1))
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

const ROLES = { author: 'aut', editor: 'edt', translator: 'trl' } as const

function packageDocument(
  edition: BookEdition,
  words: BookOutputWords,
  files: [string, string][],
  images: { name: string; type: string }[],
  coverSrc: string,
): string {
  const { data, locale } = edition
  const meta: string[] = [
    `<dc:identifier id="book-id">${bookIdentifier(locale)}</dc:identifier>`,
    `<dc:title id="book-title">${escapeMarkup(data.title)}</dc:title>`,
    `<meta refines="#book-title" property="title-type">main</meta>`,
  ]
  if (data.subtitle) {
    meta.push(
      `<dc:title id="book-subtitle">${escapeMarkup(data.subtitle)}</dc:title>`,
      `<meta refines="#book-subtitle" property="title-type">subtitle</meta>`,
    )
  }
  meta.push(`<dc:language>${locale}</dc:language>`)
  data.authors.forEach((person, index) => {
    const element = person.role === 'author' ? 'dc:creator' : 'dc:contributor'
    meta.push(
      `<${element} id="person-${index + 1}">${escapeMarkup(person.name)}</${element}>`,
      `<meta refines="#person-${index + 1}" property="role" scheme="marc:relators">${ROLES[person.role]}</meta>`,
    )
  })
  if (data.publisher) meta.push(`<dc:publisher>${escapeMarkup(data.publisher)}</dc:publisher>`)
  if (data.date) meta.push(`<dc:date>${data.date}</dc:date>`)
  if (data.isbn)
    meta.push(
      `<dc:identifier id="isbn">urn:isbn:${escapeMarkup(data.isbn.replace(/[^0-9X]/gi, ''))}</dc:identifier>`,
    )
  meta.push(
    `<dc:rights>${escapeMarkup(`${words.licenceSentence(words.licences[data.licence])}`)}</dc:rights>`,
    `<meta property="dcterms:modified">${modifiedDate(edition)}</meta>`,
    // What a reader needs to know before opening the book (EPUB Accessibility, schema.org terms).
    `<meta property="schema:accessMode">textual</meta>`,
    `<meta property="schema:accessMode">visual</meta>`,
    `<meta property="schema:accessModeSufficient">textual</meta>`,
    `<meta property="schema:accessibilityFeature">alternativeText</meta>`,
    `<meta property="schema:accessibilityFeature">displayTransformability</meta>`,
    `<meta property="schema:accessibilityFeature">readingOrder</meta>`,
    `<meta property="schema:accessibilityFeature">structuralNavigation</meta>`,
    `<meta property="schema:accessibilityFeature">tableOfContents</meta>`,
    `<meta property="schema:accessibilityHazard">none</meta>`,
    `<meta property="schema:accessibilitySummary">${escapeMarkup(words.accessibilitySummary)}</meta>`,
    // The standard it meets, and who says so: the publisher, who checks every build (epubcheck,
    // axe on the same HTML online) before it is offered.
    `<meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>`,
    `<meta property="a11y:certifiedBy">${escapeMarkup(data.publisher ?? data.title)}</meta>`,
    // For reading systems that only know EPUB 2's way of naming the cover.
    `<meta name="cover" content="cover-image"/>`,
  )

  const id = (name: string) => name.replace(/\.[a-z]+$/, '').replace(/[^a-z0-9]+/gi, '-')
  const manifest = [
    `<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>`,
    `<item id="style" href="styles/book.css" media-type="text/css"/>`,
    ...files
      .filter(([name]) => name !== 'nav.xhtml')
      .map(([name]) => `<item id="${id(name)}" href="${name}" media-type="application/xhtml+xml"/>`),
    ...images.map((image) =>
      image.name === coverSrc
        ? `<item id="cover-image" href="${image.name}" media-type="${image.type}" properties="cover-image"/>`
        : `<item id="${id(image.name)}" href="${image.name}" media-type="${image.type}"/>`,
    ),
  ]
  const spine = [
    `<itemref idref="cover"/>`,
    `<itemref idref="title"/>`,
    `<itemref idref="nav"/>`,
    ...edition.chapters.map((chapter) => `<itemref idref="${id(chapterFile(chapter.number))}"/>`),
  ]
  const indent = (lines: string[]) => lines.map((line) => `    ${line}`).join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${locale}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
${indent(meta)}
  </metadata>
  <manifest>
${indent(manifest)}
  </manifest>
  <spine>
${indent(spine)}
  </spine>
</package>
`
}
