import { stat } from 'node:fs/promises'
import path from 'node:path'

/** Content types of the files a built site holds (pages, assets, feeds, the book's downloads). */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.epub': 'application/epub+zip',
  '.pdf': 'application/pdf',
}

export const contentTypeOf = (file: string): string =>
  CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream'

/**
 * The file a URL path names in a built site, the way a static host finds it: the file itself, or
 * the folder's index.html. Undefined when there is none, or when the path leads outside `root`.
 * Used by `npm run preview` / the live site server and by the CMS's draft previews.
 */
export async function resolveStaticFile(root: string, urlPath: string): Promise<string | undefined> {
  const candidate = path.resolve(root, `.${decodeURIComponent(urlPath.split('?')[0])}`)
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return undefined
  for (const file of [candidate, path.join(candidate, 'index.html')]) {
    const info = await stat(file).catch(() => undefined)
    if (info?.isFile()) return file
  }
  return undefined
}
