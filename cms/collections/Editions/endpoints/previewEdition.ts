import type { Endpoint } from 'payload'

import { isLocale } from '../../../../model/locales'
import { canPublish } from '../../../lib/roles'
import { editionContent } from '../../../newsletter/editionContent'
import { editionLinks, renderEdition } from '../../../newsletter/renderEdition'
import type { Edition } from '../../../payload-types'

/**
 * GET /api/editions/:id/preview?locale=nl[&format=text]: the mail as subscribers will get it, for
 * editors; the links to change or leave point nowhere real. The page may load images from anywhere
 * (as a mail program would) but runs nothing.
 */
export const previewEdition: Endpoint = {
  path: '/:id/preview',
  method: 'get',
  handler: async (req) => {
    if (!req.user || !canPublish(req.user))
      return Response.json({ error: 'Log in as an editor to preview a newsletter.' }, { status: 403 })
    const url = new URL(req.url ?? 'http://x')
    const locale = url.searchParams.get('locale') ?? 'nl'
    if (!isLocale(locale)) return Response.json({ error: 'locale is nl or en.' }, { status: 400 })
    const edition = (await req.payload
      .findByID({ collection: 'editions', id: String(req.routeParams?.id), depth: 0, req })
      .catch(() => undefined)) as Edition | undefined
    if (!edition) return Response.json({ error: 'No such edition.' }, { status: 404 })
    const mail = renderEdition(
      await editionContent(req.payload, edition, locale),
      locale,
      editionLinks('voorbeeld'),
    )
    const asText = url.searchParams.get('format') === 'text'
    return new Response(asText ? mail.text : mail.html, {
      headers: {
        'Content-Type': `${asText ? 'text/plain' : 'text/html'}; charset=utf-8`,
        'Cache-Control': 'no-store',
        'Content-Security-Policy':
          "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; base-uri 'none'",
      },
    })
  },
}
