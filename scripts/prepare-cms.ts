/**
 * Opens the CMS once outside the web server: applies pending SQLite migrations and, on an empty
 * database, creates the first admin (both happen in the config's onInit) and imports content/.
 * `npm start` runs this before the server starts, so the server never serves a half-migrated or
 * empty database. IMPORT_ON_FIRST_START=false skips the import. Then it queues the first site build.
 */
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { formatProblem } from '../model/files/yaml'
import { ContentProblems, importContent } from '../cms/content/importContent'
import { contentDir } from '../cms/lib/paths'
import { requestSiteBuild } from '../cms/publish/requestSiteBuild'
import { elapsed, logger } from './lib/log'

const log = logger('cms')
const start = performance.now()

try {
  const payload = await getPayload({ config })
  if (process.env.IMPORT_ON_FIRST_START !== 'false' && (await isEmpty(payload))) await importDemo(payload)
  // The server runs it once it is up: the site is built from what the database holds now.
  await requestSiteBuild(payload, { trigger: 'npm start', force: true, delayMs: 0 })
  const users = await payload.count({ collection: 'users', overrideAccess: true })
  log.info(
    `database ready (${payload.db.name}, ${users.totalDocs} user${users.totalDocs === 1 ? '' : 's'}) in ${elapsed(start)}`,
  )
  await payload.destroy()
  process.exit(0)
} catch (error) {
  if (error instanceof ContentProblems) {
    for (const problem of error.problems) log.error(formatProblem(problem))
  }
  log.error(`could not prepare the database: ${(error as Error).message}`)
  if ((error as Error).cause) log.error(`cause: ${String((error as Error).cause)}`)
  process.exit(1)
}

/** No content at all yet: a fresh installation. */
async function isEmpty(payload: Payload): Promise<boolean> {
  for (const collection of ['posts', 'pages', 'topics', 'media', 'chapters', 'tips', 'speakers'] as const) {
    if ((await payload.count({ collection, overrideAccess: true })).totalDocs > 0) return false
  }
  return true
}

async function importDemo(payload: Payload): Promise<void> {
  const started = performance.now()
  log.info('empty database: importing content/')
  const summary = await importContent(payload, contentDir, {
    onProgress: (message) => log.info(`  ${message}`),
  })
  log.info(`imported ${summary.created.length} documents and images in ${elapsed(started)}`)
}
