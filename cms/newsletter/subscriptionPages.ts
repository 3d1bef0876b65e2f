/**
 * The links in the newsletter's mails, on the CMS (/forms/newsletter/...):
 *   confirm      GET asks, POST confirms the subscription (double opt-in);
 *   manage       GET shows the language and a way out, POST changes the language;
 *   unsubscribe  POST ends it: from the manage page's button, or as the one-click unsubscribe of
 *                RFC 8058 that mail programs send to the List-Unsubscribe address (answered 200).
 * The token in the link is the only key; every answer in the reader's language, then the site.
 */
import type { Payload } from 'payload'

import { NEWSLETTER_LANGUAGES } from '../../model/forms'
import { escapeMarkup } from '../../model/escapeMarkup'
import type { Locale } from '../../model/locales'
import { formThanksUrl, formUrl } from '../../model/urls'
import { findByToken, postedFields, tokenButton, tokenPage, toSite } from '../forms/tokenPage'
import { publicSiteOrigin } from '../lib/guards/origins'
import type { Subscriber } from '../payload-types'

const words = {
  nl: {
    confirmTitle: 'Abonnement bevestigen',
    confirm: (email: string) => `Wil je de nieuwsbrief van Open Ambt ontvangen op ${email}?`,
    confirmButton: 'Ja, stuur mij de nieuwsbrief',
    manageTitle: 'Je abonnement',
    receiving: (email: string, language: string) =>
      `Je ontvangt de nieuwsbrief op ${email}, in het ${language}.`,
    changeLanguage: 'Liever in een andere taal?',
    languageButton: (language: string) => `Stuur hem voortaan in het ${language}`,
    leave: 'Wil je de nieuwsbrief niet meer ontvangen?',
    leaveButton: 'Meld mij af',
    gone: 'Je bent afgemeld en ontvangt de nieuwsbrief niet meer.',
    again: 'Opnieuw aanmelden',
    unknown:
      'Deze link werkt niet (meer). Misschien heb je je binnen een week niet bevestigd en is je aanmelding verwijderd; meld je dan opnieuw aan.',
  },
  en: {
    confirmTitle: 'Confirm your subscription',
    confirm: (email: string) => `Do you want to receive the Open Ambt newsletter at ${email}?`,
    confirmButton: 'Yes, send me the newsletter',
    manageTitle: 'Your subscription',
    receiving: (email: string, language: string) => `You receive the newsletter at ${email}, in ${language}.`,
    changeLanguage: 'Rather in another language?',
    languageButton: (language: string) => `Send it in ${language} from now on`,
    leave: 'No longer want the newsletter?',
    leaveButton: 'Unsubscribe me',
    gone: 'You are unsubscribed and no longer receive the newsletter.',
    again: 'Subscribe again',
    unknown:
      'This link does not work (any more). Perhaps you did not confirm within a week and your subscription was deleted; subscribe again.',
  },
}

const languageName = (code: string, locale: Locale) =>
  NEWSLETTER_LANGUAGES.find((language) => language.value === code)?.label[locale] ?? code
const localeOf = (subscriber: Subscriber): Locale => (subscriber.language === 'en' ? 'en' : 'nl')

const findSubscriber = (payload: Payload, token: string | null) =>
  findByToken(payload, 'subscribers', 'token', token)

const unknownLink = () =>
  tokenPage(
    'nl',
    404,
    words.nl.confirmTitle,
    `<p>${words.nl.unknown}</p><p><a href="${publicSiteOrigin()}${formUrl('newsletter', 'nl')}">${words.nl.again}</a></p>` +
      `<p lang="en">${words.en.unknown}</p><p lang="en"><a href="${publicSiteOrigin()}${formUrl('newsletter', 'en')}">${words.en.again}</a></p>`,
  )

const tokenOf = (request: Request) => new URL(request.url).searchParams.get('token')

export async function showConfirmPage(payload: Payload, request: Request): Promise<Response> {
  const token = tokenOf(request)
  const subscriber = await findSubscriber(payload, token)
  if (!subscriber || subscriber.status === 'unsubscribed' || subscriber.status === 'deactivated')
    return unknownLink()
  const locale = localeOf(subscriber)
  if (subscriber.status === 'active') return toSite(formThanksUrl('newsletter', locale, 'confirmed'))
  const w = words[locale]
  return tokenPage(
    locale,
    200,
    w.confirmTitle,
    `<p>${escapeMarkup(w.confirm(subscriber.email))}</p>${tokenButton(undefined, token!, w.confirmButton)}`,
  )
}

export async function confirmByToken(payload: Payload, request: Request): Promise<Response> {
  const subscriber = await findSubscriber(payload, (await postedFields(request)).get('token'))
  if (!subscriber || subscriber.status === 'unsubscribed' || subscriber.status === 'deactivated')
    return unknownLink()
  if (subscriber.status === 'pending')
    await payload.update({
      collection: 'subscribers',
      id: subscriber.id,
      data: { status: 'active', confirmedAt: new Date().toISOString() },
      overrideAccess: true,
    })
  return toSite(formThanksUrl('newsletter', localeOf(subscriber), 'confirmed'))
}

export async function showManagePage(payload: Payload, request: Request): Promise<Response> {
  const token = tokenOf(request)
  const subscriber = await findSubscriber(payload, token)
  if (!subscriber || subscriber.status === 'deactivated') return unknownLink()
  const locale = localeOf(subscriber)
  const w = words[locale]
  if (subscriber.status === 'unsubscribed')
    return tokenPage(
      locale,
      200,
      w.manageTitle,
      `<p>${w.gone}</p><p><a href="${publicSiteOrigin()}${formUrl('newsletter', locale)}">${w.again}</a></p>`,
    )
  if (subscriber.status === 'pending') return showConfirmPage(payload, request)
  const other = NEWSLETTER_LANGUAGES.find((language) => language.value !== subscriber.language)!.value
  return tokenPage(
    locale,
    200,
    w.manageTitle,
    `<p>${escapeMarkup(w.receiving(subscriber.email, languageName(subscriber.language, locale)))}</p>` +
      `<h2>${w.changeLanguage}</h2>${tokenButton(undefined, token!, w.languageButton(languageName(other, locale)), { language: other })}` +
      `<h2>${w.leave}</h2>${tokenButton('/forms/newsletter/unsubscribe', token!, w.leaveButton)}`,
  )
}

export async function changeByToken(payload: Payload, request: Request): Promise<Response> {
  const fields = await postedFields(request)
  const subscriber = await findSubscriber(payload, fields.get('token'))
  const language = NEWSLETTER_LANGUAGES.find((each) => each.value === fields.get('language'))?.value
  if (!subscriber || subscriber.status !== 'active' || !language) return unknownLink()
  await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: { language },
    overrideAccess: true,
  })
  return toSite(formThanksUrl('newsletter', language, 'updated'))
}

/**
 * Ends a subscription. A mail program's one-click request (RFC 8058: the token in the address, the
 * body `List-Unsubscribe=One-Click`) gets a plain 200; the reader's own button goes to the site.
 */
export async function unsubscribeByToken(payload: Payload, request: Request): Promise<Response> {
  const fields = await postedFields(request)
  const oneClick = fields.get('List-Unsubscribe') === 'One-Click'
  const subscriber = await findSubscriber(payload, fields.get('token') ?? tokenOf(request))
  if (!subscriber) return oneClick ? new Response('Unknown link.', { status: 404 }) : unknownLink()
  if (subscriber.status === 'active' || subscriber.status === 'pending')
    await payload.update({
      collection: 'subscribers',
      id: subscriber.id,
      data: {
        status: 'unsubscribed',
        unsubscribedAt: new Date().toISOString(),
        unsubscribedHow: oneClick ? 'one-click' : 'link',
      },
      overrideAccess: true,
    })
  if (oneClick)
    return new Response('Unsubscribed.', {
      status: 200,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  return toSite(formThanksUrl('newsletter', localeOf(subscriber), 'unsubscribed'))
}
