import type { Endpoint, PayloadRequest } from 'payload'

import { isLocale, LOCALE_NAMES, LOCALES } from '../../../../model/locales'
import { canPublish } from '../../../lib/roles'
import { editionContent } from '../../../newsletter/editionContent'
import { editionLinks, renderEdition } from '../../../newsletter/renderEdition'
import { queueEdition } from '../../../newsletter/sendEdition'
import type { Edition } from '../../../payload-types'

async function editionOf(req: PayloadRequest): Promise<Edition | Response> {
  if (!req.user || !canPublish(req.user))
    return Response.json({ error: 'Only editors and admins send newsletters.' }, { status: 403 })
  const edition = await req.payload
    .findByID({ collection: 'editions', id: String(req.routeParams?.id), depth: 0, req })
    .catch(() => undefined)
  return (edition as Edition | undefined) ?? Response.json({ error: 'No such edition.' }, { status: 404 })
}

/** How far sending is: per status, the number of deliveries. */
async function progressOf(req: PayloadRequest, edition: Edition) {
  const count = async (status: string) =>
    (
      await req.payload.count({
        collection: 'deliveries',
        where: { and: [{ edition: { equals: edition.id } }, { status: { equals: status } }] },
        overrideAccess: true,
      })
    ).totalDocs
  const [queued, sending, sent, failed] = await Promise.all(
    ['queued', 'sending', 'sent', 'failed'].map(count),
  )
  return { status: edition.status, sent, failed, remaining: queued + sending }
}

/**
 *   POST /api/editions/:id/send           sends the edition to every active subscriber (once)
 *   POST /api/editions/:id/test?locale=nl sends it to the editor who asks, now
 *   GET  /api/editions/:id/progress       sent / failed / remaining
 */
export const sendingEndpoints: Endpoint[] = [
  {
    path: '/:id/send',
    method: 'post',
    handler: async (req) => {
      const edition = await editionOf(req)
      if (edition instanceof Response) return edition
      if (edition.status !== 'draft')
        return Response.json(
          { error: `Edition ${edition.number} is already ${edition.status}.` },
          { status: 409 },
        )
      // Every language subscribers read it in needs a subject and at least one item.
      for (const locale of LOCALES) {
        const readers = await req.payload.count({
          collection: 'subscribers',
          where: { and: [{ status: { equals: 'active' } }, { language: { equals: locale } }] },
          overrideAccess: true,
        })
        if (readers.totalDocs === 0) continue
        const content = await editionContent(req.payload, edition, locale)
        if (!content.title || content.sections.length === 0)
          return Response.json(
            {
              error: `${readers.totalDocs} subscriber(s) read the newsletter in ${LOCALE_NAMES[locale]}, but the edition has ${content.title ? 'no items' : 'no subject'} in that language.`,
            },
            { status: 400 },
          )
      }
      await req.payload.update({
        collection: 'editions',
        id: edition.id,
        data: { status: 'sending', sendingStartedAt: new Date().toISOString() },
        overrideAccess: true,
        req,
      })
      await queueEdition(req.payload, edition.id, req)
      return Response.json({ ok: true })
    },
  },
  {
    path: '/:id/test',
    method: 'post',
    handler: async (req) => {
      const edition = await editionOf(req)
      if (edition instanceof Response) return edition
      const locale = new URL(req.url ?? 'http://x').searchParams.get('locale') ?? 'nl'
      if (!isLocale(locale)) return Response.json({ error: 'locale is nl or en.' }, { status: 400 })
      const mail = renderEdition(
        await editionContent(req.payload, edition, locale),
        locale,
        editionLinks('test'),
      )
      await req.payload.sendEmail({
        to: req.user!.email,
        subject: `[Test] ${mail.subject}`,
        html: mail.html,
        text: mail.text,
      })
      return Response.json({ ok: true, to: req.user!.email })
    },
  },
  {
    path: '/:id/progress',
    method: 'get',
    handler: async (req) => {
      const edition = await editionOf(req)
      if (edition instanceof Response) return edition
      return Response.json(await progressOf(req, edition), { headers: { 'Cache-Control': 'no-store' } })
    },
  },
]
