/**
 * Opens the CMS once outside the web server: applies pending SQLite migrations and, on an empty
 * database, creates the first admin (both happen in the config's onInit). `npm start` runs this
 * before the server starts, so the server never serves a half-migrated database.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { elapsed, logger } from './lib/log'

const log = logger('cms')
const start = performance.now()

try {
  const payload = await getPayload({ config })
  const users = await payload.count({ collection: 'users', overrideAccess: true })
  log.info(
    `database ready (${payload.db.name}, ${users.totalDocs} user${users.totalDocs === 1 ? '' : 's'}) in ${elapsed(start)}`,
  )
  await payload.destroy()
  process.exit(0)
} catch (error) {
  log.error(`could not prepare the database: ${(error as Error).message}`)
  if ((error as Error).cause) log.error(`cause: ${String((error as Error).cause)}`)
  process.exit(1)
}
