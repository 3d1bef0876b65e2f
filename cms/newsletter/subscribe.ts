/**
 * A reader subscribes with the form on the site (POST /forms/newsletter): the address waits for
 * confirmation and gets a mail with a link (double opt-in); nothing else is sent until then. What
 * the form answers never says whether an address was already subscribed.
 */
import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { Subscriber } from '../payload-types'
import { queueSubscriptionMail } from './sendSubscriptionMail'

export const newToken = () => randomBytes(24).toString('base64url')

export async function subscribe(
  payload: Payload,
  data: { email: string; language: 'nl' | 'en' },
  /** The page of the site the form was on, kept as part of the consent. */
  page: string | undefined,
): Promise<void> {
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: { email: { equals: data.email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  const existing = docs[0] as Subscriber | undefined
  // Already receiving it: every newsletter has the link to change the language or leave.
  if (existing?.status === 'active') return
  const fields = {
    status: 'pending' as const,
    language: data.language,
    subscribedAt: new Date().toISOString(),
    subscribedFrom: page?.slice(0, 500) ?? null,
    confirmedAt: null,
    unsubscribedAt: null,
    unsubscribedHow: null,
  }
  const subscriber = existing
    ? await payload.update({
        collection: 'subscribers',
        id: existing.id,
        // A second request before confirming sends the same link again.
        data: {
          ...fields,
          token: existing.status === 'pending' && existing.token ? existing.token : newToken(),
        },
        overrideAccess: true,
      })
    : await payload.create({
        collection: 'subscribers',
        data: { ...fields, email: data.email, token: newToken() },
        overrideAccess: true,
      })
  await queueSubscriptionMail(payload, subscriber.id, 'confirm')
}
