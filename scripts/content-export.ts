/**
 * `npm run content:export [-- --dry-run]`: writes the published content of the CMS to content/.
 * Uses the database in DATABASE_URL (default data/cms.db).
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { contentDir } from '../cms/lib/paths'
import { exportContent } from '../cms/content/exportContent'
import { elapsed, logger } from './lib/log'

const log = logger('export')
const root = contentDir
const dryRun = process.argv.includes('--dry-run')
const start = performance.now()

try {
  const payload = await getPayload({ config })
  const summary = await exportContent(payload, root, { dryRun, onProgress: log.info })
  for (const warning of summary.warnings) log.warn(warning)
  for (const file of summary.written) log.info(`${dryRun ? 'would write' : 'wrote'} content/${file}`)
  for (const file of summary.deleted) log.info(`${dryRun ? 'would delete' : 'deleted'} content/${file}`)
  log.info(
    `${summary.files} files: ${summary.written.length} ${dryRun ? 'to write' : 'written'}, ${summary.unchanged} unchanged, ` +
      `${summary.deleted.length} ${dryRun ? 'to delete' : 'deleted'}, ${summary.warnings.length} warnings (${elapsed(start)})`,
  )
  await payload.destroy()
  process.exit(0)
} catch (error) {
  log.error((error as Error).message)
  if ((error as Error).cause) log.error(`cause: ${String((error as Error).cause)}`)
  process.exit(1)
}
