/** `npm run check:dist`: checks the built site in dist/ (or SITE_OUT_DIR); see scripts/lib/checkDist.ts. */
import path from 'node:path'

import { BUDGETS, checkDist } from './lib/checkDist'
import { logger } from './lib/log'

const log = logger('check')
const root = path.resolve(import.meta.dirname, '..')

export async function checkBuiltSite(): Promise<boolean> {
  const dist = path.resolve(root, process.env.SITE_OUT_DIR || 'dist')
  const report = await checkDist(dist, process.env.SITE_URL || 'https://openambt.example')
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
