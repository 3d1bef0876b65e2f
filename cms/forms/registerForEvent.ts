/**
 * A reader registers for an event: within its capacity they get a place, beyond it (or when the
 * editors marked it full) a place on the waiting list. Registrations for one event are handled one
 * at a time, so two readers never both get the last place. Registering twice with one address
 * gives the first registration back instead of a second one.
 */
import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

export type RegistrationOutcome = { status: 'confirmed' | 'waiting' } | { closed: true }

const queues = new Map<string, Promise<unknown>>()

/** Runs `work` after the work already queued for `key`. */
function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve()
  const next = previous.then(work, work)
  queues.set(
    key,
    next
      .catch(() => undefined)
      .finally(() => {
        if (queues.get(key) === next) queues.delete(key)
      }),
  )
  return next
}

export function registerForEvent(
  payload: Payload,
  data: Record<string, unknown>,
): Promise<RegistrationOutcome> {
  const eventId = String(data.event)
  return oneAtATime(eventId, async () => {
    const event = await payload.findByID({
      collection: 'events',
      id: eventId,
      depth: 0,
      overrideAccess: true,
    })
    if (event.cancelled || event.registration === 'closed' || new Date(event.end) <= new Date())
      return { closed: true }
    const existing = await payload.find({
      collection: 'registrations',
      where: {
        and: [
          { event: { equals: event.id } },
          { email: { equals: data.email } },
          { status: { not_equals: 'cancelled' } },
        ],
      },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (existing.docs[0]) return { status: existing.docs[0].status === 'waiting' ? 'waiting' : 'confirmed' }
    const { totalDocs: taken } = await payload.count({
      collection: 'registrations',
      where: { and: [{ event: { equals: event.id } }, { status: { equals: 'confirmed' } }] },
      overrideAccess: true,
    })
    const full = event.registration === 'full' || (event.capacity != null && taken >= event.capacity)
    const status = full ? 'waiting' : 'confirmed'
    await payload.create({
      collection: 'registrations',
      data: {
        event: event.id,
        status,
        language: data.language === 'en' ? 'en' : 'nl',
        name: String(data.name),
        email: String(data.email),
        organisation: (data.organisation as string | undefined) ?? null,
        needs: (data.needs as string | undefined) ?? null,
        consent: Boolean(data.consent),
        cancelToken: randomBytes(24).toString('base64url'),
      },
      overrideAccess: true,
    })
    return { status }
  })
}
