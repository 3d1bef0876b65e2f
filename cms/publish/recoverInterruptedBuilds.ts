import type { Payload } from 'payload'

import { removeInterruptedBuilds } from './liveSite'

/**
 * After a restart in the middle of a build: the build's folder is incomplete and was never made
 * live, so it is removed; its job is still marked as running, which would block every later build,
 * so it goes back into the queue and runs again. Called once by the process that runs the jobs,
 * before it starts them (a single CMS process runs the site builds).
 */
export async function recoverInterruptedBuilds(payload: Payload): Promise<void> {
  const removed = await removeInterruptedBuilds()
  const stuck = await payload.update({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'buildSite' } }, { processing: { equals: true } }] },
    data: { processing: false },
    overrideAccess: true,
  })
  const running = await payload.update({
    collection: 'site-builds',
    where: { status: { equals: 'running' } },
    data: {
      status: 'interrupted',
      finishedAt: new Date().toISOString(),
      summary: 'The CMS stopped during this build.',
    },
    overrideAccess: true,
  })
  if (removed.length || stuck.docs.length || running.docs.length)
    payload.logger.info(
      `site builds: a restart interrupted ${running.docs.length} build(s); removed ${removed.length} unfinished folder(s), ` +
        `queued ${stuck.docs.length} job(s) again`,
    )
}
