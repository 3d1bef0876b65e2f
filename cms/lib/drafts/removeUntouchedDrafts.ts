import type { CollectionSlug, Payload, Where } from 'payload'

/** How long an untouched draft may wait for its editor before it is removed. */
export const UNTOUCHED_DRAFT_HOURS = 1
/** Saved again within this long after it was made counts as never changed (the create view's own save). */
const SAME_MOMENT_MS = 5_000
const EVERY_MS = 15 * 60 * 1000

/**
 * "Create new" in a collection that autosaves stores a draft the moment the view opens (Payload does
 * this so autosave has a document to save into). An editor who looks and leaves would leave an empty
 * "<No Title>" draft in the list for good. This removes drafts that have no title and were never
 * changed after they were made, once they are an hour old: nobody typed anything into them. A draft
 * with a title, or one changed even once, is the editor's work and is never touched.
 */
export async function removeUntouchedDrafts(payload: Payload, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - UNTOUCHED_DRAFT_HOURS * 60 * 60 * 1000).toISOString()
  let removed = 0
  for (const collection of payload.config.collections) {
    const drafts = collection.versions?.drafts
    if (!drafts || !drafts.autosave) continue
    // Without a title field there is no telling an empty draft from one with content: leave them.
    const title = collection.admin.useAsTitle
    if (!title) continue
    const noTitle: Where[] = [{ [title]: { exists: false } }, { [title]: { equals: '' } }]
    const { docs } = await payload.find({
      collection: collection.slug as CollectionSlug,
      where: {
        and: [{ _status: { equals: 'draft' } }, { createdAt: { less_than: cutoff } }, { or: noTitle }],
      },
      draft: true,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const untouched = (docs as { id: number | string; createdAt: string; updatedAt: string }[]).filter(
      (doc) => new Date(doc.updatedAt).getTime() - new Date(doc.createdAt).getTime() < SAME_MOMENT_MS,
    )
    for (const doc of untouched) {
      await payload.delete({
        collection: collection.slug as CollectionSlug,
        id: doc.id,
        overrideAccess: true,
      })
      removed++
    }
    if (untouched.length > 0)
      payload.logger.info(`${collection.slug}: removed ${untouched.length} empty draft(s) nobody typed in`)
  }
  return removed
}

/** Runs when the CMS starts and every quarter of an hour after. */
export function keepRemovingUntouchedDrafts(payload: Payload): void {
  const run = () =>
    removeUntouchedDrafts(payload).catch((error: unknown) =>
      payload.logger.error({ err: error }, 'drafts: could not remove empty drafts'),
    )
  void run()
  setInterval(run, EVERY_MS).unref()
}
