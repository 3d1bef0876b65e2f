import type { CollectionBeforeChangeHook } from 'payload'

/**
 * New tips get the next number. Imports keep the number they bring. The unique index on `number`
 * turns a rare race between two simultaneous creates into an error instead of a duplicate.
 */
export const assignTipNumber: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || typeof data.number === 'number') return data
  const last = await req.payload.find({
    collection: 'tips',
    sort: '-number',
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    select: { number: true },
    req,
  })
  return { ...data, number: (last.docs[0]?.number ?? 0) + 1 }
}
