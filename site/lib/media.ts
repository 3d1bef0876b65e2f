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

// By file name. The list of originals is fixed when the site's code is bundled.
const originalByName = new Map(Object.keys(originals).map((key) => [key.split('/').pop(), key]))

// Each original's metadata, imported once: an import() of a module already loaded still resolves
// it again, and in the renderer that stays running that passes through the TypeScript loader's
// hooks (about 1 s per publish at 10,000 posts, for the thumbnails the cache keys name).
const imported = new Map<string, Promise<ImageMetadata>>()

function original(key: string): Promise<ImageMetadata> {
  let metadata = imported.get(key)
  if (!metadata) {
    metadata = originals[key]().then((module) => module.default)
    imported.set(key, metadata)
  }
  return metadata
}

export async function heroImage(id: string, locale: Locale): Promise<{ src: ImageMetadata; alt: string }> {
  const index = await contentIndex()
  const key = originalByName.get(index.mediaFile(id)?.split('/').pop())
  if (!key) throw new Error(`Image "${id}" is not in content/media`)
  return { src: await original(key), alt: index.mediaAlt(id, locale) }
}
