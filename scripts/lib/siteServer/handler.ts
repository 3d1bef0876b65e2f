/**
 * One request to the site server: GET and HEAD of the files in the site's folder, the way a
 * static host answers them (index.html for folders, 404.html with status 404), with the site's
 * headers (siteHeaders.ts), validators, ranges and compression. Nothing a client sends can make
 * it throw past `createRequestHandler`: an unexpected error is a 500 and a log line, never an
 * exit, since the process also serves everyone else.
 */
import { type FileHandle, open, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { pipeline } from 'node:stream'

import { contentTypeOf, findStaticFile } from '../../../cms/lib/staticFiles'
import { type SiteHeaderOptions, siteHeaders } from '../siteHeaders'
import {
  chooseEncoding,
  compress,
  isCompressible,
  MAX_COMPRESS_BYTES,
  MIN_COMPRESS_BYTES,
} from './compression'
import { chooseRange, type RangeChoice } from './range'
import { redirectFor } from './redirects'
import { isHiddenPath, parseRequestTarget } from './requestTarget'
import { encodedEtag, isNotModified, rangeStillApplies, validatorsOf } from './validators'

export type Logger = {
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

export type HandlerConfig = { root: string; headers: SiteHeaderOptions; log: Logger }

/** A static site is read, never written to. */
export const ALLOW = 'GET, HEAD'

/** Under `npm start`, the live site may not exist until the first build is done. */
const BUILDING_PAGE = `<!doctype html><html lang="nl"><meta charset="utf-8"><meta http-equiv="refresh" content="5">
<title>De website wordt gebouwd</title><p>De website wordt gebouwd. Deze pagina ververst zichzelf.</p>
<p lang="en">The website is being built. This page refreshes itself.</p></html>`

export function createRequestHandler(config: HandlerConfig) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    handle(config, request, response).catch((error: unknown) => {
      config.log.error(
        `${request.method} ${String(request.url).slice(0, 200)} failed: ${(error as Error)?.stack ?? String(error)}`,
      )
      try {
        if (response.headersSent) response.destroy()
        else sendText(config, response, 500, 'Internal server error', { 'Cache-Control': 'no-store' })
      } catch {
        response.destroy()
      }
    })
  }
}

async function handle(
  config: HandlerConfig,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method === 'OPTIONS') return sendText(config, response, 204, '', { Allow: ALLOW })
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return sendText(config, response, 405, 'Method not allowed', { Allow: ALLOW })
  const target = parseRequestTarget(request.url)
  if (!target.ok) return sendText(config, response, target.status, `Bad request: ${target.reason}`)
  if (!(await stat(config.root).catch(() => undefined))) {
    response.writeHead(503, {
      ...siteHeaders('/', config.headers),
      'Cache-Control': 'no-store',
      'Content-Type': 'text/html; charset=utf-8',
      'Retry-After': '5',
    })
    response.end(BUILDING_PAGE)
    return
  }
  // An old address (a WordPress import's `?p=123`, `/2019/03/12/slug/`) leads to its new page.
  const movedTo = await redirectFor(config.root, request.url!)
  if (movedTo) return sendText(config, response, 301, `Moved to ${movedTo}`, { Location: movedTo })
  const file = isHiddenPath(target.path) ? undefined : await findStaticFile(config.root, target.path)
  // The file can vanish between finding and opening it (an old build removed): then it is a 404.
  if (file && (await sendFile(config, request, response, file, target.path, 200))) return
  if (await sendFile(config, request, response, path.join(config.root, '404.html'), '/404.html', 404)) return
  sendText(config, response, 404, 'Not found')
}

function sendText(
  config: HandlerConfig,
  response: ServerResponse,
  status: number,
  text: string,
  extra: Record<string, string> = {},
): void {
  const body = Buffer.from(text)
  response.writeHead(status, {
    ...siteHeaders('/', config.headers),
    ...(status === 204
      ? {}
      : { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(body.length) }),
    ...extra,
  })
  response.end(status === 204 ? undefined : body)
}

/**
 * Answers with `file` (status 200, or 404 for the 404 page); false when it cannot be opened. The
 * file is opened once and everything is read from that handle, so a swap of the live site in the
 * middle of a request cannot mix two builds.
 */
async function sendFile(
  config: HandlerConfig,
  request: IncomingMessage,
  response: ServerResponse,
  file: string,
  urlPath: string,
  status: 200 | 404,
): Promise<boolean> {
  let handle: FileHandle
  try {
    handle = await open(file, 'r')
  } catch {
    return false
  }
  let handedToStream = false
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) return false
    const type = contentTypeOf(file)
    const compressible = isCompressible(type)
    const validators = validatorsOf(stats)
    // Text that may be compressed is read whole to compress it (and keep it in the compression cache).
    const body = compressible && stats.size <= MAX_COMPRESS_BYTES ? await handle.readFile() : undefined
    const headers: Record<string, string> = {
      ...siteHeaders(urlPath, config.headers),
      'Content-Type': type,
    }
    if (compressible) headers.Vary = 'Accept-Encoding'
    // Ranges are of the file's own bytes, so a request with a Range is never compressed.
    const encoding =
      compressible && body && body.length >= MIN_COMPRESS_BYTES && request.headers.range === undefined
        ? chooseEncoding(request.headers['accept-encoding'])
        : undefined

    let range: RangeChoice = { kind: 'whole' }
    if (status === 200) {
      // A 404 has no validators: a 304 would tell the client its copy of the missing page is good.
      headers.ETag = encoding ? encodedEtag(validators.etag, encoding) : validators.etag
      headers['Last-Modified'] = validators.lastModified
      if (isNotModified(request.headers, validators)) {
        delete headers['Content-Type']
        response.writeHead(304, headers)
        response.end()
        return true
      }
      if (!encoding) headers['Accept-Ranges'] = 'bytes'
      if (request.method === 'GET' && rangeStillApplies(request.headers, validators))
        range = chooseRange(request.headers.range, stats.size)
    }
    if (range.kind === 'unsatisfiable') {
      response.writeHead(416, { ...headers, 'Content-Range': `bytes */${stats.size}`, 'Content-Length': '0' })
      response.end()
      return true
    }

    const [start, end] = range.kind === 'part' ? [range.start, range.end] : [0, stats.size - 1]
    if (range.kind === 'part') headers['Content-Range'] = `bytes ${start}-${end}/${stats.size}`
    const sent = encoding && body ? await compress(`${validators.etag} ${file}`, body, encoding) : body
    if (encoding) headers['Content-Encoding'] = encoding
    headers['Content-Length'] = String(encoding && sent ? sent.length : Math.max(0, end - start + 1))
    response.writeHead(range.kind === 'part' ? 206 : status, headers)
    if (request.method === 'HEAD') response.end()
    else if (sent) response.end(encoding ? sent : sent.subarray(start, end + 1))
    else if (stats.size === 0) response.end()
    else {
      // Large files (images, the book's downloads) stream from disk; the stream closes the handle.
      handedToStream = true
      pipeline(handle.createReadStream({ start, end }), response, (error) => {
        if (error && (error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE')
          config.log.warn(`sending ${urlPath} broke off: ${error.message}`)
      })
    }
    return true
  } finally {
    if (!handedToStream) await handle.close()
  }
}
