/**
 * The small image a search result shows (6rem × 4rem, see styles/search-page.css), made for that
 * size: twice the box for sharp screens, cropped to fill it. Without this, Pagefind would take the
 * page's first image at its full width, 5 to 27 KB each instead of 2 to 4, and a list of results
 * would fetch more image than search index.
 */
import type { ImageMetadata } from 'astro'
import { getImage } from 'astro:assets'

export const SEARCH_THUMBNAIL = { width: 192, height: 128 } as const

export async function searchThumbnail(src: ImageMetadata): Promise<string> {
  const image = await getImage({ src, ...SEARCH_THUMBNAIL, fit: 'cover', format: 'webp' })
  return image.src
}
