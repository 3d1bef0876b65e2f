import type { Endpoint, PayloadRequest } from 'payload'

import { isAdminUser } from '../../../lib/roles'

/**
 * One person's data across the readers' forms, submissions, event registrations and newsletter
 * subscription (their right of
 * access and to erasure under the GDPR), for admins:
 *   GET    /api/submissions/personal-data?email=…  everything sent from that address, as a JSON download
 *   DELETE /api/submissions/personal-data?email=…  deletes all of it
 * The address is matched without regard to case.
 */
export async function personalDataOf(req: PayloadRequest, email: string) {
  const find = <C extends 'submissions' | 'registrations' | 'subscribers' | 'deliveries'>(collection: C) =>
    req.payload.find({
      collection,
      where: { email: { equals: email } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
  const [submissions, registrations, subscriptions, deliveries] = await Promise.all([
    find('submissions'),
    find('registrations'),
    find('subscribers'),
    find('deliveries'),
  ])
  return {
    submissions: submissions.docs,
    registrations: registrations.docs,
    newsletter: subscriptions.docs,
    newslettersSent: deliveries.docs,
  }
}

function checked(req: PayloadRequest): { email: string } | Response {
  if (!req.user) return Response.json({ error: 'Log in as an admin.' }, { status: 401 })
  if (!isAdminUser(req.user))
    return Response.json({ error: 'Only admins can export or erase personal data.' }, { status: 403 })
  const email = new URL(req.url ?? 'http://x').searchParams.get('email')?.trim().toLowerCase()
  if (!email || !/^[^\s@]+@[^\s@]+$/.test(email))
    return Response.json({ error: 'Give the e-mail address as ?email=name@example.org.' }, { status: 400 })
  return { email }
}

export const personalData: Endpoint[] = [
  {
    path: '/personal-data',
    method: 'get',
    handler: async (req) => {
      const check = checked(req)
      if (check instanceof Response) return check
      const data = await personalDataOf(req, check.email)
      const body = JSON.stringify(
        { email: check.email, exportedAt: new Date().toISOString(), ...data },
        null,
        2,
      )
      return new Response(`${body}\n`, {
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Disposition': `attachment; filename="personal-data-${check.email.replace(/[^a-z0-9.@-]/g, '_')}.json"`,
          'Cache-Control': 'no-store',
        },
      })
    },
  },
  {
    path: '/personal-data',
    method: 'delete',
    handler: async (req) => {
      const check = checked(req)
      if (check instanceof Response) return check
      const erase = (collection: 'submissions' | 'registrations' | 'subscribers' | 'deliveries') =>
        req.payload.delete({
          collection,
          where: { email: { equals: check.email } },
          overrideAccess: true,
          context: { skipMail: true },
          req,
        })
      const erased = [await erase('submissions'), await erase('registrations'), await erase('subscribers')]
      // Which editions went to the address: personal data too, but not counted as things they sent.
      await erase('deliveries')
      const deleted = erased.reduce((sum, result) => sum + result.docs.length, 0)
      req.payload.logger.info(
        `forms: erased ${deleted} submissions, registrations and subscriptions of one person at an admin's request`,
      )
      return Response.json({ email: check.email, deleted })
    },
  },
]
