import type { CollectionConfig, PayloadRequest } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { cmsOrigins } from '../../lib/guards/origins'
import { escapeMarkup } from '../../../model/escapeMarkup'

const HOURS_VALID = 1

const words = {
  nl: {
    subject: 'Nieuw wachtwoord voor het CMS van Open Ambt',
    greeting: (name: string) => `Hallo ${name},`,
    asked: 'Iemand (hopelijk jij) heeft gevraagd om een nieuw wachtwoord voor je account in het CMS.',
    action: 'Kies een nieuw wachtwoord',
    valid: `Deze link werkt ${HOURS_VALID} uur en maar één keer.`,
    ignore: 'Heb je dit niet gevraagd? Dan hoef je niets te doen: je wachtwoord blijft hetzelfde.',
  },
  en: {
    subject: 'A new password for the Open Ambt CMS',
    greeting: (name: string) => `Hello ${name},`,
    asked: 'Someone (hopefully you) asked for a new password for your account in the CMS.',
    action: 'Choose a new password',
    valid: `This link works for ${HOURS_VALID} hour, once.`,
    ignore: 'Did you not ask for this? Then there is nothing to do: your password stays the same.',
  },
}

const wordsOf = (req: PayloadRequest) => words[req.i18n?.language === 'en' ? 'en' : 'nl']

/**
 * The CMS's own address for the link: the one the request came to when that is one of ours
 * (so a local installation links to the port it runs on), else the first configured one. Never
 * the request's Host header as such: an attacker could make the link point elsewhere.
 */
function cmsOrigin(req: PayloadRequest): string {
  const ours = cmsOrigins()
  try {
    const origin = `${new URL(req.url ?? '').protocol}//${req.headers.get('host')}`
    if (ours.includes(origin)) return origin
  } catch {
    // A Local API call has no URL; use the configured address.
  }
  return ours[0]!
}

/** The reset link as Payload's reset view expects it: <admin>/reset/<token>. */
export function passwordResetLink(req: PayloadRequest, token: string): string {
  const config = req.payload.config
  return formatAdminURL({
    adminRoute: config.routes.admin,
    path: `${config.admin.routes.reset}/${token}`,
    serverURL: cmsOrigin(req),
  })
}

type ForgotPassword = NonNullable<Exclude<CollectionConfig['auth'], boolean | undefined>['forgotPassword']>

/** Payload's forgot-password mail, in the editor's admin language, with a link that works. */
export const passwordResetEmail: ForgotPassword = {
  expiration: HOURS_VALID * 60 * 60 * 1000,
  generateEmailSubject: (args) => wordsOf(args!.req!).subject,
  generateEmailHTML: (args) => {
    const { req, token, user } = args!
    const text = wordsOf(req!)
    const link = escapeMarkup(passwordResetLink(req!, token!))
    const name = escapeMarkup(typeof user?.name === 'string' ? user.name : '')
    return [
      '<!doctype html><html><body style="font-family: sans-serif; line-height: 1.5">',
      `<p>${text.greeting(name)}</p>`,
      `<p>${text.asked}</p>`,
      `<p><a href="${link}">${text.action}</a><br>${link}</p>`,
      `<p>${text.valid}</p>`,
      `<p>${text.ignore}</p>`,
      '</body></html>',
    ].join('\n')
  },
}
