import type { ALLOWED_IMAGE_TYPES } from '../uploadLimits'

export type RasterFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif'
export type ImageFormat = RasterFormat | 'svg'

type FormatInfo = {
  label: string
  mime: (typeof ALLOWED_IMAGE_TYPES)[number]
  /** The first is the one a file gets when its own extension does not match its content. */
  extensions: string[]
}

/** The formats we store, one entry for each of ALLOWED_IMAGE_TYPES. */
export const IMAGE_FORMATS: Record<ImageFormat, FormatInfo> = {
  jpeg: { label: 'JPEG', mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  png: { label: 'PNG', mime: 'image/png', extensions: ['png'] },
  webp: { label: 'WebP', mime: 'image/webp', extensions: ['webp'] },
  avif: { label: 'AVIF', mime: 'image/avif', extensions: ['avif'] },
  gif: { label: 'GIF', mime: 'image/gif', extensions: ['gif'] },
  svg: { label: 'SVG', mime: 'image/svg+xml', extensions: ['svg'] },
}

export const ACCEPTED_FORMATS = 'JPEG, PNG, WebP, AVIF, GIF or SVG'

/** sharp's media type of each raster format we store. */
export const RASTER_BY_MEDIA_TYPE: Record<string, RasterFormat> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/gif': 'gif',
}

/**
 * The extension for a file of this format: its own when that fits the content ("photo.JPEG" keeps
 * "jpeg", so an imported file keeps its name), otherwise the usual one (a PNG named ".jpg" gets ".png").
 */
export function extensionFor(format: ImageFormat, fileName: string): string {
  const own = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase()
  const { extensions } = IMAGE_FORMATS[format]
  return own && extensions.includes(own) ? own : extensions[0]
}
