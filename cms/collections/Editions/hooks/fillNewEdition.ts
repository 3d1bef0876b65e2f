import type { CollectionBeforeChangeHook, PayloadRequest, Where } from 'payload'

/** Without a previous edition, a new one looks back this far. */
const FIRST_EDITION_DAYS = 31

/**
 * A new edition gets the next number and, unless it was given items, what was published since the
 * previous edition was started: posts and tips (newest first), speakers who joined, and the events
 * still to come (soonest first). Later saves leave the items to the editor. An edition imported
 * from content/ keeps its number. Its name in content/ is its number.
 */
export const fillNewEdition: CollectionBeforeChangeHook = async ({
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'create' || (context.contentImport && data.number)) {
    const number = data.number ?? originalDoc?.number
    data.contentId ??= originalDoc?.contentId ?? (number ? String(number) : undefined)
    return data
  }
  const { docs: previous } = await req.payload.find({
    collection: 'editions',
    sort: '-number',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const last = previous[0]
  const since =
    last?.createdAt ?? new Date(Date.now() - FIRST_EDITION_DAYS * 24 * 60 * 60 * 1000).toISOString()
  data.number = (last?.number ?? 0) + 1
  data.contentId = String(data.number)
  data.since = since
  if (!Array.isArray(data.items) || data.items.length === 0) data.items = await publishedSince(req, since)
  return data
}

async function publishedSince(req: PayloadRequest, since: string) {
  const published: Where = { _status: { equals: 'published' } }
  const find = async (
    collection: 'posts' | 'tips' | 'events' | 'speakers',
    where: Where,
    sort: string,
  ): Promise<{ relationTo: typeof collection; value: number | string }[]> => {
    const { docs } = await req.payload.find({
      collection,
      where: { and: [published, where] },
      sort,
      limit: 20,
      depth: 0,
      select: {},
      overrideAccess: true,
      req,
    })
    return docs.map((doc) => ({ relationTo: collection, value: doc.id }))
  }
  const [posts, tips, speakers, events] = await Promise.all([
    find('posts', { publishedAt: { greater_than: since } }, '-publishedAt'),
    find('tips', { publishedAt: { greater_than: since } }, '-publishedAt'),
    find('speakers', { createdAt: { greater_than: since } }, 'name'),
    find('events', { end: { greater_than: new Date().toISOString() } }, 'start'),
  ])
  return [...posts, ...tips, ...events, ...speakers]
}
