import nodemailer, { type SendMailOptions } from 'nodemailer'
import type { Payload, SendEmailOptions } from 'payload'

import { mailSettings } from './mailSettings'

export type BulkMailer = { send(message: SendEmailOptions): Promise<unknown>; close(): void }

/**
 * For many mails in a row (a newsletter): over SMTP, a few connections kept open and reused
 * (nodemailer's pool), which sends a mail in a few milliseconds where a new connection per mail
 * takes over a hundred; closed when the run ends. Without `SMTP_URL`, the CMS's own mail (the
 * outbox). A refusal keeps nodemailer's `responseCode` (550 for a mailbox that does not exist).
 */
export function openBulkMailer(payload: Payload): BulkMailer {
  const settings = mailSettings()
  if (!settings.smtpUrl) return { send: (message) => payload.sendEmail(message), close: () => {} }
  const url = new URL(settings.smtpUrl)
  url.searchParams.set('pool', 'true')
  const transport = nodemailer.createTransport(url.toString())
  return {
    send: (message) =>
      transport.sendMail({
        from: { name: settings.fromName, address: settings.fromAddress },
        ...(message as SendMailOptions),
      }),
    close: () => transport.close(),
  }
}
