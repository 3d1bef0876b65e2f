/**
 * From the CMS to the book: a chapter that is still a draft, and unpublished changes to a live
 * chapter, are in none of the three forms (online reader, EPUB, PDF) after export and a full
 * `npm run build`; the published chapters all are.
 */
import { readdirSync } from 'node:fs'
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { exportContent } from '../../cms/content/exportContent'
import { importContent } from '../../cms/content/importContent'
import { epubTexts, pdfOutline, pdfText, root, runScript } from './helpers/book'
import { startCms, stopCms } from './helpers/cms'
import { paragraphs } from './helpers/documents'

let payload: Payload
let dist: string
let bookDir: string

const SECRET = {
  title: 'Concepthoofdstuk over algoritmeregisters',
  text: 'Deze alinea is nog niet goedgekeurd door de redactie.',
  pendingTitle: 'Onaffe nieuwe titel voor hoofdstuk drie',
}

beforeAll(async () => {
  payload = await startCms()
  const content = await mkdtemp(path.join(process.env.TEST_RUN_DIR!, 'book-content-'))
  await cp(path.join(root, 'content'), content, { recursive: true })
  await importContent(payload, content)

  const book = (await payload.find({ collection: 'books', limit: 1 })).docs[0]
  // A new chapter 9 that an author is still writing.
  await payload.create({
    collection: 'chapters',
    draft: true,
    locale: 'nl',
    data: {
      book: book.id,
      number: 9,
      title: SECRET.title,
      body: paragraphs(SECRET.text),
      authors: [{ name: 'Joris Verhaegen' }],
      _status: 'draft',
    },
  })
  // A live chapter with a newer draft: the published version stays in the book.
  const live = (
    await payload.find({
      collection: 'chapters',
      where: { contentId: { equals: 'hoofdstuk-3' } },
      locale: 'nl',
    })
  ).docs[0]
  await payload.update({
    collection: 'chapters',
    id: live.id,
    draft: true,
    locale: 'nl',
    data: { title: SECRET.pendingTitle },
  })

  await exportContent(payload, content)
  dist = path.join(content, '..', `${path.basename(content)}-dist`)
  bookDir = `${dist}-book`
  const build = runScript('build-site.ts', {
    CONTENT_DIR: content,
    SITE_OUT_DIR: dist,
    ASTRO_CACHE_DIR: `${dist}-cache`,
    BOOK_OUT_DIR: bookDir,
  })
  expect(build.status, build.output).toBe(0)
}, 300_000)

afterAll(async () => {
  await stopCms(payload)
})

const secrets = Object.values(SECRET)
const chapterFiles = (lang: string) =>
  readdirSync(path.join(root, 'content/book/chapters')).filter((file) => file.endsWith(`.${lang}.md`))

test('no draft chapter and no unpublished change is in the online reader', async () => {
  // The drafts are really in the CMS, so their absence below means something.
  const drafts = await payload.find({ collection: 'chapters', draft: true, locale: 'nl', limit: 20 })
  expect(drafts.docs.map((chapter) => chapter.title)).toEqual(
    expect.arrayContaining([SECRET.title, SECRET.pendingTitle]),
  )
  let pages = 0
  for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(html|xml|json|txt)$/.test(entry.name)) continue
    pages++
    const text = await readFile(path.join(entry.parentPath, entry.name), 'utf8')
    for (const secret of secrets) expect(text.includes(secret), `${secret} in ${entry.name}`).toBe(false)
  }
  expect(pages).toBeGreaterThan(30)
  expect(
    await readFile(path.join(dist, 'boek/sociale-media-in-het-dagelijkse-werk/index.html'), 'utf8'),
  ).toContain('Sociale media in het dagelijkse werk')
})

test('no draft chapter and no unpublished change is in the EPUB', async () => {
  const texts = epubTexts(path.join(bookDir, 'van-loket-naar-netwerk-nl.epub'))
  for (const [name, text] of texts)
    for (const secret of secrets) expect(text.includes(secret), `${secret} in ${name}`).toBe(false)
  const chapters = [...texts.keys()].filter((name) => /^EPUB\/chapter-\d+\.xhtml$/.test(name))
  expect(chapters).toHaveLength(chapterFiles('nl').length)
  expect(texts.get('EPUB/chapter-03.xhtml')).toContain('Sociale media in het dagelijkse werk')
})

test('no draft chapter and no unpublished change is in the PDF', async () => {
  const file = path.join(bookDir, 'van-loket-naar-netwerk-nl.pdf')
  const text = pdfText(file).replace(/\s+/g, ' ')
  for (const secret of secrets) expect(text.includes(secret), secret).toBe(false)
  expect(text).toContain('Sociale media in het dagelijkse werk')
  const titles = pdfOutline(file).map((item) => item.title)
  expect(titles).toContain('Sociale media in het dagelijkse werk')
  expect(titles).not.toContain(SECRET.title)
})
