/**
 * Images from content/media for templates (hero images, portraits, covers), as astro:assets inputs
 * with their alt text from the sidecar.
 */
import type { ImageMetadata } from 'astro'

import { contentIndex } from './contentIndex'
import type { Locale } from './i18n'

// Every original in the content/ being built (CONTENT_DIR, through the @content alias in
// astro.config.mjs), known to Vite so astro:assets can optimise it. Raster images only: the content
// check refuses a document that shows an SVG.
const originals = import.meta.glob<{ default: ImageMetadata }>(
  '@content/media/*.{jpg,jpeg,png,webp,avif,gif}',
)

export async function heroImage(id: string, locale: Locale): Promise<{ src: ImageMetadata; alt: string }> {
  const index = await contentIndex()
  const file = index.mediaFile(id)
  const name = file?.split('/').pop()
  const key = Object.keys(originals).find((candidate) => candidate.split('/').pop() === name)
  if (!key) throw new Error(`Image "${id}" is not in content/media`)
  return { src: (await originals[key]()).default, alt: index.mediaAlt(id, locale) }
}
