/** One demo image: drawn as SVG here, rasterised by sharp, written to content/media with its sidecar. */
export type DemoImage = {
  /** Becomes the file name and the media id: lower-case letters, digits and dashes. */
  id: string
  /**
   * Raster format of the original in content/media. Not WebP or GIF: Payload re-encodes those on
   * upload (to keep animations), so they could not survive import and export byte for byte.
   */
  format: 'jpg' | 'png'
  width: number
  height: number
  /** Complete SVG document with the given width and height; no external references, no text fonts beyond generic families. */
  svg: string
  alt: { nl: string; en: string }
  caption?: { nl: string; en: string }
  credit: string
  focalPoint?: { x: number; y: number }
}
