import type { Payload } from 'payload'

import { submissionRetentionDays } from '../../model/forms'

const EVERY_MS = 6 * 60 * 60 * 1000

/**
 * Deletes submissions older than SUBMISSION_RETENTION_DAYS, personal data and all, as the forms
 * promise. Idempotent, so it simply runs when the CMS starts and every six hours after; a tip made
 * from a submission lives on in the tips collection (with the credit the sender agreed to).
 */
export async function eraseExpiredSubmissions(payload: Payload, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - submissionRetentionDays() * 24 * 60 * 60 * 1000)
  const { docs } = await payload.delete({
    collection: 'submissions',
    where: { createdAt: { less_than: cutoff.toISOString() } },
    overrideAccess: true,
    context: { skipMail: true },
  })
  if (docs.length > 0)
    payload.logger.info(`submissions: deleted ${docs.length} older than ${cutoff.toISOString().slice(0, 10)}`)
  return docs.length
}

/** Runs the erasure now and every six hours while the CMS runs. */
export function keepErasingExpiredSubmissions(payload: Payload): void {
  const run = () =>
    eraseExpiredSubmissions(payload).catch((error: unknown) =>
      payload.logger.error({ err: error }, 'submissions: could not delete expired submissions'),
    )
  void run()
  setInterval(run, EVERY_MS).unref()
}
