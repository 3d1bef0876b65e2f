/**
 * `npm run build:book`: the book from content/ as EPUB and PDF per language, into BOOK_OUT_DIR
 * (default .cache/book/) with a manifest.json the site's book page reads. Skipped when nothing
 * that goes into the files changed (`-- --force` builds anyway). `npm run build` runs this first
 * and copies the files into dist/. Without a Chromium the EPUBs are built and the PDF step says
 * what is missing; the command still succeeds.
 */
import { bookOutDir } from '../site/lib/bookDownloads'
import { buildBook } from './lib/book/buildBook'
import { rememberContentChecks } from './lib/contentCheckMemo'
import { logger } from './lib/log'
import { requireNode } from './lib/requireNode'

const log = logger('book')

async function main(): Promise<void> {
  requireNode()
  await rememberContentChecks()
  await buildBook({ outDir: bookOutDir(), force: process.argv.includes('--force'), log })
}

main().catch((error: unknown) => {
  log.error((error as Error).message)
  if ((error as Error).cause)
    log.error(`cause: ${String(((error as Error).cause as Error)?.message ?? (error as Error).cause)}`)
  process.exitCode = 1
})
