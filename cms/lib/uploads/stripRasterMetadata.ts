import sharp, { type Metadata } from 'sharp'

import { maxAnimationPixels } from '../uploadLimits'
import type { RasterFormat } from './imageFormats'

/**
 * JPEG segments that may carry something about the photographer or the camera beyond what sharp
 * reports as EXIF, XMP or IPTC: comments (COM) and every application segment except JFIF (APP0),
 * the ICC profile (APP2) and Adobe's colour transform (APP14).
 */
function jpegHasOtherMetadata(bytes: Buffer): boolean {
  let at = 2
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]
    if (marker === 0xff) {
      at += 1 // fill byte
      continue
    }
    if (marker === 0xda || marker === 0xd9) return false // start of scan: no more headers
    if (marker === 0xfe || (marker >= 0xe1 && marker <= 0xef && marker !== 0xe2 && marker !== 0xee))
      return true
    at += 2 + bytes.readUInt16BE(at + 2)
  }
  return false
}

/**
 * Whether the file carries anything beyond pixels, colour profile and resolution: EXIF (camera,
 * date, GPS position, orientation), XMP, IPTC, PNG text chunks, JPEG comments.
 */
export function carriesMetadata(bytes: Buffer, format: RasterFormat, metadata: Metadata): boolean {
  if (metadata.exif || metadata.xmp || metadata.iptc || metadata.comments?.length) return true
  return format === 'jpeg' && jpegHasOtherMetadata(bytes)
}

/** WebP keeps lossless files lossless: a "VP8L" bitstream, on its own or inside an extended file. */
function isLosslessWebp(bytes: Buffer): boolean {
  for (let at = 12; at + 8 <= bytes.length;) {
    const chunk = bytes.toString('latin1', at, at + 4)
    if (chunk === 'VP8L') return true
    if (chunk === 'VP8 ') return false
    // An animation frame holds its bitstream after a 16-byte frame header.
    if (chunk === 'ANMF') {
      at += 8 + 16
      continue
    }
    const size = bytes.readUInt32LE(at + 4)
    at += 8 + size + (size % 2)
  }
  return false
}

/**
 * The same image in the same format without any metadata: EXIF orientation applied to the pixels
 * (a portrait phone photo stays upright), the ICC colour profile kept, animation kept, re-encoded at
 * high quality (PNG, GIF and lossless WebP stay lossless).
 */
export async function stripRasterMetadata(
  bytes: Buffer,
  format: RasterFormat,
  metadata: Metadata,
): Promise<Buffer> {
  const animated = (metadata.pages ?? 1) > 1
  let image = sharp(bytes, { animated, limitInputPixels: maxAnimationPixels }).keepIccProfile()
  if ((metadata.orientation ?? 1) !== 1) image = image.autoOrient()
  switch (format) {
    case 'jpeg':
      image = image.jpeg({
        quality: 90,
        mozjpeg: false,
        progressive: metadata.isProgressive,
        chromaSubsampling: metadata.chromaSubsampling === '4:4:4' ? '4:4:4' : '4:2:0',
      })
      break
    case 'png':
      image = image.png({ compressionLevel: 9 })
      break
    case 'webp':
      image = image.webp(isLosslessWebp(bytes) ? { lossless: true } : { quality: 90 })
      break
    case 'avif':
      image = image.avif({ quality: 90 })
      break
    case 'gif':
      image = image.gif()
      break
  }
  return image.toBuffer()
}
