import type { PayloadRequest } from 'payload'

/**
 * Whether this user is the author of at least one published post: only then is their profile
 * (name, bio, portrait) on the site, and so checked and kept like the site's other content.
 */
export async function wrotePublishedPost(req: PayloadRequest, id: number | string): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: 'posts',
    where: { and: [{ authors: { in: [id] } }, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}
