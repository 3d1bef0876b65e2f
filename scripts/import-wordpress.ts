/**
 * `npm run import:wordpress -- <export.xml> [--uploads <folder>] [--out content] [--report <file>]
 * [--dry-run]`: a WordPress export into content/, with redirects for every old address. Then
 * `npm run content:import` loads it into the CMS. See README.md, "Moving from WordPress", and
 * scripts/lib/wordpress/.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { elapsed, logger } from './lib/log'
import { requireNode } from './lib/requireNode'
import { ImportRefused, importWordpress } from './lib/wordpress/importWordpress'
import { WxrError } from './lib/wordpress/readWxr'
import { summaryLine, warningCount } from './lib/wordpress/report'

const log = logger('wordpress')
const USAGE =
  'usage: npm run import:wordpress -- <export.xml> [--uploads <folder>] [--out <content dir>] [--report <file>] [--dry-run]'

async function main(): Promise<void> {
  requireNode()
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      uploads: { type: 'string' },
      out: { type: 'string', default: 'content' },
      report: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
  })
  if (positionals.length !== 1) throw new WxrError(USAGE)
  const out = path.resolve(values.out)
  const options = {
    exportFile: path.resolve(positionals[0]),
    uploads: values.uploads ? path.resolve(values.uploads) : undefined,
    out,
    report: path.resolve(values.report ?? path.join(path.dirname(out), 'wordpress-import-report.md')),
    dryRun: values['dry-run'],
  }
  const start = performance.now()
  if (!options.uploads) log.warn('no --uploads folder: images are left out (and listed in the report)')
  const { report, written, unchanged } = await importWordpress(options, log.info)
  for (const item of report.notPublished)
    log.info(`not published (${item.status}): ${item.type} "${item.title}" (WP ${item.id})`)
  log.info(summaryLine(report))
  log.info(
    `${options.dryRun ? 'would write' : 'wrote'} ${written.length} files, ${unchanged} unchanged in ${out} (${elapsed(start)})`,
  )
  if (!options.dryRun) log.info(`${warningCount(report)} things for a person to look at: ${options.report}`)
  log.info('next: npm run content:import, to load the result into the CMS')
}

main().catch((error: unknown) => {
  log.error((error as Error).message)
  if (!(error instanceof WxrError) && !(error instanceof ImportRefused) && (error as Error).stack)
    log.error(String((error as Error).stack))
  process.exitCode = 1
})
