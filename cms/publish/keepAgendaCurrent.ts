import type { Payload } from 'payload'

import { requestSiteBuild } from './requestSiteBuild'

const EVERY_MS = 15 * 60 * 1000

/**
 * The site is static, so an event stays "upcoming" on the agenda, the home page and in the
 * calendar feed until the site is built again. When a published event has ended since the last
 * build that went live, this asks for a build (forced: no content changed, time did).
 */
export async function rebuildForEndedEvents(payload: Payload, now = new Date()): Promise<boolean> {
  const { docs: builds } = await payload.find({
    collection: 'site-builds',
    where: { status: { in: ['live', 'unchanged'] } },
    sort: '-startedAt',
    limit: 1,
    depth: 0,
  })
  const since = builds[0]?.startedAt
  if (!since) return false
  const { docs: ended } = await payload.find({
    collection: 'events',
    where: {
      and: [
        { _status: { equals: 'published' } },
        { end: { greater_than: since } },
        { end: { less_than_equal: now.toISOString() } },
      ],
    },
    limit: 1,
    depth: 0,
  })
  if (ended.length === 0) return false
  await requestSiteBuild(payload, {
    trigger: `events/${ended[0]!.slug} ended: to the archive`,
    force: true,
    delayMs: 0,
  })
  return true
}

/** Checks every quarter of an hour while the CMS runs. */
export function keepAgendaCurrent(payload: Payload): void {
  setInterval(() => {
    rebuildForEndedEvents(payload).catch((error: unknown) =>
      payload.logger.error({ err: error }, 'agenda: could not check for ended events'),
    )
  }, EVERY_MS).unref()
}
