/**
 * `npm run check:dist`: checks the built site in dist/ (or SITE_OUT_DIR); see scripts/lib/checkDist.ts.
 */
import path from 'node:path'

import { openCheckMemo } from '../model/files/checkMemo'
import type { PageStamps } from './lib/astroPageCopies'
import { BUDGETS, checkDist } from './lib/checkDist'
import { fingerprint } from './lib/fingerprint'
import { logger } from './lib/log'

const log = logger('check')
const root = path.resolve(import.meta.dirname, '..')

/**
 * What the checks found in each page, remembered between builds under a digest of the page's HTML
 * (DIST_CHECK_CACHE, by default .cache/dist-checks.json), so a build after one change parses only
 * the pages that changed. Tied to the version of the checking code.
 */
async function rememberedPageChecks() {
  const version = await fingerprint(root, [
    'scripts/lib/checkDist.ts',
    'scripts/lib/pageSafety.ts',
    'model/addresses.ts',
    // The HTML parser's version is in the lockfile.
    'package-lock.json',
  ])
  return openCheckMemo(path.resolve(root, process.env.DIST_CHECK_CACHE || '.cache/dist-checks.json'), version)
}

/**
 * `stamps`: right after a build, which pages Astro kept from the build before
 * (scripts/lib/astroPageCopies.ts); only the others are read. Without, every page is read.
 * `files`: the built site's files, when the build listed them already.
 */
export async function checkBuiltSite(stamps?: PageStamps, files?: string[]): Promise<boolean> {
  const dist = path.resolve(root, process.env.SITE_OUT_DIR || 'dist')
  const report = await checkDist(dist, process.env.SITE_URL || 'https://openambt.example', {
    memo: await rememberedPageChecks(),
    stamps,
    files,
  })
  for (const problem of report.problems) log.error(problem)
  log.info(
    `${report.pages} pages: largest ${(report.largestPage.bytes / 1024).toFixed(1)} KB (${report.largestPage.file}), ` +
      `average ${(report.averagePageBytes / 1024).toFixed(1)} KB of compressed HTML+CSS (budget ${BUDGETS.htmlAndCssBytes / 1024} KB); ` +
      `${report.javascriptBytes} bytes of JavaScript; at most ${report.maxFontFiles} font file(s) per page (budget ${BUDGETS.fontFiles})`,
  )
  log.info(report.problems.length ? `${report.problems.length} problem(s)` : 'no problems')
  return report.problems.length === 0
}

if (import.meta.url === `file://${process.argv[1]}`) {
  checkBuiltSite().then(
    (ok) => {
      process.exitCode = ok ? 0 : 1
    },
    (error: unknown) => {
      log.error((error as Error).stack ?? String(error))
      process.exitCode = 1
    },
  )
}
