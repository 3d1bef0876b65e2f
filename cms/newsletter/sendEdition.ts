/**
 * Sending an edition: the `sendEdition` job on the `newsletter` queue. It first makes a delivery for
 * every active subscriber (once: deliveries are unique per edition and subscriber), then sends the
 * queued ones one at a time at NEWSLETTER_RATE a second, marking each `sending` before and `sent`
 * after. A crash or restart resumes where it stopped (./recoverInterruptedSending.ts puts a
 * `sending` delivery back in the queue); the mail it sends again carries the same Message-ID, so
 * mail programs keep one copy. A refusal for one address (5xx) fails that delivery and counts
 * against the address (deactivated at 3 in a row); a server that is away (anything else) stops
 * the run, and the job is retried later.
 */
import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import type { Locale } from '../../model/locales'
import { publicSiteOrigin } from '../lib/guards/origins'
import { openBulkMailer, type BulkMailer } from '../lib/mail/bulkMailer'
import type { Delivery, Edition, Subscriber } from '../payload-types'
import { editionContent } from './editionContent'
import { editionLinks, renderEdition } from './renderEdition'
import { relationId } from '../lib/relationId'

export const NEWSLETTER_QUEUE = 'newsletter'
/** Hard refusals in a row after which an address gets no more newsletters. */
export const MAX_FAILURES = 3

/** Mails a second (NEWSLETTER_RATE, default 10), so a mail server or provider never sees a flood. */
export function newsletterRate(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.NEWSLETTER_RATE?.trim()
  if (!raw) return 10
  const rate = Number(raw)
  if (!Number.isFinite(rate) || rate <= 0 || rate > 1000)
    throw new Error(`NEWSLETTER_RATE must be a number of mails a second from 0.1 to 1000 (got "${raw}")`)
  return rate
}

export const sendEditionTask: TaskConfig<'sendEdition'> = {
  slug: 'sendEdition',
  label: 'Send a newsletter edition',
  inputSchema: [{ name: 'edition', type: 'text', required: true }],
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    await sendEdition(req.payload, input.edition, req)
    return { output: {} }
  },
}

export const queueEdition = (payload: Payload, edition: number | string, req?: PayloadRequest) =>
  payload.jobs.queue({
    task: 'sendEdition',
    queue: NEWSLETTER_QUEUE,
    input: { edition: String(edition) },
    req,
  })

export async function sendEdition(payload: Payload, editionId: number | string, req?: PayloadRequest) {
  const edition = (await payload.findByID({
    collection: 'editions',
    id: editionId,
    depth: 0,
    overrideAccess: true,
  })) as Edition
  if (edition.status !== 'sending') return
  await makeDeliveries(payload, edition)
  const mailer = openBulkMailer(payload)
  try {
    await sendQueued(payload, edition, mailer)
  } finally {
    mailer.close()
  }
  await payload.update({
    collection: 'editions',
    id: edition.id,
    data: { status: 'sent', sentAt: new Date().toISOString() },
    overrideAccess: true,
    req,
  })
  payload.logger.info(`newsletter: edition ${edition.number} sent`)
}

async function sendQueued(payload: Payload, edition: Edition, mailer: BulkMailer) {
  const rendered = new Map<Locale, Awaited<ReturnType<typeof editionContent>>>()
  const contentIn = async (locale: Locale) => {
    if (!rendered.has(locale)) rendered.set(locale, await editionContent(payload, edition, locale))
    return rendered.get(locale)!
  }
  const interval = 1000 / newsletterRate()
  const host = new URL(publicSiteOrigin()).hostname
  let next = Date.now()
  for (;;) {
    const { docs } = await payload.find({
      collection: 'deliveries',
      where: { and: [{ edition: { equals: edition.id } }, { status: { equals: 'queued' } }] },
      sort: 'id',
      limit: 50,
      depth: 0,
      overrideAccess: true,
    })
    if (docs.length === 0) break
    const deliveries = docs as Delivery[]
    const { docs: found } = await payload.find({
      collection: 'subscribers',
      where: { id: { in: deliveries.map((delivery) => relationId(delivery.subscriber)) } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
    })
    const subscribers = new Map(found.map((subscriber) => [String(subscriber.id), subscriber as Subscriber]))
    for (const delivery of deliveries) {
      const wait = next - Date.now()
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
      next = Math.max(next + interval, Date.now())
      const subscriber = subscribers.get(String(relationId(delivery.subscriber)))
      await deliver(payload, mailer, edition, delivery, subscriber, await contentIn(delivery.language), host)
    }
  }
}

/** A delivery for every active subscriber who has none for this edition yet. */
async function makeDeliveries(payload: Payload, edition: Edition) {
  const [{ docs: subscribers }, { docs: existing }] = await Promise.all([
    payload.find({
      collection: 'subscribers',
      where: { status: { equals: 'active' } },
      pagination: false,
      depth: 0,
      select: { email: true, language: true },
      overrideAccess: true,
    }),
    payload.find({
      collection: 'deliveries',
      where: { edition: { equals: edition.id } },
      pagination: false,
      depth: 0,
      select: { subscriber: true },
      overrideAccess: true,
    }),
  ])
  const has = new Set(existing.map((delivery) => String(relationId(delivery.subscriber))))
  const missing = subscribers.filter((subscriber) => !has.has(String(subscriber.id)))
  // Straight to the database: a few thousand rows through the full create operation take a minute.
  const now = new Date().toISOString()
  for (let i = 0; i < missing.length; i += 50)
    await Promise.all(
      missing.slice(i, i + 50).map((subscriber) =>
        payload.db.create({
          collection: 'deliveries',
          data: {
            edition: edition.id,
            subscriber: subscriber.id,
            email: subscriber.email,
            language: subscriber.language,
            status: 'queued',
            attempts: 0,
            createdAt: now,
            updatedAt: now,
          },
          returning: false,
        }),
      ),
    )
  const made = missing.length
  if (made > 0) payload.logger.info(`newsletter: edition ${edition.number} queued for ${made} subscribers`)
}

async function deliver(
  payload: Payload,
  mailer: BulkMailer,
  edition: Edition,
  delivery: Delivery,
  subscriber: Subscriber | undefined,
  content: Awaited<ReturnType<typeof editionContent>>,
  host: string,
) {
  // A status change goes straight to the database, so the pace is the mail server's, not ours.
  const mark = (data: Partial<Delivery>) =>
    payload.db.updateOne({
      collection: 'deliveries',
      id: delivery.id,
      data: { ...data, updatedAt: new Date().toISOString() },
      returning: false,
    })
  // Left or deleted since the edition was queued: nothing is sent.
  if (!subscriber || subscriber.status !== 'active') {
    await mark({ status: 'failed', error: 'No longer subscribed when it was their turn.' })
    return
  }
  await mark({ status: 'sending', attempts: (delivery.attempts ?? 0) + 1 })
  const mail = renderEdition(content, delivery.language, editionLinks(subscriber.token!))
  try {
    await mailer.send({
      to: subscriber.email,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      headers: mail.headers,
      // The same for every attempt: a copy sent again after a crash is recognised as the same mail.
      messageId: `<edition-${edition.number}.subscriber-${subscriber.id}@${host}>`,
    })
  } catch (error) {
    const failure = error as { responseCode?: number; cause?: { responseCode?: number } }
    const code = failure.responseCode ?? failure.cause?.responseCode
    if (code && code >= 500) {
      const reason = ((error as Error).message ?? '').slice(0, 500)
      await mark({ status: 'failed', error: reason })
      const failures = (subscriber.failures ?? 0) + 1
      await payload.update({
        collection: 'subscribers',
        id: subscriber.id,
        data: {
          failures,
          lastFailure: reason,
          ...(failures >= MAX_FAILURES ? { status: 'deactivated' as const } : {}),
        },
        overrideAccess: true,
      })
      return
    }
    // The server is away or busy: back in the queue, and the job is retried later.
    await mark({ status: 'queued' })
    throw error
  }
  await mark({ status: 'sent', sentAt: new Date().toISOString(), error: null })
  if (subscriber.failures)
    await payload.update({
      collection: 'subscribers',
      id: subscriber.id,
      data: { failures: 0 },
      overrideAccess: true,
    })
}
