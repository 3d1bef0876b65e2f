/**
 * The book build: content/ -> per language an EPUB and a PDF in `outDir`, with a manifest the site
 * reads (site/lib/bookDownloads.ts). Skipped when nothing that goes into the files changed: the
 * fingerprint covers the rendered chapters and summary (so also the addresses of documents they
 * link to), the book's metadata, the bytes of every image, the stylesheets and this code. Without
 * a Chromium the EPUBs are still built and the PDF step says what is missing.
 */
import { createHash } from 'node:crypto'
import { readFile, readdir, rename, rm, stat, writeFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { toHtml } from 'hast-util-to-html'
import type { Browser } from 'playwright-core'

import {
  BOOK_FORMATS,
  downloadPath,
  MANIFEST_FILE,
  readBookManifest,
  type BookDownload,
  type BookFormat,
  type BookManifest,
} from '../../../site/lib/bookDownloads'
import type { ContentSet } from '../../../model/files/readContent'
import { checkedContent, contentRoot, recordQuestions } from '../../../site/lib/contentIndex'
import { findChromium } from '../chromium'
import { megabytes } from '../dirStats'
import { fingerprint as filesFingerprint } from '../fingerprint'
import { elapsed, logger } from '../log'
import {
  BOOK_CODE,
  filesBehind,
  forgetBookInputs,
  noPdfWarning,
  recordBookInputs,
  reportUnchangedBook,
  unchangedBook,
} from './inputs'
import { loadBook, siteUrl, type BookEdition } from './loadBook'
import { renderMarkdown, type RenderedMarkdown } from './renderChapter'
import { bookOutputWords } from './words'

const root = path.resolve(import.meta.dirname, '../../..')
const templates = path.join(import.meta.dirname, 'templates')

export type BuildBookOptions = {
  outDir: string
  /** Build even when nothing changed. */
  force?: boolean
  log?: ReturnType<typeof logger>
}

export type BuildBookResult = {
  manifest: BookManifest
  skipped: boolean
  /** Why there is no PDF, when there is none. */
  pdfMissing?: string
  seconds: number
}

type Rendered = { edition: BookEdition; chapters: RenderedMarkdown[]; summary: RenderedMarkdown }

export async function buildBook({
  outDir,
  force = false,
  log = logger('book'),
}: BuildBookOptions): Promise<BuildBookResult> {
  const start = performance.now()
  const shownOut = path.relative(root, outDir) || outDir
  if (!force) {
    const kept = await unchangedBook(outDir, contentRoot)
    if (kept) {
      reportUnchangedBook(log, kept, shownOut, start)
      return { ...kept, skipped: true, seconds: (performance.now() - start) / 1000 }
    }
  }
  const questions = recordQuestions()
  const editions = await loadBook()
  const rendered: Rendered[] = await Promise.all(
    editions.map(async (edition) => ({
      edition,
      chapters: await Promise.all(edition.chapters.map((chapter) => renderMarkdown(chapter.source))),
      summary: await renderMarkdown(edition.summary),
    })),
  )
  log.info(
    `the book in ${editions.map((edition) => `${edition.locale} (${edition.chapters.length} chapters)`).join(' and ')} from content/book/ (${elapsed(start)})`,
  )

  const fingerprint = await bookFingerprint(rendered)
  const previous = readBookManifest(outDir)
  const unchanged = !force && previous?.fingerprint === fingerprint ? previous : undefined
  // What these files were made from, for the next build's quick look (./inputs.ts).
  const noteInputs = async (manifest: BookManifest) => {
    const set = await checkedContent()
    await recordBookInputs({
      outDir,
      contentDir: contentRoot,
      manifest,
      set,
      locales: editions.map((edition) => edition.locale),
      files: inputFiles(rendered, questions, set),
    })
  }
  const keep = async (manifest: BookManifest, pdfMissing?: string): Promise<BuildBookResult> => {
    await noteInputs(manifest)
    log.info(`book unchanged, kept ${manifest.downloads.length} files in ${shownOut}/ (${elapsed(start)})`)
    if (pdfMissing && !manifest.downloads.some((download) => download.format === 'pdf')) log.warn(pdfMissing)
    return { manifest, skipped: true, pdfMissing, seconds: (performance.now() - start) / 1000 }
  }
  // With every format there, the book is complete whatever this machine has. Looking for a Chromium
  // loads Playwright (about a second), so that is done only when a file may have to be made.
  if (unchanged && (await complete(unchanged, editions, BOOK_FORMATS, outDir))) return keep(unchanged)

  const chromium = findChromium()
  const pdfMissing = chromium.found ? undefined : noPdfWarning(chromium)
  const wanted: BookFormat[] = chromium.found ? [...BOOK_FORMATS] : ['epub']
  if (unchanged && (await complete(unchanged, editions, wanted, outDir))) return keep(unchanged, pdfMissing)

  // Loaded only now: the EPUB and PDF code (Playwright, sharp, pdf-lib) takes over a second to load,
  // which every site build would otherwise pay to find the book unchanged.
  const [{ buildEpub }, { buildPdf, launchChromium }] = await Promise.all([import('./epub'), import('./pdf')])
  await mkdir(outDir, { recursive: true })
  // Until the new files are all there, nothing may call the old ones current.
  await forgetBookInputs(outDir)
  const [epubCss, printCss] = await Promise.all([
    readFile(path.join(templates, 'epub.css'), 'utf8'),
    readFile(path.join(templates, 'print.css'), 'utf8'),
  ])
  const today = new Date().toISOString().slice(0, 10)
  const downloads: BookDownload[] = []
  const write = async (edition: BookEdition, format: BookFormat, bytes: Uint8Array, pages?: number) => {
    const file = `${edition.fileBase}.${format}`
    const target = path.join(outDir, file)
    await writeFile(`${target}.partial`, bytes)
    await rename(`${target}.partial`, target)
    downloads.push({
      locale: edition.locale,
      format,
      title: edition.data.title,
      file,
      path: downloadPath(edition.locale, file),
      bytes: bytes.byteLength,
      date: today,
      ...(pages ? { pages } : {}),
    })
    return file
  }

  for (const { edition, chapters, summary } of rendered) {
    const began = performance.now()
    const words = bookOutputWords(edition.locale)
    const bytes = await buildEpub({ edition, chapters, summary, words, stylesheet: epubCss })
    const file = await write(edition, 'epub', bytes)
    log.info(`${edition.locale}: ${file}, ${megabytes(bytes.byteLength)} (${elapsed(began)})`)
  }

  if (chromium.found) {
    let browser: Browser | undefined
    try {
      browser = await launchChromium(chromium.executablePath)
      for (const { edition, chapters, summary } of rendered) {
        const began = performance.now()
        const words = bookOutputWords(edition.locale)
        const pdf = await buildPdf(browser, {
          edition,
          chapters,
          summary,
          words,
          stylesheet: printCss,
          workDir: path.join(outDir, 'work'),
        })
        const file = await write(edition, 'pdf', pdf.bytes, pdf.pages)
        log.info(
          `${edition.locale}: ${file}, ${pdf.pages} pages, ${megabytes(pdf.bytes.byteLength)} (${elapsed(began)})`,
        )
      }
    } finally {
      await browser?.close()
    }
  } else {
    log.warn(pdfMissing!)
  }

  const manifest: BookManifest = { fingerprint, downloads }
  await writeFile(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
  await removeStaleFiles(outDir, manifest)
  await noteInputs(manifest)
  const total = downloads.reduce((sum, download) => sum + download.bytes, 0)
  log.info(
    `book: ${downloads.length} files (${[...new Set(downloads.map((d) => d.format.toUpperCase()))].join(' and ')} in ${editions.map((e) => e.locale).join(' and ')}), ${megabytes(total)} in ${shownOut}/ (${elapsed(start)})`,
  )
  return { manifest, skipped: false, pdfMissing, seconds: (performance.now() - start) / 1000 }
}

/**
 * The files the fingerprint below came from, relative to content/ or absolute: the book's own
 * files, its cover and images with their sidecars, and the files behind every link it resolved.
 */
function inputFiles(rendered: Rendered[], questions: Set<string>, set: ContentSet): string[] {
  const files: string[] = []
  for (const { edition, chapters, summary } of rendered) {
    files.push(...edition.files, ...filesBehind(set, `media:${edition.cover.id}`))
    for (const text of [summary, ...chapters]) files.push(...text.images)
  }
  for (const question of questions) files.push(...filesBehind(set, question))
  return files
}

/** A hash over everything that decides the files' bytes. */
async function bookFingerprint(rendered: Rendered[]): Promise<string> {
  const hash = createHash('sha256')
  hash.update(await filesFingerprint(root, BOOK_CODE))
  hash.update(siteUrl())
  // Where content/ lies on this machine is no part of the book.
  const here = (text: string) =>
    text.replaceAll(pathToFileURL(contentRoot).href, 'content:').replaceAll(contentRoot, 'content')
  const images = new Set<string>()
  for (const { edition, chapters, summary } of rendered) {
    hash.update(
      JSON.stringify({
        locale: edition.locale,
        data: edition.data,
        fileBase: edition.fileBase,
        cover: here(edition.cover.file),
      }),
    )
    hash.update(JSON.stringify(edition.chapters.map(({ source: _source, ...chapter }) => chapter)))
    for (const text of [summary, ...chapters]) {
      hash.update(here(toHtml(text.tree)))
      text.images.forEach((image) => images.add(image))
    }
    images.add(edition.cover.file)
  }
  for (const image of [...images].sort()) {
    hash.update(here(image))
    hash.update(await readFile(image))
  }
  return hash.digest('hex')
}

/** Whether an earlier build left every file that this build would make. */
async function complete(
  manifest: BookManifest,
  editions: BookEdition[],
  wanted: readonly BookFormat[],
  outDir: string,
): Promise<boolean> {
  for (const edition of editions) {
    for (const format of wanted) {
      const download = manifest.downloads.find((d) => d.locale === edition.locale && d.format === format)
      const size = download && (await stat(path.join(outDir, download.file)).catch(() => undefined))?.size
      if (!download || size !== download.bytes) return false
    }
  }
  return true
}

/** Files of an earlier build that this one did not make (a renamed book, a language removed). */
async function removeStaleFiles(outDir: string, manifest: BookManifest): Promise<void> {
  const keep = new Set([MANIFEST_FILE, 'work', ...manifest.downloads.map((download) => download.file)])
  for (const name of await readdir(outDir)) {
    if (!keep.has(name)) await rm(path.join(outDir, name), { recursive: true, force: true })
  }
}
