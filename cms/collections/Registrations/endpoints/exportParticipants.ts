import type { Endpoint } from 'payload'

import { canPublish } from '../../../lib/roles'

/**
 * One CSV field: quoted, quotes doubled, and a value a spreadsheet would run as a formula
 * (=, +, -, @ at the start) kept as text with a leading apostrophe.
 */
const field = (value: unknown) => {
  const text = String(value ?? '')
  return `"${(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`
}

/**
 * GET /api/registrations/export?event=<id>: the list of an event's participants as CSV (UTF-8 with
 * a byte order mark, so spreadsheet programs read accents right), for editors: confirmed first, then
 * the waiting list in order, then cancellations.
 */
export const exportParticipants: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Log in to export participants.' }, { status: 401 })
    if (!canPublish(req.user))
      return Response.json({ error: 'Only editors and admins can export participants.' }, { status: 403 })
    const id = new URL(req.url ?? 'http://x').searchParams.get('event') ?? ''
    const event = await req.payload
      .findByID({ collection: 'events', id, depth: 0, overrideAccess: true, req })
      .catch(() => undefined)
    if (!event) return Response.json({ error: `There is no event ${id}.` }, { status: 404 })
    const { docs } = await req.payload.find({
      collection: 'registrations',
      where: { event: { equals: event.id } },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const order = { confirmed: 0, waiting: 1, cancelled: 2 } as Record<string, number>
    const rows = [...docs].sort((a, b) => (order[a.status] ?? 3) - (order[b.status] ?? 3))
    const lines = [
      ['naam', 'e-mail', 'organisatie', 'wensen', 'status', 'aangemeld op'].map(field).join(','),
      ...rows.map((row) =>
        [row.name, row.email, row.organisation, row.needs, row.status, row.createdAt].map(field).join(','),
      ),
    ]
    return new Response(`\uFEFF${lines.join('\r\n')}\r\n`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="deelnemers-${event.slug ?? event.id}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
