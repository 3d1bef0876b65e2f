import config from '@payload-config'
import { createReadStream } from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { getPayload } from 'payload'

import { contentTypeOf, resolveStaticFile } from '../../../lib/staticFiles'
import { buildPreview, isPreviewable, isPreviewKey, previewsDir } from '../../../publish/preview'
import { PREVIEW_HEADERS } from '../../../publish/previewHeaders'

/**
 * Previews of drafts, for people logged in to the admin:
 *   /preview/<collection>/<id>?locale=nl   builds (or reuses) the draft's preview and redirects to its page
 *   /preview/site/<key>/<path>             serves a file of a built preview
 * Pages need a login; anyone else is sent to the login page and sees nothing of the draft. A page's
 * stylesheets, fonts and images are served to whoever holds the preview's unguessable key: the
 * page runs sandboxed (PREVIEW_HEADERS), and a sandboxed page's own requests carry no cookies.
 */
export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const payload = await getPayload({ config })
  const url = new URL(request.url)
  const [first, ...rest] = (await params).path
  const file = first === 'site' ? await previewFile(rest) : undefined
  if (first === 'site' && !file)
    return new Response('Not in this preview.', { status: 404, headers: PREVIEW_HEADERS })
  if (file && !file.endsWith('.html')) return serve(file)

  const { user } = await payload.auth({
    headers: file ? asReadingNavigation(request.headers) : request.headers,
  })
  if (!user) {
    const login = `${payload.config.routes.admin}/login?redirect=${encodeURIComponent(url.pathname + url.search)}`
    return new Response(null, { status: 303, headers: { Location: login, 'Cache-Control': 'no-store' } })
  }
  if (file) return serve(file)
  const [id] = rest
  if (!isPreviewable(first) || !id) return new Response('No such preview.', { status: 404 })
  const locale = url.searchParams.get('locale') === 'en' ? 'en' : 'nl'
  try {
    const page = await buildPreview(payload, { collection: first, id, locale, user })
    return new Response(null, { status: 303, headers: { Location: page, 'Cache-Control': 'no-store' } })
  } catch (error) {
    const status = (error as { status?: number }).status ?? 500
    payload.logger.error({ err: error, msg: `preview of ${first}/${id} failed` })
    return new Response(`The preview could not be made: ${(error as Error).message}`, {
      status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', ...PREVIEW_HEADERS },
    })
  }
}

/**
 * A link followed inside a preview starts in the sandbox's opaque origin, so the browser calls the
 * navigation cross-site and Payload would not count the login cookie (its csrf rule). Opening a
 * page of a preview that exists changes nothing, and its address holds a key nobody can guess, so
 * for that (a top-level GET navigation, which SameSite=Lax lets the cookie join) the cookie counts.
 * Making a preview (/preview/<collection>/<id>) keeps Payload's rule.
 */
function asReadingNavigation(headers: Headers): Headers {
  if (headers.get('sec-fetch-mode') !== 'navigate' || headers.get('sec-fetch-dest') !== 'document')
    return headers
  const reading = new Headers(headers)
  reading.delete('origin')
  reading.set('sec-fetch-site', 'same-origin')
  return reading
}

/** The file `<key>/<path>` names in a built preview, if there is one. */
async function previewFile([key, ...file]: string[]): Promise<string | undefined> {
  if (!isPreviewKey(key)) return undefined
  return resolveStaticFile(path.join(previewsDir, key, 'site'), `/${file.join('/')}`)
}

function serve(target: string): Response {
  const body = Readable.toWeb(createReadStream(target)) as ReadableStream
  return new Response(body, { headers: { 'Content-Type': contentTypeOf(target), ...PREVIEW_HEADERS } })
}
