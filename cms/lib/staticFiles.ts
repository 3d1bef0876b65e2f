import { stat } from 'node:fs/promises'
import path from 'node:path'

/** Content types of the files a built site holds (pages, assets, feeds, the book's downloads). */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.epub': 'application/epub+zip',
  '.pdf': 'application/pdf',
  '.ics': 'text/calendar; charset=utf-8',
}

export const contentTypeOf = (file: string): string =>
  CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream'

/**
 * The file a URL path names in a built site, the way a static host finds it: the file itself, or
 * the folder's index.html. Undefined when there is none, when the path leads outside `root`, or
 * when it cannot be decoded (`/%`): a request must never be able to make this throw.
 * Used by `npm run preview` / the live site server and by the CMS's draft previews.
 */
export async function resolveStaticFile(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0])
  } catch {
    return undefined
  }
  return findStaticFile(root, decoded)
}

/** As resolveStaticFile, for a path that is already decoded (the site server decodes it once). */
export async function findStaticFile(root: string, decodedPath: string): Promise<string | undefined> {
  // A NUL byte cannot be in a file name; fs would throw on it rather than find nothing.
  if (decodedPath.includes('\0')) return undefined
  const candidate = path.resolve(root, `.${decodedPath}`)
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return undefined
  for (const file of [candidate, path.join(candidate, 'index.html')]) {
    // The file is a built page under `root` (checked above), found at run time: Turbopack need not
    // trace the whole project into the admin's server build for it.
    const info = await stat(/*turbopackIgnore: true*/ file).catch(() => undefined)
    if (info?.isFile()) return file
  }
  return undefined
}
