/**
 * The book build on the demo book, run as `npm run build` and `npm run build:book` run it: valid
 * EPUBs (epubcheck: no errors, no warnings), PDFs that poppler reads as a real book (pages, outline,
 * page numbers, running heads, metadata, the online chapter's text), the same EPUB bytes every
 * time, no rebuild when nothing changed, and a site and an EPUB without a Chromium.
 */
import { cp, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'
import { selectAll } from 'hast-util-select'
import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFString } from 'pdf-lib'
import { beforeAll, describe, expect, test } from 'vitest'
import { parse } from 'yaml'

import type { BookManifest } from '../../site/lib/bookDownloads'
import { aceViolations } from './helpers/ace'
import {
  comparable,
  epubcheck,
  epubTexts,
  pdfBand,
  pdfInfo,
  pdfOutline,
  pdfText,
  root,
  runScript,
  tool,
  type Run,
} from './helpers/book'

const NO_CHROMIUM = '/nonexistent/chromium'
const books = {
  nl: { title: 'Van loket naar netwerk', base: 'van-loket-naar-netwerk-nl', downloads: 'boek/downloads' },
  en: {
    title: 'From Counter to Network',
    base: 'from-counter-to-network-en',
    downloads: 'en/book/downloads',
  },
} as const
type Lang = keyof typeof books

let work: string
let bookDir: string
let dist: string
let siteBuild: Run
const manifest = async (dir: string) =>
  JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as BookManifest

/** The chapters in content/, per language, in book order. */
async function chapters(lang: Lang): Promise<{ number: number; title: string; slug: string }[]> {
  const dir = path.join(root, 'content/book/chapters')
  const list = []
  for (const file of (await readdir(dir)).filter((name) => name.endsWith(`.${lang}.md`))) {
    const text = await readFile(path.join(dir, file), 'utf8')
    list.push(
      parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]) as { number: number; title: string; slug: string },
    )
  }
  return list.sort((a, b) => a.number - b.number)
}

beforeAll(async () => {
  work = await mkdtemp(path.join(process.env.TEST_RUN_DIR!, 'book-'))
  bookDir = path.join(work, 'book')
  dist = path.join(work, 'dist')
  // The whole site, as `npm run build` makes it: the book first, then Astro, then the checks.
  siteBuild = runScript('build-site.ts', {
    BOOK_OUT_DIR: bookDir,
    SITE_OUT_DIR: dist,
    ASTRO_CACHE_DIR: path.join(work, 'astro-cache'),
  })
  expect(siteBuild.status, siteBuild.output).toBe(0)
}, 300_000)

describe('the site build', () => {
  // How fast is measured by `npm run bench:book`, not here: a busy machine is no defect.
  test('builds both languages as EPUB and PDF and reports what it made and how long it took', () => {
    expect(siteBuild.output).toMatch(
      /\[book\] book: 4 files \(EPUB and PDF in nl and en\), [\d.]+ MB in .* \([\d.]+ s\)/,
    )
  })

  test('copies every download into dist/ at the address the manifest gives', async () => {
    const { downloads } = await manifest(bookDir)
    expect(downloads.map((d) => `${d.locale}.${d.format}`).sort()).toEqual([
      'en.epub',
      'en.pdf',
      'nl.epub',
      'nl.pdf',
    ])
    for (const download of downloads) {
      expect(download.path).toBe(
        `/${books[download.locale].downloads}/${books[download.locale].base}.${download.format}`,
      )
      const copy = await readFile(path.join(dist, download.path))
      expect(copy.equals(await readFile(path.join(bookDir, download.file)))).toBe(true)
      expect(copy.byteLength).toBe(download.bytes)
      expect(download.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
  })
})

describe.each(['nl', 'en'] as const)('the EPUB (%s)', (lang) => {
  const file = () => path.join(bookDir, `${books[lang].base}.epub`)

  test('passes epubcheck with no errors and no warnings', async () => {
    const report = epubcheck(file(), path.join(work, `epubcheck-${lang}.json`))
    const problems = report.messages.filter(
      (message) => message.severity !== 'INFO' && message.severity !== 'USAGE',
    )
    expect(
      problems.map((message) => `${message.ID} ${message.message} ${JSON.stringify(message.locations)}`),
    ).toEqual([])
    expect(report.checker).toMatchObject({ nFatal: 0, nError: 0, nWarning: 0 })
  }, 60_000)

  test('passes the DAISY Ace accessibility check with no violation', async () => {
    expect(await aceViolations(file(), path.join(work, `ace-${lang}`))).toEqual([])
  }, 120_000)

  test('has the cover, a navigation document with landmarks, one file per chapter, the language everywhere and accessibility metadata', async () => {
    const texts = epubTexts(file())
    const opf = texts.get('EPUB/package.opf')!
    expect(opf).toContain(`<dc:language>${lang}</dc:language>`)
    expect(opf).toContain(`<dc:title id="book-title">${books[lang].title}</dc:title>`)
    expect(opf).toMatch(
      /<dc:identifier id="book-id">urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/dc:identifier>/,
    )
    expect(opf).toMatch(/properties="cover-image"/)
    for (const property of [
      'accessMode',
      'accessModeSufficient',
      'accessibilityFeature',
      'accessibilityHazard',
      'accessibilitySummary',
    ])
      expect(opf).toContain(`property="schema:${property}"`)
    // What accessibility checkers (Ace, the EPUB Accessibility 1.1 rules) look for beyond that.
    expect(opf).toContain(
      '<meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>',
    )
    expect(opf).toContain('<meta property="a11y:certifiedBy">Stichting Open Ambt</meta>')
    expect(texts.get('EPUB/title.xhtml')).toMatch(/<section[^>]*epub:type="colophon"[^>]*role="doc-colophon"/)
    const nav = texts.get('EPUB/nav.xhtml')!
    expect(nav).toContain('epub:type="toc"')
    expect(nav).toMatch(/epub:type="landmarks"[\s\S]*epub:type="cover"[\s\S]*epub:type="bodymatter"/)
    const list = await chapters(lang)
    for (const chapter of list) {
      const name = `EPUB/chapter-${String(chapter.number).padStart(2, '0')}.xhtml`
      const xhtml = texts.get(name)
      expect(xhtml, name).toBeDefined()
      expect(xhtml).toContain(`<h1 class="chapter-title" id="chapter-title">${chapter.title}</h1>`)
      expect(nav).toContain(`href="chapter-${String(chapter.number).padStart(2, '0')}.xhtml"`)
    }
    for (const [name, text] of texts) {
      if (name.endsWith('.xhtml')) expect(text, name).toContain(`lang="${lang}" xml:lang="${lang}"`)
    }
    // Images are in the book itself, and links between chapters stay in the book.
    expect([...texts.keys()].filter((name) => name.startsWith('EPUB/chapter-')).length).toBe(list.length)
    expect(texts.get('EPUB/chapter-05.xhtml')).toContain('src="images/boek-figuur-participatieladder.png"')
    expect(texts.get('EPUB/chapter-01.xhtml')).toContain('href="chapter-08.xhtml"')
  })

  test('credits the translator in the translation only', () => {
    const opf = epubTexts(file()).get('EPUB/package.opf')!
    if (lang === 'en') {
      expect(opf).toMatch(/<dc:contributor id="(person-\d+)">Hannah Whitcombe<\/dc:contributor>/)
      const id = /<dc:contributor id="(person-\d+)">Hannah Whitcombe/.exec(opf)![1]
      expect(opf).toContain(`<meta refines="#${id}" property="role" scheme="marc:relators">trl</meta>`)
    } else expect(opf).not.toContain('Whitcombe')
  })
})

describe.each(['nl', 'en'] as const)('the PDF (%s)', (lang) => {
  const file = () => path.join(bookDir, `${books[lang].base}.pdf`)

  test('names its translator in the colophon only when it is the translation', () => {
    const text = pdfText(file())
    if (lang === 'en') expect(text).toMatch(/Translat\w+\s+Hannah Whitcombe/)
    else expect(text).not.toContain('Whitcombe')
  })

  test('has a sane number of A5 pages, its title, tags and its language', async () => {
    const info = pdfInfo(file())
    const pages = Number(info.Pages)
    expect(pages).toBeGreaterThan(30)
    expect(pages).toBeLessThan(120)
    expect(info.Title).toBe(books[lang].title)
    expect(info.Tagged).toBe('yes')
    expect(info['Page size']).toContain('(A5)')
    expect(tool('pdfinfo', ['-meta', file()])).toMatch(
      new RegExp(`<dc:language><rdf:Bag><rdf:li>${lang}</rdf:li>`),
    )
    const document = await PDFDocument.load(await readFile(file()), { updateMetadata: false })
    expect((document.catalog.get(PDFName.of('Lang')) as PDFString).decodeText()).toBe(lang)
    const { downloads } = await manifest(bookDir)
    expect(downloads.find((d) => d.locale === lang && d.format === 'pdf')?.pages).toBe(pages)
  })

  test('tags its structure with the types of its PDF version, or maps them to those', async () => {
    const bytes = await readFile(file())
    expect(bytes.subarray(0, 8).toString()).toBe('%PDF-1.7')
    const document = await PDFDocument.load(bytes, { updateMetadata: false })
    const root = document.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict)
    const roleMap = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict)
    const used = structureTypes(root)
    // The chapters have bold and italic text, which Chromium tags with PDF 2.0's Strong and Em.
    expect(used).toContain('Strong')
    expect(used).toContain('Em')
    const unknown = [...used].filter((type) => {
      const mapped = roleMap?.lookupMaybe(PDFName.of(type), PDFName)?.decodeText()
      return !PDF17_STRUCTURE_TYPES.has(mapped ?? type)
    })
    expect(unknown).toEqual([])
  })

  test('every chapter is in the outline and the text, starts on a new page and is listed with that page', async () => {
    const outline = pdfOutline(file())
    const bodies = pdfBand(file(), 50, 490)
    const toc = bodies[3]
    for (const chapter of await chapters(lang)) {
      const entry = outline.find((item) => item.title === chapter.title)
      expect(entry, chapter.title).toBeDefined()
      // The chapter opens its page: its label and title come first.
      expect(comparable(bodies[entry!.page - 1])).toMatch(
        new RegExp(
          `^${comparable(`${lang === 'nl' ? 'Hoofdstuk' : 'Chapter'} ${chapter.number}${chapter.title}`).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
        ),
      )
      expect(comparable(toc)).toContain(comparable(`${chapter.title}${entry!.page}`))
    }
  })

  test('every page after the title pages carries its number and a running head', async () => {
    const feet = pdfBand(file(), 545, 50)
    const heads = pdfBand(file(), 0, 48)
    expect(feet.slice(0, 3).map((text) => text.trim())).toEqual(['', '', ''])
    for (let index = 3; index < feet.length; index++) expect(feet[index].trim()).toBe(String(index + 1))
    const list = await chapters(lang)
    const label = lang === 'nl' ? 'Hoofdstuk' : 'Chapter'
    const chapterHeads = heads.slice(4).map((text) => text.trim())
    expect(chapterHeads.filter((text) => text === books[lang].title).length).toBeGreaterThan(10)
    for (const chapter of list)
      expect(chapterHeads).toContain(`${label} ${chapter.number} · ${chapter.title}`)
  })

  test('has working links: to chapters inside the PDF and to the web', async () => {
    const document = await PDFDocument.load(await readFile(file()), { updateMetadata: false })
    let internal = 0
    let external = 0
    for (const page of document.getPages()) {
      const annots = page.node.Annots()
      for (let i = 0; i < (annots?.size() ?? 0); i++) {
        const annot = document.context.lookup(annots!.get(i)) as PDFDict
        const action = annot.lookup(PDFName.of('A')) as PDFDict | undefined
        if (annot.get(PDFName.of('Dest')) || action?.get(PDFName.of('S'))?.toString() === '/GoTo') internal++
        if (action?.get(PDFName.of('S'))?.toString() === '/URI') external++
      }
    }
    // The table of contents and the chapters' cross-references, and the licence and site links.
    expect(internal).toBeGreaterThanOrEqual(8 + 7)
    expect(external).toBeGreaterThanOrEqual(2)
  })

  test("a chapter's text in the PDF is the online chapter's text", async () => {
    const list = await chapters(lang)
    const chapter = list[4]
    const outline = pdfOutline(file())
    const start = outline.find((item) => item.title === chapter.title)!.page
    const end = outline.find((item) => item.title === list[5].title)!.page - 1
    // Only the text area: running heads and page numbers are not part of the chapter.
    const pdf = comparable(
      pdfText(file(), [
        '-f',
        String(start),
        '-l',
        String(end),
        '-x',
        '0',
        '-y',
        '50',
        '-W',
        '420',
        '-H',
        '490',
      ]),
    )
    const html = await readFile(
      path.join(dist, lang === 'nl' ? 'boek' : 'en/book', chapter.slug, 'index.html'),
      'utf8',
    )
    const body = selectAll('.chapter__body', fromHtml(html))[0]
    expect(body).toBeDefined()
    const blocks = selectAll('p, li, h2, h3, h4, figcaption', body)
    expect(blocks.length).toBeGreaterThan(20)
    let position = 0
    for (const block of blocks) {
      const text = comparable(toText(block))
      const found = pdf.indexOf(text, position)
      expect(found, `"${toText(block)}" in the PDF after position ${position}`).toBeGreaterThanOrEqual(0)
      position = found + text.length
    }
    // Table cells: every word of every cell is in the PDF (poppler may read wrapped cells line by line).
    for (const cell of selectAll('td, th', body) as Element[])
      for (const word of toText(cell).split(/\s+/).filter(Boolean)) expect(pdf).toContain(comparable(word))
  })
})

describe('rebuilding', () => {
  test('the same content gives the same EPUB bytes, and without a Chromium the EPUB is still built', async () => {
    const again = path.join(work, 'again')
    const run = runScript('build-book.ts', { BOOK_OUT_DIR: again, CHROMIUM_PATH: NO_CHROMIUM })
    expect(run.status, run.output).toBe(0)
    expect(run.output).toContain(`no PDF: no Chromium found (looked at CHROMIUM_PATH=${NO_CHROMIUM})`)
    expect(run.output).toContain('The EPUB is built without it.')
    for (const lang of ['nl', 'en'] as const) {
      const first = await readFile(path.join(bookDir, `${books[lang].base}.epub`))
      const second = await readFile(path.join(again, `${books[lang].base}.epub`))
      expect(second.equals(first), `${lang}.epub differs between builds`).toBe(true)
    }
    expect((await manifest(again)).downloads.map((d) => d.format)).toEqual(['epub', 'epub'])
  })

  test('is skipped when nothing of the book changed, and happens when a chapter changed', async () => {
    const content = path.join(work, 'content')
    await cp(path.join(root, 'content'), content, { recursive: true })
    const out = path.join(work, 'skip')
    const env = { BOOK_OUT_DIR: out, CONTENT_DIR: content, CHROMIUM_PATH: NO_CHROMIUM }
    expect(runScript('build-book.ts', env).status).toBe(0)
    const epub = path.join(out, `${books.nl.base}.epub`)
    const built = (await stat(epub)).mtimeMs

    const unchanged = runScript('build-book.ts', env)
    expect(unchanged.output).toMatch(/book unchanged.*, kept 2 files/)
    // A new blog post is no part of the book either.
    const post = path.join(content, 'posts/ambtenaar-op-linkedin.nl.md')
    await writeFile(post, `${await readFile(post, 'utf8')}\nEen extra alinea op het blog.\n`)
    expect(runScript('build-book.ts', env).output).toContain('book unchanged')
    expect((await stat(epub)).mtimeMs).toBe(built)

    const chapter = path.join(content, 'book/chapters/hoofdstuk-2.nl.md')
    await writeFile(
      chapter,
      `${await readFile(chapter, 'utf8')}\nEen nieuwe slotalinea voor de tweede druk.\n`,
    )
    const changed = runScript('build-book.ts', env)
    expect(changed.output).not.toContain('book unchanged')
    expect(changed.output).toContain(`${books.nl.base}.epub`)
    expect(epubTexts(epub).get('EPUB/chapter-02.xhtml')).toContain(
      'Een nieuwe slotalinea voor de tweede druk.',
    )
  })

  test('is found unchanged without reading content/ while none of its files changed, and looked at closer when one did', async () => {
    const content = path.join(work, 'content-quick')
    await cp(path.join(root, 'content'), content, { recursive: true })
    const out = path.join(work, 'quick')
    const env = { BOOK_OUT_DIR: out, CONTENT_DIR: content, CHROMIUM_PATH: NO_CHROMIUM }
    const build = () => {
      const run = runScript('build-book.ts', env)
      expect(run.status, run.output).toBe(0)
      return run.output
    }
    const QUICK = 'book unchanged (none of the files it is made from changed), kept 2 files'
    build()
    const again = build()
    expect(again).toContain(QUICK)
    // The same warning as a build that looked for a Chromium.
    expect(again).toContain(`no PDF: no Chromium found (looked at CHROMIUM_PATH=${NO_CHROMIUM})`)

    // A post no chapter links to.
    const post = path.join(content, 'posts/ambtenaar-op-linkedin.nl.md')
    await writeFile(post, `${await readFile(post, 'utf8')}\nEen extra alinea op het blog.\n`)
    expect(build()).toContain(QUICK)

    // A page the first chapter links to: its text is no part of the book, its address is.
    const page = path.join(content, 'pages/over-ons.nl.md')
    await writeFile(page, `${await readFile(page, 'utf8')}\nEen extra zin over het netwerk.\n`)
    const closer = build()
    expect(closer).not.toContain(QUICK)
    expect(closer).toContain('book unchanged, kept 2 files')
    expect(build()).toContain(QUICK)
    await writeFile(page, (await readFile(page, 'utf8')).replace(/^slug: .*$/m, 'slug: over-het-netwerk'))
    expect(build()).not.toContain('book unchanged')
    const chapterOne = epubTexts(path.join(out, `${books.nl.base}.epub`)).get('EPUB/chapter-01.xhtml')
    expect(chapterOne).toContain('https://openambt.example/over-het-netwerk/')
    expect(chapterOne).not.toContain('https://openambt.example/over-ons/')
    expect(build()).toContain(QUICK)

    // A new file in content/book/ may be a chapter: it is read, and this one is refused.
    await writeFile(path.join(content, 'book/notes.txt'), 'Aantekeningen voor de derde druk.\n')
    const refused = runScript('build-book.ts', env)
    expect(refused.status).not.toBe(0)
    expect(refused.output).toContain('content/book/notes.txt: unexpected file name')
  }, 120_000)

  test('without a Chromium the site still builds, with the EPUBs and without PDFs', async () => {
    const bare = path.join(work, 'dist-without-chromium')
    const run = runScript('build-site.ts', {
      BOOK_OUT_DIR: path.join(work, 'again'),
      SITE_OUT_DIR: bare,
      ASTRO_CACHE_DIR: path.join(work, 'astro-cache'),
      CHROMIUM_PATH: NO_CHROMIUM,
    })
    expect(run.status, run.output).toBe(0)
    expect(run.output).toContain('no PDF: no Chromium found')
    const page = await readFile(path.join(bare, 'boek/index.html'), 'utf8')
    expect(page).toContain(`/boek/downloads/${books.nl.base}.epub`)
    expect(page).not.toContain('.pdf')
    await expect(stat(path.join(bare, books.nl.downloads, `${books.nl.base}.pdf`))).rejects.toThrow()
  }, 300_000)
})

/** The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4). */
const PDF17_STRUCTURE_TYPES = new Set(
  (
    'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 ' +
    'L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot ' +
    'Ruby RB RT RP Warichu WT WP Figure Formula Form'
  ).split(' '),
)

/** Every structure type (`/S`) in a PDF's structure tree. */
function structureTypes(root: PDFDict): Set<string> {
  const types = new Set<string>()
  const walk = (node: unknown): void => {
    if (node instanceof PDFArray) for (let i = 0; i < node.size(); i++) walk(node.lookup(i))
    else if (node instanceof PDFDict) {
      const type = node.lookupMaybe(PDFName.of('S'), PDFName)
      if (type) types.add(type.decodeText())
      walk(node.lookup(PDFName.of('K')))
    }
  }
  walk(root.lookup(PDFName.of('K')))
  return types
}
