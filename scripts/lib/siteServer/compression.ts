/**
 * Brotli or gzip for text (pages, stylesheets, scripts, feeds, JSON, SVG), as the client's
 * Accept-Encoding allows. Images, fonts, the PDF and EPUB and Pagefind's index files are
 * compressed already; compressing them again costs time and saves nothing.
 */
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

export type Encoding = 'br' | 'gzip'

const TEXT_TYPES = /^(text\/|image\/svg\+xml|application\/(json|xml|manifest\+json|javascript))/

/** Below this, the compressed form plus its headers is hardly smaller than the file. */
export const MIN_COMPRESS_BYTES = 1024
/** Larger files are sent as they are rather than held in memory to compress. */
export const MAX_COMPRESS_BYTES = 8 * 1024 * 1024

export const isCompressible = (contentType: string): boolean => TEXT_TYPES.test(contentType)

/** The encoding to answer with: the client's most preferred of br and gzip (br on a tie). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined
  const weights = new Map<string, number>()
  for (const item of acceptEncoding.split(',')) {
    const [name, ...params] = item.trim().toLowerCase().split(';')
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean)
    weights.set(name.trim(), q === undefined ? 1 : Number(q) || 0)
  }
  const weight = (name: Encoding) => weights.get(name) ?? weights.get('*') ?? 0
  const best = (['br', 'gzip'] as const).filter((name) => weight(name) > 0)
  best.sort((a, b) => weight(b) - weight(a))
  return best[0]
}

const compressors = {
  // Quality 5, not 11: Pagefind's UI script (175 KB) takes 10 ms instead of 330 ms and comes out
  // about a tenth larger; a reader waits for the first, the cache below makes it once per build.
  br: (body: Buffer) =>
    promisify(brotliCompress)(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body: Buffer) => promisify(gzip)(body, { level: 6 }),
}

/** Compressed bodies by file version and encoding, the least recently used dropped first. */
const CACHE_BYTES = 16 * 1024 * 1024
const cache = new Map<string, Buffer>()
let cachedBytes = 0

/** `key` names the file and its version (path and ETag), so a new build never gets an old body. */
export async function compress(key: string, body: Buffer, encoding: Encoding): Promise<Buffer> {
  const cacheKey = `${encoding} ${key}`
  const hit = cache.get(cacheKey)
  if (hit) {
    cache.delete(cacheKey)
    cache.set(cacheKey, hit)
    return hit
  }
  const compressed = await compressors[encoding](body)
  // Two requests for the same file may have compressed it at the same time.
  const raced = cache.get(cacheKey)
  if (raced) return raced
  cache.set(cacheKey, compressed)
  cachedBytes += compressed.length
  for (const [oldest, value] of cache) {
    if (cachedBytes <= CACHE_BYTES) break
    cache.delete(oldest)
    cachedBytes -= value.length
  }
  return compressed
}
