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
import { findByToken, postedFields, tokenButton, tokenPage, toSite } from './tokenPage'
import { relationId } from '../lib/relationId'

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

const findRegistration = (payload: Payload, token: string | null) =>
  findByToken(payload, 'registrations', 'cancelToken', token)

const page = (lang: 'nl' | 'en', status: number, body: string) =>
  tokenPage(lang, status, words[lang].title, body)

export async function showCancelPage(payload: Payload, request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token')
  const registration = await findRegistration(payload, token)
  if (!registration) return page('nl', 404, `<p>${words.nl.unknown}</p><p lang="en">${words.en.unknown}</p>`)
  const lang = registration.language === 'en' ? 'en' : 'nl'
  const w = words[lang]
  if (registration.status === 'cancelled') return page(lang, 200, `<p>${w.done}</p>`)
  const event = await payload.findByID({
    collection: 'events',
    id: relationId(registration.event)!,
    locale: lang,
    depth: 0,
    overrideAccess: true,
  })
  return page(
    lang,
    200,
    `<p>${escapeMarkup(w.confirm(event.title, eventWhenText(event, lang)))}</p>` +
      tokenButton(undefined, token!, w.button),
  )
}

export async function cancelByToken(payload: Payload, request: Request): Promise<Response> {
  const body = await postedFields(request)
  const registration = await findRegistration(payload, body.get('token'))
  if (!registration) return page('nl', 404, `<p>${words.nl.unknown}</p><p lang="en">${words.en.unknown}</p>`)
  if (registration.status !== 'cancelled')
    await payload.update({
      collection: 'registrations',
      id: registration.id,
      data: { status: 'cancelled' },
      overrideAccess: true,
    })
  return toSite(formThanksUrl('registration', registration.language === 'en' ? 'en' : 'nl', 'cancelled'))
}
