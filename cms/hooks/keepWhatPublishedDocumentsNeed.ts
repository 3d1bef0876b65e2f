import {
  type CollectionBeforeDeleteHook,
  type CollectionSlug,
  type PayloadRequest,
  type Where,
} from 'payload'

import type { MediaHolds } from '../../model/kinds'
import { publicError } from '../lib/guards/publicError'
import { wrotePublishedPost } from '../lib/wrotePublishedPost'

/**
 * Deleting something a published document needs would make the export leave that document out (a
 * post without authors) or drop part of it (a hero image), silently. So the delete is refused, with
 * the documents that need it, and the editor decides: another author, another image, or unpublish.
 */
type Use = { collection: CollectionSlug; field: string; what: string; holds?: MediaHolds }

const USES: Record<string, Use[]> = {
  users: [{ collection: 'posts', field: 'authors', what: 'author' }],
  media: [
    { collection: 'posts', field: 'heroImage', what: 'hero image' },
    { collection: 'speakers', field: 'photo', what: 'portrait' },
    { collection: 'books', field: 'cover', what: 'cover' },
    { collection: 'users', field: 'photo', what: 'portrait' },
    { collection: 'events', field: 'heroImage', what: 'image' },
    { collection: 'events', field: 'photos', what: 'photos' },
    { collection: 'events', field: 'slides', what: 'slides', holds: 'documents' },
  ],
}

const DRAFTLESS = new Set(['books', 'users'])

/** Which published documents show this image or name this author, e.g. `the hero image of "Open data"`. */
export async function publicUses(
  req: PayloadRequest,
  collection: string,
  id: number | string,
  /** Only the uses that take images, or documents (a media file is one or the other). */
  holds?: MediaHolds,
): Promise<string[]> {
  const needs: string[] = []
  for (const use of USES[collection] ?? []) {
    if (holds && (use.holds ?? 'images') !== holds) continue
    const where: Where = { [use.field]: { in: [id] } }
    const found = await req.payload.find({
      collection: use.collection,
      where: DRAFTLESS.has(use.collection) ? where : { and: [where, { _status: { equals: 'published' } }] },
      depth: 0,
      limit: 5,
      overrideAccess: true,
      req,
    })
    for (const doc of found.docs as unknown as Record<string, unknown>[])
      if (await isPublic(req, use.collection, doc))
        needs.push(`the ${use.what} of "${String(doc.title ?? doc.name ?? doc.id)}"`)
  }
  return needs
}

export const keepWhatPublishedDocumentsNeed: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const needs = await publicUses(req, collection.slug, id)
  if (needs.length)
    throw publicError(
      'NeededByPublishedDocuments',
      `This is ${needs.join(', ')}, which the site shows. Choose another ${collection.slug === 'users' ? 'author' : 'file'} there, or unpublish it, before deleting this.`,
      400,
    )
}

/** A user's portrait is public only when they wrote a published post. */
const isPublic = (req: PayloadRequest, collection: CollectionSlug, doc: Record<string, unknown>) =>
  collection !== 'users' || wrotePublishedPost(req, doc.id as number | string)
