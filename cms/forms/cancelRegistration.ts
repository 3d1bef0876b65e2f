/**
 * The cancel link in a registration's mails: GET shows what will be cancelled and a button (a mail
 * program or virus scanner that opens links must not cancel anyone's place), POST cancels it and
 * sends the reader to the site's "cancelled" page in their language. Cancelling frees the place
 * for the first person on the waiting list (collections/Registrations/hooks/moveUpWaitingList.ts).
 */
import type { Payload } from 'payload'

import { eventWhenText } from '../../model/eventTimes'
import { escapeMarkup } from '../../model/escapeMarkup'
import { formThanksUrl } from '../../model/urls'
import { publicSiteOrigin, siteOrigins } from '../lib/guards/origins'
import type { Registration } from '../payload-types'

const words = {
  nl: {
    title: 'Afmelden',
    confirm: (event: string, when: string) => `Wil je je afmelden voor ${event} (${when})?`,
    button: 'Ja, meld mij af',
    done: 'Je bent al afgemeld.',
    unknown:
      'Deze afmeldlink werkt niet (meer). Misschien is de activiteit al voorbij en zijn de aanmeldingen verwijderd.',
  },
  en: {
    title: 'Cancel registration',
    confirm: (event: string, when: string) =>
      `Do you want to cancel your registration for ${event} (${when})?`,
    button: 'Yes, cancel my registration',
    done: 'Your registration is already cancelled.',
    unknown:
      'This cancel link does not work (any more). Perhaps the event is over and its registrations were deleted.',
  },
}

const TOKEN = /^[A-Za-z0-9_-]{20,64}$/

async function findByToken(payload: Payload, token: string | null): Promise<Registration | undefined> {
  if (!token || !TOKEN.test(token)) return undefined
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { cancelToken: { equals: token } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]
}

/** The page loads nothing, and its form posts here and is sent on to the site. */
export const cancelPagePolicy = () =>
  `default-src 'none'; form-action 'self' ${siteOrigins().join(' ')}; base-uri 'none'; frame-ancestors 'none'`

const page = (lang: 'nl' | 'en', status: number, body: string) =>
  new Response(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${words[lang].title} · Open Ambt</title></head><body><main><h1>${words[lang].title}</h1>${body}</main></body></html>`,
    {
      status,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Content-Security-Policy': cancelPagePolicy(),
      },
    },
  )

export async function showCancelPage(payload: Payload, request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token')
  const registration = await findByToken(payload, token)
  if (!registration) return page('nl', 404, `<p>${words.nl.unknown}</p><p lang="en">${words.en.unknown}</p>`)
  const lang = registration.language === 'en' ? 'en' : 'nl'
  const w = words[lang]
  if (registration.status === 'cancelled') return page(lang, 200, `<p>${w.done}</p>`)
  const event = await payload.findByID({
    collection: 'events',
    id: typeof registration.event === 'object' ? registration.event.id : registration.event,
    locale: lang,
    depth: 0,
    overrideAccess: true,
  })
  return page(
    lang,
    200,
    `<p>${escapeMarkup(w.confirm(event.title, eventWhenText(event, lang)))}</p>` +
      `<form method="post"><input type="hidden" name="token" value="${escapeMarkup(token!)}"><button type="submit">${w.button}</button></form>`,
  )
}

export async function cancelByToken(payload: Payload, request: Request): Promise<Response> {
  const body = new URLSearchParams((await request.text()).slice(0, 1024))
  const registration = await findByToken(payload, body.get('token'))
  if (!registration) return page('nl', 404, `<p>${words.nl.unknown}</p><p lang="en">${words.en.unknown}</p>`)
  if (registration.status !== 'cancelled')
    await payload.update({
      collection: 'registrations',
      id: registration.id,
      data: { status: 'cancelled' },
      overrideAccess: true,
    })
  const lang = registration.language === 'en' ? 'en' : 'nl'
  return new Response(null, {
    status: 303,
    headers: {
      Location: `${publicSiteOrigin()}${formThanksUrl('registration', lang, 'cancelled')}`,
      'Cache-Control': 'no-store',
    },
  })
}
