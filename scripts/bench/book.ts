/**
 * `npm run bench:book`: how long building the book takes from scratch, both languages, EPUB and
 * PDF, as `npm run build:book` does it (a fresh process and an empty output folder per run, so
 * nothing is skipped). Prints each run and the median; the target is well under 30 seconds.
 * `-- --runs 5` for more runs.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { findChromium } from '../lib/chromium'
import { logger } from '../lib/log'

const log = logger('bench')
const root = path.resolve(import.meta.dirname, '../..')
const runsArgument = process.argv.indexOf('--runs')
const runs = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 3

if (!findChromium().found) log.warn('no Chromium: this measures the EPUBs only (see README, "The book")')
const seconds: number[] = []
for (let run = 1; run <= runs; run++) {
  const outDir = mkdtempSync(path.join(tmpdir(), 'bench-book-'))
  const start = performance.now()
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-book.ts'],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, BOOK_OUT_DIR: outDir },
    },
  )
  const wall = (performance.now() - start) / 1000
  rmSync(outDir, { recursive: true, force: true })
  if (result.status !== 0) {
    log.error(`run ${run} failed:\n${result.stdout}${result.stderr}`)
    process.exit(1)
  }
  const summary = /\[book\] (book: .*)$/m.exec(result.stdout)?.[1] ?? '(no summary)'
  log.info(`run ${run}: ${wall.toFixed(1)} s for the whole command; ${summary}`)
  seconds.push(wall)
}
const median = [...seconds].sort((a, b) => a - b)[Math.floor(seconds.length / 2)]
log.info(
  `book from scratch, nl + en, EPUB + PDF: median ${median.toFixed(1)} s over ${runs} runs (target: well under 30 s)`,
)
