import type { Payload } from 'payload'

import { newsletterConfirmDays, registrationRetentionDays, submissionRetentionDays } from '../../model/forms'

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

/** Deletes the registrations of events that ended more than REGISTRATION_RETENTION_DAYS ago. */
export async function eraseExpiredRegistrations(payload: Payload, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - registrationRetentionDays() * 24 * 60 * 60 * 1000)
  const { docs: events } = await payload.find({
    collection: 'events',
    where: { end: { less_than: cutoff.toISOString() } },
    pagination: false,
    depth: 0,
    select: {},
    overrideAccess: true,
  })
  if (events.length === 0) return 0
  const { docs } = await payload.delete({
    collection: 'registrations',
    where: { event: { in: events.map((event) => event.id) } },
    overrideAccess: true,
    context: { skipMail: true },
  })
  if (docs.length > 0)
    payload.logger.info(
      `registrations: deleted ${docs.length} of events that ended before ${cutoff.toISOString().slice(0, 10)}`,
    )
  return docs.length
}

/** Deletes subscriptions nobody confirmed within NEWSLETTER_CONFIRM_DAYS, as the confirmation mail says. */
export async function eraseUnconfirmedSubscribers(payload: Payload, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - newsletterConfirmDays() * 24 * 60 * 60 * 1000)
  const { docs } = await payload.delete({
    collection: 'subscribers',
    where: {
      and: [{ status: { equals: 'pending' } }, { subscribedAt: { less_than: cutoff.toISOString() } }],
    },
    overrideAccess: true,
  })
  if (docs.length > 0)
    payload.logger.info(`newsletter: deleted ${docs.length} subscriptions not confirmed within the time`)
  return docs.length
}

/** Runs the erasures now and every six hours while the CMS runs. */
export function keepErasingExpiredSubmissions(payload: Payload): void {
  const run = () =>
    Promise.all([
      eraseExpiredSubmissions(payload),
      eraseExpiredRegistrations(payload),
      eraseUnconfirmedSubscribers(payload),
    ]).catch((error: unknown) =>
      payload.logger.error(
        { err: error },
        'forms: could not delete expired submissions, registrations and subscriptions',
      ),
    )
  void run()
  setInterval(run, EVERY_MS).unref()
}
