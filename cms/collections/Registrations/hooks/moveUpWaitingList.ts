import type { CollectionAfterChangeHook } from 'payload'
import { relationId } from '../../../lib/relationId'

/**
 * When someone with a place cancels, the first person on the waiting list gets it (and a mail,
 * ./queueRegistrationMails.ts).
 */
export const moveUpWaitingList: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || previousDoc?.status !== 'confirmed' || doc.status !== 'cancelled') return doc
  const event = relationId(doc.event)!
  const { docs } = await req.payload.find({
    collection: 'registrations',
    where: { and: [{ event: { equals: event } }, { status: { equals: 'waiting' } }] },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs[0])
    await req.payload.update({
      collection: 'registrations',
      id: docs[0].id,
      data: { status: 'confirmed' },
      overrideAccess: true,
      req,
    })
  return doc
}
