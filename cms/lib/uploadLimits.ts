/** The largest upload we accept, in bytes. `MAX_UPLOAD_MB` changes it (default 20 MB). */
export const maxUploadBytes = Math.round(Number(process.env.MAX_UPLOAD_MB || 20) * 1024 * 1024)

export const formatMegabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

export const tooLargeMessage = (size?: number): string =>
  `This file is ${size ? formatMegabytes(size) : 'larger than allowed'}; uploads may be at most ` +
  `${formatMegabytes(maxUploadBytes)}. Make the image smaller (for example 2400 pixels wide) and try again.`

/** Images only: what the site can show and the book can embed. */
export const ALLOWED_IMAGE_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'image/gif',
  'image/svg+xml',
] as const
