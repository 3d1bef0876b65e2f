/**
 * The book's part in `npm run build` (scripts/build-site.ts): build it before Astro, so the book
 * page can list the downloads from the manifest, and copy the files into the built site after.
 */
import { copyFile, mkdir } from 'node:fs/promises'
import path from 'node:path'

import { bookOutDir, readBookManifest } from '../../../site/lib/bookDownloads'
import { contentRoot } from '../../../site/lib/contentIndex'
import { logger } from '../log'
import { runNodeToSuccess } from '../runNode'
import { reportUnchangedBook, unchangedBook } from './inputs'

const root = path.resolve(import.meta.dirname, '../../..')
const log = logger('book')

/**
 * `npm run build:book` in a process of its own, its output passed through. The book's Markdown,
 * EPUB and PDF code keeps about 250 MB once loaded, which would otherwise stay in the build's
 * process beside Astro's own peak (at 10,000 posts, the two together were over the 2 GiB budget).
 * Not even started when none of the files the book was made from changed (./inputs.ts): most
 * publishes are of a post, and finding the book unchanged the thorough way takes 3-4 s at 10,000.
 */
export async function buildBookForSite(): Promise<void> {
  const started = performance.now()
  // content/ as the book build finds it (site/lib/contentIndex.ts).
  const kept = await unchangedBook(bookOutDir(), contentRoot)
  if (kept) {
    reportUnchangedBook(log, kept, path.relative(root, bookOutDir()) || bookOutDir(), started)
    return
  }
  await runNodeToSuccess('the book build', ['--import', 'tsx', path.join(root, 'scripts/build-book.ts')])
}

/** Puts every download the manifest lists at its address in the built site (e.g. dist/boek/downloads/). */
export async function copyBookDownloads(siteDir: string): Promise<void> {
  const dir = bookOutDir()
  for (const download of readBookManifest(dir)?.downloads ?? []) {
    const target = path.join(siteDir, ...download.path.split('/'))
    await mkdir(path.dirname(target), { recursive: true })
    await copyFile(path.join(dir, download.file), target).catch((error: unknown) => {
      throw new Error(`Cannot copy the book's ${download.file} from ${dir} to ${target}`, { cause: error })
    })
  }
}
