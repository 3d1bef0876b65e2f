import sharp, { type Metadata } from 'sharp'

import { RASTER_BY_MEDIA_TYPE, type RasterFormat } from './imageFormats'
import { looksLikeSvg } from './svgText'

/** What an upload's bytes hold, whatever its name or the browser says. */
export type Identified =
  | { kind: 'raster'; format: RasterFormat; metadata: Metadata }
  | { kind: 'svg' }
  /** Starts like one of our formats, but its header cannot be read. */
  | { kind: 'damaged'; format: RasterFormat }
  /** An image in a format the site cannot show (TIFF, HEIC, ...). */
  | { kind: 'other-image'; label: string }
  | { kind: 'not-an-image'; description: string | undefined }

function startsWith(bytes: Buffer, signature: string | number[], at = 0): boolean {
  const expected = typeof signature === 'string' ? Buffer.from(signature, 'latin1') : Buffer.from(signature)
  return expected.equals(bytes.subarray(at, at + expected.length))
}

/** AVIF is an ISO base media file whose "ftyp" box lists the avif (still) or avis (animated) brand. */
function isAvif(bytes: Buffer): boolean {
  if (bytes.length < 16 || !startsWith(bytes, 'ftyp', 4)) return false
  const boxEnd = Math.min(bytes.readUInt32BE(0), bytes.length)
  for (let at = 8; at + 4 <= boxEnd; at += 4) {
    const brand = bytes.toString('latin1', at, at + 4)
    if (brand === 'avif' || brand === 'avis') return true
  }
  return false
}

/** Recognises our raster formats by their signature, so a broken file is called broken, not "not an image". */
function sniffRaster(bytes: Buffer): RasterFormat | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a')) return 'gif'
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) return 'webp'
  if (isAvif(bytes)) return 'avif'
  return undefined
}

/** A few common things people upload by mistake, so the refusal can say what the file is. */
function describeNonImage(bytes: Buffer): string | undefined {
  if (startsWith(bytes, '%PDF-')) return 'a PDF document'
  if (startsWith(bytes, 'PK\u0003\u0004')) return 'a ZIP archive (or an Office document)'
  // The first 4 KB, less a character that may be cut in half at the end.
  const head = bytes.subarray(0, bytes.length > 4096 ? 4093 : 4096)
  if (!head.includes(0) && !head.toString('utf8').includes('\ufffd')) return 'text'
  return undefined
}

const OTHER_LABELS: Record<string, string> = {
  'image/heic': 'HEIC',
  'image/tiff': 'TIFF',
  'image/jp2': 'JPEG 2000',
  'image/jxl': 'JPEG XL',
}

/**
 * Reads the header only (no pixels are decoded, so a pixel bomb costs nothing here): the format and
 * sharp's metadata (dimensions, frames, EXIF, XMP, IPTC, ICC, orientation).
 */
export async function identifyImage(bytes: Buffer): Promise<Identified> {
  const sniffed = sniffRaster(bytes)
  // SVG is text for Payload's own checks, which look for scripts; it never goes to an SVG renderer here.
  if (!sniffed && looksLikeSvg(bytes)) return { kind: 'svg' }
  let metadata: Metadata
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata()
  } catch {
    return sniffed
      ? { kind: 'damaged', format: sniffed }
      : { kind: 'not-an-image', description: describeNonImage(bytes) }
  }
  const mediaType = metadata.mediaType ?? ''
  const format = RASTER_BY_MEDIA_TYPE[mediaType]
  if (format) return { kind: 'raster', format, metadata }
  if (mediaType === 'image/svg+xml') return { kind: 'svg' }
  if (mediaType === 'application/pdf') return { kind: 'not-an-image', description: 'a PDF document' }
  return { kind: 'other-image', label: OTHER_LABELS[mediaType] ?? metadata.format.toUpperCase() }
}
