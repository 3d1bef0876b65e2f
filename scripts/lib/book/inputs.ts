/**
 * What the book was last made from, so a build can tell it is unchanged without reading content/.
 *
 * Finding the book unchanged the thorough way (buildBook.ts: read and check all of content/, render
 * the chapters, compare the fingerprint) takes a process of its own and 3-4 s at 10,000 posts, on
 * every publish, although a blog post is almost never part of the book. So every book build notes
 * the files its fingerprint came from, with a digest of each as it read them (inputs.json beside
 * the manifest):
 *
 * - every file under content/book/ (the book's metadata and summary, the chapters);
 * - the cover and every image in a chapter, with its sidecar (the alt text);
 * - the files behind every link the book resolved (`post:<id>` asks the post's files in both
 *   languages, as a missing translation falls back to the other), present or not;
 *
 * and the version of everything else that decides the bytes: the book's code, the site's address
 * and where content/ is. While none of that changed and every download is there, the book is kept.
 * Anything else (a digest, a new file in content/book/, a missing PDF) falls back to the thorough
 * way. Reading those few files again costs milliseconds; content/ has thousands.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { ContentSet } from '../../../model/files/readContent'
import { LOCALES } from '../../../model/locales'
import { MEDIA_SCHEME, REFERENCE_KINDS, type ReferenceKind } from '../../../model/references'
import {
  BOOK_FORMATS,
  readBookManifest,
  type BookFormat,
  type BookManifest,
} from '../../../site/lib/bookDownloads'
import { findChromium, type ChromiumLookup } from '../chromium'
import { fingerprint } from '../fingerprint'
import { elapsed, type logger } from '../log'

const root = path.resolve(import.meta.dirname, '../../..')

export const INPUTS_FILE = 'inputs.json'

type Logger = ReturnType<typeof logger>

/** The code and files whose change changes the book (relative to the repository root). */
export const BOOK_CODE = [
  'scripts/lib/book',
  'scripts/lib/chromium.ts',
  'site/lib/markdown',
  'site/lib/contentIndex.ts',
  'site/lib/bookDownloads.ts',
  'site/lib/bookFacts.ts',
  'site/lib/i18n.ts',
  'site/lib/typography.ts',
  'site/lib/words/bookPagesAuthors.ts',
  // The content contract: the Markdown dialect, references, the URL scheme, the schemas.
  'model',
  'package-lock.json',
]

/** The public site's address, for links from the book to the site (same default as astro.config.mjs). */
export const siteUrl = (): string => process.env.SITE_URL || 'https://openambt.example'

type BookInputs = {
  version: string
  /** The manifest's fingerprint these inputs gave. */
  fingerprint: string
  locales: string[]
  /** Digest of each file, by its path relative to content/; `missing` for one that did not exist. */
  files: Record<string, string>
}

/** Everything besides content/ that decides the book's bytes. */
async function inputsVersion(contentDir: string): Promise<string> {
  return createHash('sha256')
    .update(await fingerprint(root, BOOK_CODE))
    .update(siteUrl())
    .update(contentDir)
    .digest('hex')
}

const digestOf = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('base64url')

/** The digest of a file as it is now, or `missing`. */
async function digestOnDisk(file: string): Promise<string> {
  const bytes = await readFile(file).catch(() => undefined)
  return bytes ? digestOf(bytes) : 'missing'
}

/**
 * The digest of each file as the book build read it (from the content set, not from disk again:
 * a file saved while the book was built must count as changed next time).
 */
async function digestsAsRead(
  set: ContentSet,
  contentDir: string,
  names: string[],
): Promise<Record<string, string>> {
  const read = new Map<string, string | Buffer>()
  for (const media of set.media.values())
    read.set(media.file, media.bytes).set(media.sidecarFile, media.sidecarText)
  for (const documents of set.documents.values())
    for (const translations of documents.values())
      for (const file of Object.values(translations)) read.set(file.file, file.text)
  const digests: Record<string, string> = {}
  for (const name of names) {
    const bytes = read.get(name)
    digests[name] = bytes === undefined ? await digestOnDisk(path.join(contentDir, name)) : digestOf(bytes)
  }
  return digests
}

/** Every file under content/book/, relative to content/. */
async function bookFolderFiles(contentDir: string): Promise<string[]> {
  const entries = await readdir(path.join(contentDir, 'book'), {
    recursive: true,
    withFileTypes: true,
  }).catch(() => [])
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(contentDir, path.join(entry.parentPath, entry.name)))
}

/**
 * The files (relative to content/) that answer a question the book asked of the content index
 * (`post:<id>`, `media:<id>`): the document in every language, or the image and its sidecar.
 */
export function filesBehind(set: ContentSet, question: string): string[] {
  const [kind, id] = question.split(':')
  if (kind === MEDIA_SCHEME) {
    const media = set.media.get(id)
    return media ? [media.file, media.sidecarFile] : []
  }
  const collection = REFERENCE_KINDS[kind as ReferenceKind]
  for (const [documentKind, documents] of set.documents) {
    if (documentKind.collection !== collection) continue
    const files = Object.values(documents.get(id) ?? {}).map((file) => file.file)
    // A translation that does not exist yet is an input too: once it does, links point to it.
    return files.flatMap((file) => LOCALES.map((locale) => file.replace(/\.(nl|en)\.md$/, `.${locale}.md`)))
  }
  return []
}

/** Notes what this book was made from (after its manifest is written). */
export async function recordBookInputs(options: {
  outDir: string
  contentDir: string
  manifest: BookManifest
  /** The content the book was read from. */
  set: ContentSet
  locales: string[]
  /** Paths relative to content/, or absolute ones inside it. */
  files: Iterable<string>
}): Promise<void> {
  const { outDir, contentDir, manifest, set, locales } = options
  const relative = (file: string) => (path.isAbsolute(file) ? path.relative(contentDir, file) : file)
  const names = [
    ...new Set([...[...options.files].map(relative), ...(await bookFolderFiles(contentDir))]),
  ].sort()
  const files = await digestsAsRead(set, contentDir, names)
  const inputs: BookInputs = {
    version: await inputsVersion(contentDir),
    fingerprint: manifest.fingerprint,
    locales,
    files,
  }
  await writeFile(path.join(outDir, INPUTS_FILE), `${JSON.stringify(inputs)}\n`)
}

/** Before the book's files are made again: until it is done, nothing says they are current. */
export async function forgetBookInputs(outDir: string): Promise<void> {
  await rm(path.join(outDir, INPUTS_FILE), { force: true })
}

/** What the book build says when it makes no PDF. */
export const noPdfWarning = (lookup: ChromiumLookup & { found: false }) =>
  `no PDF: no Chromium found (looked at ${lookup.looked.join(', ')}); ${lookup.advice}. The EPUB is built without it.`

export type UnchangedBook = { manifest: BookManifest; pdfMissing?: string }

/** The line (and the warning of a book without PDF) for a book found unchanged this way. */
export function reportUnchangedBook(log: Logger, kept: UnchangedBook, where: string, started: number): void {
  log.info(
    `book unchanged (none of the files it is made from changed), kept ${kept.manifest.downloads.length} files in ${where}/ (${elapsed(started)})`,
  )
  if (kept.pdfMissing && !kept.manifest.downloads.some((download) => download.format === 'pdf'))
    log.warn(kept.pdfMissing)
}

/**
 * The manifest of the book in `outDir` when none of what it was made from changed and every
 * download of every language is there; otherwise undefined, and the book build must look closer.
 * Without a PDF, only when CHROMIUM_PATH names a browser that is not there: where a Chromium may
 * be found otherwise, looking for it takes loading Playwright, which is the book build's job.
 */
export async function unchangedBook(outDir: string, contentDir: string): Promise<UnchangedBook | undefined> {
  const inputs = await readFile(path.join(outDir, INPUTS_FILE), 'utf8')
    .then((text) => JSON.parse(text) as BookInputs)
    .catch(() => undefined)
  const manifest = readBookManifest(outDir)
  if (!inputs?.files || !manifest || manifest.fingerprint !== inputs.fingerprint) return undefined
  if (inputs.version !== (await inputsVersion(contentDir))) return undefined
  const chromium = process.env.CHROMIUM_PATH ? findChromium() : undefined
  const pdfMissing = chromium && !chromium.found ? noPdfWarning(chromium) : undefined
  const wanted: readonly BookFormat[] = pdfMissing ? ['epub'] : BOOK_FORMATS
  for (const locale of inputs.locales)
    for (const format of wanted) {
      const download = manifest.downloads.find((d) => d.locale === locale && d.format === format)
      if (
        !download ||
        (await stat(path.join(outDir, download.file)).catch(() => undefined))?.size !== download.bytes
      )
        return undefined
    }
  for (const name of await bookFolderFiles(contentDir)) if (!(name in inputs.files)) return undefined
  for (const [name, digest] of Object.entries(inputs.files))
    if ((await digestOnDisk(path.join(contentDir, name))) !== digest) return undefined
  return { manifest, pdfMissing }
}
