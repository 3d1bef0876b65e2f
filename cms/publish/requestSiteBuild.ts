import type { Payload, PayloadRequest } from 'payload'

/** Bursts of publishes within this window become one build. `SITE_BUILD_DELAY_MS` changes it. */
const DEFAULT_DELAY_MS = 300

export const SITE_BUILD_QUEUE = 'site'

export type SiteBuildRequest = {
  /** Why: shown in the admin's list of builds ("posts/open-koffie published"). */
  trigger: string
  full?: boolean
  force?: boolean
  delayMs?: number
  /** The request whose transaction the job joins (a hook's), so a rolled-back change queues nothing. */
  req?: PayloadRequest
}

/**
 * Queues a site build in Payload's jobs queue (persisted, so it survives a restart). The build task
 * supersedes older queued builds, and each request waits a moment before it may start: twenty
 * publishes in a few seconds leave one queued build, which exports the latest published state
 * when it runs. A build that is already running finishes; the queued one runs after it.
 */
export async function requestSiteBuild(payload: Payload, request: SiteBuildRequest): Promise<void> {
  const delayMs = request.delayMs ?? Number(process.env.SITE_BUILD_DELAY_MS ?? DEFAULT_DELAY_MS)
  await payload.jobs.queue({
    task: 'buildSite',
    queue: SITE_BUILD_QUEUE,
    input: { trigger: request.trigger, full: request.full ?? false, force: request.force ?? false },
    waitUntil: new Date(Date.now() + delayMs),
    req: request.req,
  })
}
