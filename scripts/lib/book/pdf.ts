/**
 * One language of the book as a PDF, printed by headless Chromium (playwright-core): a cover page,
 * a title page and colophon, a table of contents with page numbers, chapters that start on a new
 * page, page numbers and running heads from CSS @page margin boxes, a PDF outline and tags, the
 * original images (print quality) and working links.
 *
 * Chromium cannot fill in page numbers in a table of contents (no `target-counter()`), so the
 * book is printed twice: the first print tells on which page each chapter starts (the named
 * destinations Chromium makes for link targets, read with pdf-lib), the second carries those
 * numbers. pdf-lib then sets what Chromium leaves out: the document language, XMP metadata, and
 * dates from the content rather than the clock.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { ElementContent, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRef,
  PDFString,
  PDFHexString,
  type PDFObject,
} from 'pdf-lib'
import { chromium, type Browser } from 'playwright-core'

import { CHROMIUM_ARGS } from '../chromium'
import { joinNames } from '../../../site/lib/bookFacts'
import { modifiedDate } from './epub'
import type { BookEdition } from './loadBook'
import { chapterContent, colophon, retarget, titlePage, type Targets } from './parts'
import type { RenderedMarkdown } from './renderChapter'
import type { BookOutputWords } from './words'

export type PdfInput = {
  edition: BookEdition
  chapters: RenderedMarkdown[]
  summary: RenderedMarkdown
  words: BookOutputWords
  stylesheet: string
  /** A folder for the print document (kept for inspection: open it in a browser to debug layout). */
  workDir: string
}

export type PdfResult = { bytes: Uint8Array; pages: number }

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS }).catch((error: unknown) => {
    throw new Error(`Chromium at ${executablePath} did not start: ${(error as Error).message}`, {
      cause: error,
    })
  })
}

const chapterId = (number: number) => `chapter-${number}`

export async function buildPdf(browser: Browser, input: PdfInput): Promise<PdfResult> {
  const { edition } = input
  const htmlFile = path.join(input.workDir, `${edition.fileBase}.html`)
  await mkdir(input.workDir, { recursive: true })
  const context = await browser.newContext({ offline: true })
  try {
    const page = await context.newPage()
    const outside: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) outside.push(request.url())
    })
    const print = async (pageNumbers?: Map<number, number>) => {
      await writeFile(htmlFile, printDocument(input, pageNumbers))
      await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' })
      await page.evaluate(() => document.fonts.ready.then(() => undefined))
      if (outside.length)
        throw new Error(`${htmlFile} asked for files outside this machine: ${outside.join(', ')}`)
      return page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true })
    }
    const first = await print()
    const starts = await chapterPages(first, edition)
    const second = await PDFDocument.load(await print(starts), { updateMetadata: false })
    const headings = await page.$$eval('h1, h2, h3, h4, h5, h6', (elements) =>
      elements.map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim()),
    )
    retitleOutline(second, headings, htmlFile)
    // The table of contents has the same length either way, so no chapter may have moved.
    const moved = edition.chapters.filter(
      (chapter) => namedDestinations(second).get(chapterId(chapter.number)) !== starts.get(chapter.number),
    )
    if (moved.length)
      throw new Error(`${htmlFile}: chapter(s) ${moved.map((c) => c.number).join(', ')} moved between prints`)
    describe(second, input)
    mapNewStructureTypes(second)
    return { bytes: await second.save({ useObjectStreams: false }), pages: second.getPageCount() }
  } finally {
    await context.close()
  }
}

/** The page (1-based) on which each chapter starts, from the first print. */
async function chapterPages(pdf: Uint8Array, edition: BookEdition): Promise<Map<number, number>> {
  const destinations = namedDestinations(await PDFDocument.load(pdf, { updateMetadata: false }))
  const pages = new Map<number, number>()
  for (const chapter of edition.chapters) {
    const page = destinations.get(chapterId(chapter.number))
    if (!page)
      throw new Error(
        `The printed book has no destination for chapter ${chapter.number} (${chapter.title}); Chromium made: ${[...destinations.keys()].join(', ') || 'none'}`,
      )
    pages.set(chapter.number, page)
  }
  return pages
}

/** Every named destination (`/Dests` in the catalog, or the `/Names` tree) with its 1-based page. */
export function namedDestinations(document: PDFDocument): Map<string, number> {
  const pageIndex = new Map(document.getPages().map((page, index) => [page.ref.toString(), index + 1]))
  const result = new Map<string, number>()
  const lookup = (object: PDFObject | undefined) =>
    object instanceof PDFRef ? document.context.lookup(object) : object
  const add = (name: string, value: PDFObject | undefined) => {
    let target = lookup(value)
    if (target instanceof PDFDict) target = lookup(target.get(PDFName.of('D')))
    if (!(target instanceof PDFArray)) return
    const page = target.get(0)
    const number = page instanceof PDFRef ? pageIndex.get(page.toString()) : undefined
    if (number) result.set(name, number)
  }
  const text = (object: PDFObject | undefined) =>
    object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : undefined

  const dests = lookup(document.catalog.get(PDFName.of('Dests')))
  if (dests instanceof PDFDict) {
    for (const [key, value] of dests.entries()) add(key.decodeText(), value)
  }
  const walk = (node: PDFObject | undefined) => {
    const dict = lookup(node)
    if (!(dict instanceof PDFDict)) return
    const names = lookup(dict.get(PDFName.of('Names')))
    if (names instanceof PDFArray) {
      for (let i = 0; i + 1 < names.size(); i += 2) {
        const name = text(lookup(names.get(i)))
        if (name) add(name, names.get(i + 1))
      }
    }
    const kids = lookup(dict.get(PDFName.of('Kids')))
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) walk(kids.get(i))
  }
  const namesDict = lookup(document.catalog.get(PDFName.of('Names')))
  if (namesDict instanceof PDFDict) walk(namesDict.get(PDFName.of('Dests')))
  return result
}

/**
 * Chromium names each outline entry after the text of its heading as laid out, which loses the
 * space where a heading wraps ("moetzijn") and repeats a heading that starts a page. The entries
 * are the headings in document order, so each gets its heading's own text back.
 */
function retitleOutline(document: PDFDocument, headings: string[], where: string): void {
  const lookup = (object: PDFObject | undefined) =>
    object instanceof PDFRef ? document.context.lookup(object) : object
  const items: PDFDict[] = []
  const walk = (node: PDFObject | undefined) => {
    for (let item = lookup(node); item instanceof PDFDict; item = lookup(item.get(PDFName.of('Next')))) {
      items.push(item)
      walk(item.get(PDFName.of('First')))
    }
  }
  const outlines = lookup(document.catalog.get(PDFName.of('Outlines')))
  if (!(outlines instanceof PDFDict)) throw new Error(`${where}: Chromium made no PDF outline`)
  walk(outlines.get(PDFName.of('First')))
  const bare = (text: string) => text.replace(/\s+/g, '')
  const titles = items.map((item) => {
    const title = lookup(item.get(PDFName.of('Title')))
    return title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : ''
  })
  const matches =
    items.length === headings.length &&
    titles.every((title, index) => bare(title).includes(bare(headings[index])))
  if (!matches)
    throw new Error(
      `${where}: the PDF outline (${items.length} entries) does not follow the ${headings.length} headings; first entries: ${titles.slice(0, 5).join(' | ')}`,
    )
  items.forEach((item, index) => item.set(PDFName.of('Title'), PDFHexString.fromText(headings[index])))
}

/**
 * Chromium tags `<strong>` and `<em>` as Strong and Em, structure types of PDF 2.0, in a PDF 1.7
 * file. PDF 1.7 asks for a role map from such types to its own standard ones, so checkers (and
 * assistive technology) know what they are: emphasis is a Span there.
 */
export const PDF2_TYPES_IN_PDF17: Record<string, string> = { Strong: 'Span', Em: 'Span' }

function mapNewStructureTypes(document: PDFDocument): void {
  const root = document.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  if (!root) return
  const roleMap = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict) ?? document.context.obj({})
  for (const [type, standard] of Object.entries(PDF2_TYPES_IN_PDF17))
    if (!roleMap.has(PDFName.of(type))) roleMap.set(PDFName.of(type), PDFName.of(standard))
  root.set(PDFName.of('RoleMap'), roleMap)
}

/** Language, title, people and dates in the document information and in XMP metadata. */
function describe(document: PDFDocument, { edition, words }: PdfInput): void {
  const { data, locale } = edition
  const authors = data.authors.filter((person) => person.role === 'author').map((person) => person.name)
  const date = new Date(modifiedDate(edition))
  const rights = words.licenceSentence(words.licences[data.licence])
  document.setTitle(data.title, { showInWindowTitleBar: true })
  if (data.subtitle) document.setSubject(data.subtitle)
  document.setAuthor(joinNames(authors, words.and))
  document.setLanguage(locale)
  document.setCreator('Open Ambt book build (scripts/build-book.ts)')
  document.setProducer('Chromium (Skia/PDF) and pdf-lib')
  document.setCreationDate(date)
  document.setModificationDate(date)
  const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z')
  const xmp = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
    <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
      <dc:format>application/pdf</dc:format>
      <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(data.title)}</rdf:li></rdf:Alt></dc:title>
      <dc:creator><rdf:Seq>${authors.map((name) => `<rdf:li>${xml(name)}</rdf:li>`).join('')}</rdf:Seq></dc:creator>
      <dc:language><rdf:Bag><rdf:li>${locale}</rdf:li></rdf:Bag></dc:language>
      <dc:rights><rdf:Alt><rdf:li xml:lang="x-default">${xml(rights)}</rdf:li></rdf:Alt></dc:rights>
      <xmp:CreateDate>${iso}</xmp:CreateDate>
      <xmp:ModifyDate>${iso}</xmp:ModifyDate>
      <pdf:Producer>Chromium (Skia/PDF) and pdf-lib</pdf:Producer>
    </rdf:Description>
  </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`
  const stream = document.context.stream(new TextEncoder().encode(xmp), {
    Type: 'Metadata',
    Subtype: 'XML',
  })
  document.catalog.set(PDFName.of('Metadata'), document.context.register(stream))
}

/** CSS text in a `content:` string. */
const cssString = (text: string) =>
  `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`

const fontsDir = path.dirname(createRequire(import.meta.url).resolve('@fontsource/source-sans-3/400.css'))
const FONT_FILES = ['400.css', '400-italic.css', '600.css', '700.css', '700-italic.css']

/** The whole book as one HTML document for Chromium to print. */
export function printDocument(input: PdfInput, pageNumbers?: Map<number, number>): string {
  const { edition, words } = input
  const { data, locale } = edition
  const targets: Targets = {
    chapter: (number, fragment) => `#${fragment ? `c${number}-${fragment}` : chapterId(number)}`,
    image: (file) => pathToFileURL(file).href,
    idPrefix: (chapter) => (chapter ? `c${chapter}-` : ''),
  }
  // Running heads: the book's title on left pages, the chapter on right pages.
  const runningHeads = edition.chapters
    .map(
      (
        chapter,
      ) => `@page ${chapterId(chapter.number)}:left { @top-left { content: ${cssString(data.title)}; } }
@page ${chapterId(chapter.number)}:right { @top-right { content: ${cssString(`${words.chapter(chapter.number)} · ${chapter.title}`)}; } }
.${chapterId(chapter.number)} { page: ${chapterId(chapter.number)}; }`,
    )
    .join('\n')
  const marginBoxes = `@page { @top-left { font: 8pt 'Source Sans 3', sans-serif; color: #4a4a4a; } @top-right { font: 8pt 'Source Sans 3', sans-serif; color: #4a4a4a; } }`

  const toc = h('nav', { class: 'toc', ariaLabelledBy: 'toc-title' }, [
    h('h1', { id: 'toc-title' }, words.tableOfContents),
    h(
      'ol',
      edition.chapters.map((chapter) =>
        h('li', [
          h('a', { href: `#${chapterId(chapter.number)}` }, [
            h('span', { class: 'toc-label' }, words.chapter(chapter.number)),
            h('span', { class: 'toc-title' }, chapter.title),
            h(
              'span',
              { class: 'toc-page', ariaLabel: `${words.page} ${pageNumbers?.get(chapter.number) ?? ''}` },
              String(pageNumbers?.get(chapter.number) ?? '000'),
            ),
          ]),
        ]),
      ),
    ),
  ])

  const body: ElementContent[] = [
    h('section', { class: 'cover', ariaLabel: words.cover }, [
      h('img', { src: pathToFileURL(edition.cover.file).href, alt: edition.cover.alt }),
    ]),
    h('section', { class: 'titlepage' }, titlePage(edition, words)),
    h('section', { class: 'colophon' }, colophon(edition, retarget(edition, input.summary, targets), words)),
    toc,
    ...edition.chapters.map((chapter, index) =>
      h(
        'section',
        {
          class: ['chapter', chapterId(chapter.number)],
          id: chapterId(chapter.number),
          ariaLabelledBy: `c${chapter.number}-title`,
        },
        chapterContent(
          chapter,
          retarget(edition, input.chapters[index], targets, chapter.number),
          words,
          `c${chapter.number}-title`,
        ),
      ),
    ),
  ]

  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: locale }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('title', data.title),
          ...FONT_FILES.map((file) =>
            h('link', { rel: 'stylesheet', href: pathToFileURL(path.join(fontsDir, file)).href }),
          ),
          h('style', `${input.stylesheet}\n${marginBoxes}\n${runningHeads}`),
        ]),
        h('body', body),
      ]),
    ],
  }
  return toHtml(tree)
}
