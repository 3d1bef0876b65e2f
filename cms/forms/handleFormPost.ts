/**
 * POST /forms/<kind>: a reader's form from the static site (tip, speaker request, contact). The
 * answer is always a 303 back to a page of the site in the reader's language: the form's thank-you
 * page, or its "not sent" page with the problem (and field) in the fragment. In order, so that
 * what is refused costs least:
 *   1. only our own site (or the CMS) may post: other origins get 403;
 *   2. per client and in total, a few per form per window (formRateLimits.ts), before reading;
 *   3. the body: urlencoded, at most MAX_FORM_BYTES;
 *   4. the fields, against the form's definition (readForm.ts); a filled honeypot "succeeds";
 *   5. per e-mail address, a few per form per hour;
 * and then the submission is stored (a registration: with a place or on the waiting list, see
 * registerForEvent.ts; a newsletter subscription: waiting for confirmation, see
 * ../newsletter/subscribe.ts), which queues the mails.
 */
import type { Payload } from 'payload'

import { MAX_FORM_BYTES, PAGE_FIELD, type FormKind, type FormProblem } from '../../model/forms'
import type { Locale } from '../../model/locales'
import { formNotSentUrl, formThanksUrl } from '../../model/urls'
import { readBounded } from '../lib/guards/boundedBody'
import { clientIp } from '../lib/guards/clientIp'
import { allowedOrigins, publicSiteOrigin, siteOrigins } from '../lib/guards/origins'
import { FORM_LIMITS, SlidingWindow } from './formRateLimits'
import { readForm, type Lookups } from './readForm'
import { subscribe } from '../newsletter/subscribe'
import { registerForEvent } from './registerForEvent'

const windows = {
  perClient: new SlidingWindow(FORM_LIMITS.perClient),
  perAddress: new SlidingWindow(FORM_LIMITS.perAddress),
  total: new SlidingWindow(FORM_LIMITS.total),
  totalRegistrations: new SlidingWindow(FORM_LIMITS.totalRegistrations),
}
/** For tests that post many forms from one address. */
export const resetFormLimits = () => Object.values(windows).forEach((window) => window.clear())

export async function handleFormPost(payload: Payload, request: Request, kind: FormKind): Promise<Response> {
  const origin = request.headers.get('origin') ?? originOfReferer(request)
  if (!origin || !allowedOrigins().includes(origin))
    return new Response(`Forms are sent from the site only${origin ? `, not from ${origin}` : ''}.`, {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  const site = siteOrigins().includes(origin) ? origin : publicSiteOrigin()
  let locale: Locale = localeOfReferer(request)
  const back = (problem: FormProblem, field?: string, headers: Record<string, string> = {}) =>
    seeOther(`${site}${formNotSentUrl(kind, locale, problem, field)}`, headers)

  const client = `${kind} ${clientIp(request.headers)}`
  const overClient = !windows.perClient.hit(client)
  const total = kind === 'registration' ? windows.totalRegistrations : windows.total
  if (overClient || !total.hit(kind)) {
    const retry = overClient ? windows.perClient.retryAfterSeconds(client) : total.retryAfterSeconds(kind)
    return back('too-many', undefined, { 'Retry-After': String(retry) })
  }
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type !== 'application/x-www-form-urlencoded') return back('invalid')
  const body = await readBounded(request, MAX_FORM_BYTES)
  if (!body.ok) return back('invalid')

  const params = new URLSearchParams(new TextDecoder().decode(body.body))
  const reading = await readForm(kind, params, lookups(payload))
  locale = reading.locale
  if (!reading.ok) {
    if ('spam' in reading) {
      payload.logger.info(
        `forms: ${kind} with a filled-in honeypot from ${clientIp(request.headers)} dropped`,
      )
      return seeOther(`${site}${formThanksUrl(kind, locale)}`)
    }
    return back(reading.problem, reading.field)
  }
  const address = `${kind} ${String(reading.data.email)}`
  if (!windows.perAddress.hit(address))
    return back('too-many', undefined, {
      'Retry-After': String(windows.perAddress.retryAfterSeconds(address)),
    })
  try {
    if (kind === 'newsletter') {
      await subscribe(payload, reading.data as { email: string; language: Locale }, pageOf(params, site))
      return seeOther(`${site}${formThanksUrl(kind, locale)}`)
    }
    if (kind === 'registration') {
      const outcome = await registerForEvent(payload, reading.data)
      if ('closed' in outcome) return back('closed')
      return seeOther(
        `${site}${formThanksUrl(kind, locale, outcome.status === 'waiting' ? 'waiting' : 'sent')}`,
      )
    }
    await payload.create({ collection: 'submissions', data: reading.data as never, overrideAccess: true })
  } catch (error) {
    payload.logger.error({ err: error }, `forms: could not store a ${kind}`)
    return back('unavailable')
  }
  return seeOther(`${site}${formThanksUrl(kind, locale)}`)
}

function lookups(payload: Payload): Lookups {
  return {
    topics: async (contentIds) => {
      const { docs } = await payload.find({
        collection: 'topics',
        where: { contentId: { in: contentIds } },
        depth: 0,
        limit: contentIds.length,
        overrideAccess: false,
      })
      return new Map(docs.map((topic) => [String(topic.contentId), topic.id]))
    },
    speaker: (contentId) => publishedByContentId(payload, 'speakers', contentId),
    event: (contentId) => publishedByContentId(payload, 'events', contentId),
  }
}

/** The id of the published document with this content id, as the public may read it. */
async function publishedByContentId(payload: Payload, collection: 'speakers' | 'events', contentId: string) {
  const { docs } = await payload.find({
    collection,
    where: { contentId: { equals: contentId } },
    depth: 0,
    limit: 1,
    overrideAccess: false,
  })
  return docs[0]?.id
}

const seeOther = (location: string, headers: Record<string, string> = {}) =>
  new Response(null, {
    status: 303,
    headers: { Location: location, 'Cache-Control': 'no-store', ...headers },
  })

/** The page of the site the form was on, as the form says (a path of ours, or nothing). */
function pageOf(params: URLSearchParams, site: string): string | undefined {
  const path = params.get(PAGE_FIELD) ?? ''
  return /^\/[\w\-./]{0,300}$/.test(path) && !path.startsWith('//') ? `${site}${path}` : undefined
}

function originOfReferer(request: Request): string | undefined {
  try {
    return new URL(request.headers.get('referer') ?? '').origin
  } catch {
    return undefined
  }
}

/** Before the body is read, the page the form was on says the language: English pages live under /en/. */
function localeOfReferer(request: Request): Locale {
  try {
    return new URL(request.headers.get('referer') ?? '').pathname.startsWith('/en/') ? 'en' : 'nl'
  } catch {
    return 'nl'
  }
}
