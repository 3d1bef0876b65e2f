import path from 'node:path'
import type { CollectionBeforeChangeHook } from 'payload'

import { whyImageCannotBeShown } from '../../../../model/kinds'
import { publicUses } from '../../../hooks/keepWhatPublishedDocumentsNeed'
import { publicError } from '../../../lib/guards/publicError'

/**
 * Replacing the file of an image that the site shows (a hero image, a portrait, a cover) with one
 * the site cannot show, such as an SVG, would stop the next build. It is refused, naming where the
 * image is shown; the same replacement of an image nobody shows is fine.
 */
export const keepShownImagesRaster: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id || !data.filename || data.filename === originalDoc.filename)
    return data
  const why = whyImageCannotBeShown(path.extname(String(data.filename)).slice(1))
  if (!why) return data
  const uses = await publicUses(req, 'media', originalDoc.id)
  if (uses.length)
    throw publicError(
      'ShownImageMustStayRaster',
      `This image is ${uses.join(', ')}, which the site shows, and the new file cannot be shown: ${why}.`,
      400,
    )
  return data
}
