/**
 * The book's downloads (EPUB and PDF per language), as the book build recorded them in its
 * manifest: scripts/build-book.ts writes the files and `manifest.json` into BOOK_OUT_DIR
 * (default .cache/book/), `npm run build` copies the files into dist/ at `path`, and the book page
 * and the chapter reader list what is there. A format that was not built (no Chromium, no PDF) is
 * simply not in the manifest, and the pages leave it out.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Locale } from './i18n'
import { perBuild } from './perBuild'
import { sectionUrl } from '../../model/urls'

export const BOOK_FORMATS = ['epub', 'pdf'] as const
export type BookFormat = (typeof BOOK_FORMATS)[number]

export type BookDownload = {
  locale: Locale
  format: BookFormat
  /** The book's title in that language. */
  title: string
  /** The file's name in BOOK_OUT_DIR and in dist/, e.g. `van-loket-naar-netwerk-nl.epub`. */
  file: string
  /** Its address on the site, e.g. `/boek/downloads/van-loket-naar-netwerk-nl.epub`. */
  path: string
  bytes: number
  /** The day the file was last built (YYYY-MM-DD, UTC). */
  date: string
  /** Pages, for the PDF. */
  pages?: number
}

export type BookManifest = {
  /** A hash over everything that went into the files; the build is skipped while it matches. */
  fingerprint: string
  downloads: BookDownload[]
}

export const MANIFEST_FILE = 'manifest.json'

/** Where the book build writes its files and manifest. */
export const bookOutDir = (): string => path.resolve(process.env.BOOK_OUT_DIR || '.cache/book')

/** The address of a download on the site: next to the book, in the book's language. */
export const downloadPath = (locale: Locale, file: string): string =>
  `${sectionUrl('book', locale)}downloads/${file}`

export function readBookManifest(dir = bookOutDir()): BookManifest | undefined {
  const file = path.join(dir, MANIFEST_FILE)
  if (!existsSync(file)) return undefined
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BookManifest
  } catch (error) {
    throw new Error(`${file} is not valid JSON; delete it and run npm run build:book`, { cause: error })
  }
}

const downloadsOfThisBuild = perBuild(() => {
  const dir = bookOutDir()
  return (readBookManifest(dir)?.downloads ?? []).filter((download) =>
    existsSync(path.join(dir, download.file)),
  )
})

/**
 * Every download that exists, those in `locale` first, EPUB before PDF. Read once per build; a
 * manifest entry whose file is gone is left out rather than linked.
 */
export function bookDownloads(locale: Locale): BookDownload[] {
  const rank = (download: BookDownload) =>
    (download.locale === locale ? 0 : 2) + BOOK_FORMATS.indexOf(download.format) / 10
  return [...downloadsOfThisBuild()].sort((a, b) => rank(a) - rank(b))
}

/** "1,2 MB" or "840 kB", in the reader's language. */
export function formatBytes(bytes: number, locale: Locale): string {
  const format = (value: number, digits: number) =>
    new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits }).format(
      value,
    )
  return bytes >= 1000 * 1000 ? `${format(bytes / 1000 / 1000, 1)} MB` : `${format(bytes / 1000, 0)} kB`
}
