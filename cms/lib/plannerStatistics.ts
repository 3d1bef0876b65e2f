import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

const EVERY_MS = 6 * 60 * 60 * 1000

/**
 * SQLite chooses its indexes with statistics that only ANALYZE gathers. Payload gives every
 * translated table an index on (_locale, _parent_id) and reads a document's translations by
 * _parent_id alone; without statistics SQLite cannot use that index for it and reads the whole
 * table, once for every document it reads. At 5,000 posts that is 100 MB of post bodies per post
 * read: importing the 10,000-post archive slowed from 13 documents a second to 4 and falling, and
 * lists in the admin slow down the same way. With statistics SQLite skips through the index
 * (skip-scan, there are two languages). ANALYZE takes about 40 ms on that archive. On MongoDB
 * there is nothing to do.
 */
export async function refreshPlannerStatistics(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  await (payload.db as unknown as SQLiteAdapter).drizzle.run(sql`ANALYZE`)
}

/**
 * When the CMS starts (before it serves anything, so no other write waits for it), and every six
 * hours after: the database grows as editors write.
 */
export async function keepPlannerStatisticsFresh(payload: Payload): Promise<void> {
  const run = () =>
    refreshPlannerStatistics(payload).catch((error: unknown) =>
      payload.logger.error({ err: error }, 'database: could not refresh the query planner statistics'),
    )
  await run()
  setInterval(run, EVERY_MS).unref()
}
