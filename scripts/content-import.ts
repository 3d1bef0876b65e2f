/**
 * `npm run content:import [-- --dry-run]`: reads content/, checks every file, and upserts it into the
 * CMS in DATABASE_URL. A single problem anywhere stops the import before anything is written.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { contentDir } from '../cms/lib/paths'
import { formatProblem } from '../model/files/yaml'
import { ContentProblems, importContent } from '../cms/content/importContent'
import { elapsed, logger } from './lib/log'

const log = logger('import')
const root = contentDir
const dryRun = process.argv.includes('--dry-run')
const start = performance.now()

try {
  const payload = await getPayload({ config })
  try {
    const summary = await importContent(payload, root, { dryRun, onProgress: log.info })
    const verb = dryRun ? 'would be ' : ''
    log.info(
      `${verb}created ${summary.created.length}, ${verb}updated ${summary.updated.length}, unchanged ${summary.unchanged} (${elapsed(start)})`,
    )
  } finally {
    await payload.destroy()
  }
  process.exit(0)
} catch (error) {
  if (error instanceof ContentProblems) {
    for (const problem of error.problems) log.error(formatProblem(problem))
  }
  log.error((error as Error).message)
  if ((error as Error).cause && !(error instanceof ContentProblems))
    log.error(`cause: ${String((error as Error).cause)}`)
  process.exit(1)
}
