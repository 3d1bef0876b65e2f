import type { Payload } from 'payload'
import sharp, { type Metadata } from 'sharp'

import { maxAnimationPixels, maxImagePixels } from '../uploadLimits'
import { looksLikePdf, presentationFormat, whyPdfCannotBeOffered } from './checkPdf'
import { displayName, normaliseFileName } from './fileName'
import { identifyImage } from './identifyImage'
import { extensionFor, IMAGE_FORMATS, type RasterFormat } from './imageFormats'
import { refusals, refuse } from './refusals'
import { carriesMetadata, stripRasterMetadata } from './stripRasterMetadata'
import { stripSvgMetadata } from './stripSvgMetadata'

export type UploadedFile = { name: string; data: Buffer }
export type CleanFile = { name: string; mimetype: string; data: Buffer }

/** Refuses an image whose header claims more pixels than we are willing to decode. */
function checkDimensions(shown: string, metadata: Metadata): void {
  const { width } = metadata
  const height = metadata.pageHeight ?? metadata.height
  const frames = metadata.pages ?? 1
  if (width * height > maxImagePixels) throw refuse(refusals.tooManyPixels(shown, width, height))
  if (width * height * frames > maxAnimationPixels) {
    throw refuse(refusals.animationTooLarge(shown, width, height, frames))
  }
}

/**
 * Decodes every pixel (a truncated or corrupt file fails here, not halfway through making the
 * sizes) and gives the bytes to store: the same bytes when the image carries no metadata, so a
 * clean file is stored exactly as it came; otherwise the image re-encoded without it.
 */
async function cleanRaster(
  file: UploadedFile,
  shown: string,
  format: RasterFormat,
  metadata: Metadata,
  logger: Payload['logger'],
): Promise<Buffer> {
  checkDimensions(shown, metadata)
  try {
    if (carriesMetadata(file.data, format, metadata)) {
      return await stripRasterMetadata(file.data, format, metadata)
    }
    // stats() reads every pixel of every frame without keeping them.
    const animated = (metadata.pages ?? 1) > 1
    await sharp(file.data, { animated, limitInputPixels: maxAnimationPixels }).stats()
    return file.data
  } catch (err) {
    logger.warn({ err, msg: `Upload "${shown}" could not be decoded as ${format}` })
    throw refuse(refusals.damaged(shown, format))
  }
}

/**
 * Checks an uploaded file on its content and returns it the way we store it: a normalised name
 * whose extension matches the content, the media type of the content, and the bytes without EXIF,
 * XMP, IPTC or SVG metadata (location, camera, author); a PDF (slides) as it came. Throws a public 400 that names the file
 * when it is empty, not an image, an image in a format we do not take, damaged or too large.
 */
export async function cleanUpload(file: UploadedFile, logger: Payload['logger']): Promise<CleanFile> {
  const shown = displayName(file.name)
  if (!file.data.length) throw refuse(refusals.empty(shown))
  if (looksLikePdf(file.data)) {
    const why = whyPdfCannotBeOffered(file.data)
    if (why) throw refuse(refusals.unusablePdf(shown, why))
    return { name: normaliseFileName(file.name, 'pdf'), mimetype: 'application/pdf', data: file.data }
  }
  const presentation = presentationFormat(file.data)
  if (presentation) throw refuse(refusals.presentation(shown, presentation))
  const found = await identifyImage(file.data)
  switch (found.kind) {
    case 'not-an-image':
      throw refuse(refusals.notAnImage(shown, found.description))
    case 'other-image':
      throw refuse(refusals.otherFormat(shown, found.label))
    case 'damaged':
      throw refuse(refusals.damaged(shown, found.format))
    case 'svg':
      return {
        name: normaliseFileName(file.name, extensionFor('svg', file.name)),
        mimetype: IMAGE_FORMATS.svg.mime,
        data: stripSvgMetadata(file.data),
      }
    case 'raster':
      return {
        name: normaliseFileName(file.name, extensionFor(found.format, file.name)),
        mimetype: IMAGE_FORMATS[found.format].mime,
        data: await cleanRaster(file, shown, found.format, found.metadata, logger),
      }
  }
}
