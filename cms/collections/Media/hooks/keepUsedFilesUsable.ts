import path from 'node:path'
import type { CollectionBeforeChangeHook } from 'payload'

import { whyMediaCannotBeUsed, type MediaHolds } from '../../../../model/kinds'
import { publicUses } from '../../../hooks/keepWhatPublishedDocumentsNeed'
import { publicError } from '../../../lib/guards/publicError'

const HOLDS: MediaHolds[] = ['images', 'documents']

/**
 * Replacing the file of an image that the site shows (a hero image, a portrait, a cover) with one
 * the site cannot show, such as an SVG or a PDF, would stop the next build; so would replacing an
 * event's slides with an image. It is refused, naming where the file is used; the same replacement
 * of a file nobody uses is fine.
 */
export const keepUsedFilesUsable: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id || !data.filename || data.filename === originalDoc.filename)
    return data
  const extension = path.extname(String(data.filename)).slice(1)
  for (const holds of HOLDS) {
    const why = whyMediaCannotBeUsed(extension, holds)
    if (!why) continue
    const uses = await publicUses(req, 'media', originalDoc.id, holds)
    if (uses.length)
      throw publicError(
        'UsedFileMustStayUsable',
        `This file is ${uses.join(', ')}, which the site shows, and the new file cannot be used there: ${why}.`,
        400,
      )
  }
  return data
}
