import type { CollectionAfterChangeHook } from 'payload'

import { queueRegistrationMail } from '../../Registrations/sendRegistrationMail'

/**
 * After a published event changed in a way calendars must know (its SEQUENCE went up, see
 * countCalendarChanges.ts): everyone registered or waiting gets a mail with the new details and an
 * updated .ics, or the news that it was called off. And when the editors made room (a larger
 * capacity, or "full" lifted), the waiting list moves up into the free places.
 */
export const tellParticipants: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'update' || context.contentImport || doc._status !== 'published') return doc
  const registrations = (status: 'confirmed' | 'waiting') =>
    req.payload.find({
      collection: 'registrations',
      where: { and: [{ event: { equals: doc.id } }, { status: { equals: status } }] },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })

  if (Number(doc.sequence ?? 0) > Number(previousDoc?.sequence ?? 0) && !context.skipMail) {
    const mail = doc.cancelled && !previousDoc?.cancelled ? 'event-cancelled' : 'event-changed'
    const [confirmed, waiting] = await Promise.all([registrations('confirmed'), registrations('waiting')])
    for (const registration of [...confirmed.docs, ...waiting.docs])
      await queueRegistrationMail(req.payload, registration.id, mail, req)
  }

  const madeRoom =
    !doc.cancelled &&
    doc.registration === 'open' &&
    (previousDoc?.registration === 'full' ||
      Number(doc.capacity ?? Infinity) > Number(previousDoc?.capacity ?? Infinity))
  if (madeRoom) {
    const [confirmed, waiting] = await Promise.all([registrations('confirmed'), registrations('waiting')])
    const free =
      doc.capacity == null ? waiting.docs.length : Math.max(0, doc.capacity - confirmed.docs.length)
    for (const registration of waiting.docs.slice(0, free))
      await req.payload.update({
        collection: 'registrations',
        id: registration.id,
        data: { status: 'confirmed' },
        overrideAccess: true,
        req,
      })
  }
  return doc
}
