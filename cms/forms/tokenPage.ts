/**
 * The small pages behind the links in readers' mails (cancel a registration, confirm or change a
 * subscription): plain HTML from the CMS that loads nothing and whose only form posts back here,
 * then sends the reader on to the site. A GET never changes anything, because mail programs and
 * virus scanners open links; a button does.
 */
import type { DataFromCollectionSlug, Payload } from 'payload'

import { escapeMarkup } from '../../model/escapeMarkup'
import type { Locale } from '../../model/locales'
import { publicSiteOrigin, siteOrigins } from '../lib/guards/origins'

/** The page loads nothing, and its forms post here and are sent on to the site. */
export const tokenPagePolicy = () =>
  `default-src 'none'; form-action 'self' ${siteOrigins().join(' ')}; base-uri 'none'; frame-ancestors 'none'`

/** A token in a link: random, URL-safe, of a sane length (anything else is not looked up). */
export const TOKEN = /^[A-Za-z0-9_-]{20,64}$/

/** The document whose `field` holds this token; nothing for a token that cannot be one. */
export async function findByToken<Slug extends 'registrations' | 'subscribers'>(
  payload: Payload,
  collection: Slug,
  field: 'cancelToken' | 'token',
  token: string | null,
): Promise<DataFromCollectionSlug<Slug> | undefined> {
  if (!token || !TOKEN.test(token)) return undefined
  const { docs } = await payload.find({
    collection,
    where: { [field]: { equals: token } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    // A subscriber's token is hidden from the admin and the API.
    showHiddenFields: true,
  })
  return docs[0] as DataFromCollectionSlug<Slug> | undefined
}

/** `body` is markup made by the caller, with every value in it escaped. */
export const tokenPage = (lang: Locale, status: number, title: string, body: string) =>
  new Response(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeMarkup(title)} · Open Ambt</title></head><body><main><h1>${escapeMarkup(title)}</h1>${body}</main></body></html>`,
    {
      status,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Content-Security-Policy': tokenPagePolicy(),
      },
    },
  )

/** A button that posts the token (and any other hidden values) to `action`, or to this page's own address. */
export const tokenButton = (
  action: string | undefined,
  token: string,
  label: string,
  hidden: Record<string, string> = {},
) =>
  `<form method="post"${action ? ` action="${escapeMarkup(action)}"` : ''}><input type="hidden" name="token" value="${escapeMarkup(token)}">${Object.entries(
    hidden,
  )
    .map(
      ([name, value]) => `<input type="hidden" name="${escapeMarkup(name)}" value="${escapeMarkup(value)}">`,
    )
    .join('')}<button type="submit">${escapeMarkup(label)}</button></form>`

/** Sends the reader on to a page of the site. */
export const toSite = (path: string) =>
  new Response(null, {
    status: 303,
    headers: { Location: `${publicSiteOrigin()}${path}`, 'Cache-Control': 'no-store' },
  })

/** The token posted in a small form body (never more than a few hundred bytes are read). */
export async function postedFields(request: Request): Promise<URLSearchParams> {
  return new URLSearchParams((await request.text()).slice(0, 2048))
}
