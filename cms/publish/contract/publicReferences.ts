import path from 'node:path'
import type { CollectionSlug, PayloadRequest } from 'payload'

import {
  AUTHORS,
  isPublicDocument,
  KINDS,
  whyImageCannotBeShown,
  whyMediaCannotBeUsed,
  whyNotADocument,
  type MediaHolds,
} from '../../../model/kinds'
import { authorSchema } from '../../../model/schemas'
import { kindByName, type ExportLookup } from '../../content/kinds'
import type { Referenced } from './referencedIds'
import { relationId } from '../../lib/relationId'

/** What the site can show of the documents and images a document refers to. */
export type PublicReferences = {
  /** The content id of a referenced document or image the site will have, as the export looks it up. */
  lookup: ExportLookup
  /**
   * Why a referenced document or file cannot be on the site where it is used (a media file as an
   * image, or as a document to download); undefined when it can.
   */
  whyNot(collection: string, id: unknown, holds?: MediaHolds): string | undefined
  /** Why the media file with this content id cannot be shown as an image in a body; for checkMarkdown. */
  imageProblem(contentId: string): string | undefined
}

/**
 * Looks up, in one query per collection, which referenced documents will be in content/ when this
 * document is published: published ones (documents with drafts), images with a raster original and
 * PDF files (each fit for its own use), and authors whose public profile the site can show. Runs
 * inside the request, so it sees its writes.
 */
export async function publicReferences(
  req: PayloadRequest,
  referenced: Referenced,
): Promise<PublicReferences> {
  const contentIds = new Map<string, Map<string, string>>()
  const reasons = new Map<string, Map<string, string>>()
  // Media files by database id and by content id: their extension says where they can be used.
  const mediaFiles = new Map<string, { label: string; extension: string }>()
  const mediaByContentId = new Map<string, string>()
  const refuse = (collection: string, id: unknown, reason: string) => {
    const map = reasons.get(collection) ?? new Map()
    map.set(String(id), reason)
    reasons.set(collection, map)
  }

  for (const [collection, ids] of referenced) {
    const known = new Map<string, string>()
    contentIds.set(collection, known)
    const kind = KINDS.find((each) => each.collection === collection)
    const result = await req.payload.find({
      collection: collection as CollectionSlug,
      where: { id: { in: [...ids] } },
      depth: 0,
      pagination: false,
      draft: false,
      overrideAccess: true,
      req,
    })
    for (const doc of result.docs as unknown as Record<string, unknown>[]) {
      const id = String(doc.id)
      const label = String(doc.title ?? doc.name ?? doc.filename ?? id)
      if (!doc.contentId) continue
      if (kind && !isPublicDocument(kind, doc)) {
        refuse(collection, id, `"${label}" is not published`)
        continue
      }
      if (collection === 'media') {
        const extension = path.extname(String(doc.filename ?? '')).slice(1)
        // An SVG has no place on the site at all; an image or a PDF depends on where it is used.
        const why = whyImageCannotBeShown(extension)
        if (why && whyNotADocument(extension)) {
          refuse(collection, id, `"${label}": ${why}`)
          continue
        }
        mediaFiles.set(id, { label, extension })
        mediaByContentId.set(String(doc.contentId), extension)
      }
      if (collection === AUTHORS.collection) {
        const profile = authorSchema.safeParse(
          kindByName(AUTHORS.name).toFrontMatter(doc as never, () => undefined),
        )
        if (!profile.success) {
          const reason = profile.error.issues
            .map((issue) => `${issue.path.join('.')} ${issue.message}`)
            .join('; ')
          refuse(
            collection,
            id,
            `the public profile of ${label} cannot be shown (${reason}); fix it under Users first`,
          )
          continue
        }
      }
      known.set(id, String(doc.contentId))
    }
    for (const id of ids)
      if (!known.has(String(id)) && !reasons.get(collection)?.has(String(id)))
        refuse(
          collection,
          id,
          `there is no ${collection === 'media' ? 'image' : 'document'} with id ${String(id)}`,
        )
  }

  const key = (value: unknown) => String(relationId(value))
  return {
    lookup: (collection, id) =>
      id === null || id === undefined ? undefined : contentIds.get(collection)?.get(key(id)),
    whyNot: (collection, id, holds) => {
      const reason = reasons.get(collection)?.get(key(id))
      const media = collection === 'media' ? mediaFiles.get(key(id)) : undefined
      const why = media && whyMediaCannotBeUsed(media.extension, holds)
      return reason ?? (why ? `"${media.label}": ${why}` : undefined)
    },
    imageProblem: (contentId) => {
      const extension = mediaByContentId.get(contentId)
      return extension === undefined ? undefined : whyImageCannotBeShown(extension)
    },
  }
}
