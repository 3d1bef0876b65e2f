/** The largest upload we accept, in bytes. `MAX_UPLOAD_MB` changes it (default 20 MB). */
export const maxUploadBytes = Math.round(Number(process.env.MAX_UPLOAD_MB || 20) * 1024 * 1024)

export const formatMegabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

export const tooLargeMessage = (size?: number): string =>
  `This file is ${size ? formatMegabytes(size) : 'larger than allowed'}; uploads may be at most ` +
  `${formatMegabytes(maxUploadBytes)}. Make the image smaller (for example 2400 pixels wide), or the PDF (fewer or smaller pictures), and try again.`

/**
 * The most pixels one image (or one frame of an animation) may have. A compressed file of a few
 * kilobytes can claim 20000 × 20000 pixels and take gigabytes of memory to decode, so dimensions are
 * checked from the header before anything decodes the pixels. `MAX_IMAGE_MEGAPIXELS` changes it
 * (default 50: a 8660 × 5773 photo, well above any camera the editors use).
 */
export const maxImagePixels = Math.round(Number(process.env.MAX_IMAGE_MEGAPIXELS || 50) * 1_000_000)

/** All frames of an animation together: decoding them costs as much as one image that size. */
export const maxAnimationPixels = 5 * maxImagePixels

/** Images only: what the site can show and the book can embed. */
export const ALLOWED_IMAGE_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'image/gif',
  'image/svg+xml',
] as const

/** Documents readers download (an event's slides): PDF only, see DOCUMENT_EXTENSIONS in model/kinds.ts. */
export const ALLOWED_DOCUMENT_TYPES = ['application/pdf'] as const
