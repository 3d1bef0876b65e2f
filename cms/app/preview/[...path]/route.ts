import config from '@payload-config'
import { createReadStream } from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { getPayload } from 'payload'

import { contentTypeOf, resolveStaticFile } from '../../../lib/staticFiles'
import { buildPreview, isPreviewable, previewsDir } from '../../../publish/preview'

/**
 * Previews of drafts, only for people logged in to the admin:
 *   /preview/<collection>/<id>?locale=nl   builds (or reuses) the draft's preview and redirects to its page
 *   /preview/site/<key>/<path>             serves a file of a built preview
 * Anyone else is sent to the login page and sees nothing of the draft.
 */
export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const payload = await getPayload({ config })
  const url = new URL(request.url)
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) {
    const login = `${payload.config.routes.admin}/login?redirect=${encodeURIComponent(url.pathname + url.search)}`
    return new Response(null, { status: 303, headers: { Location: login, 'Cache-Control': 'no-store' } })
  }
  const [first, ...rest] = (await params).path
  if (first === 'site') return serveFile(rest)
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
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
}

async function serveFile(segments: string[]): Promise<Response> {
  const [key, ...file] = segments
  if (!key || !/^[0-9a-f]+$/.test(key)) return new Response('No such preview.', { status: 404 })
  const target = await resolveStaticFile(path.join(previewsDir, key, 'site'), `/${file.join('/')}`)
  if (!target) return new Response('Not in this preview.', { status: 404 })
  const body = Readable.toWeb(createReadStream(target)) as ReadableStream
  return new Response(body, {
    headers: {
      'Content-Type': contentTypeOf(target),
      'Cache-Control': 'private, no-store',
      // A preview is not for search engines, even if its address leaks.
      'X-Robots-Tag': 'noindex',
    },
  })
}
