import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { mailSettings } from './mailSettings'
import { outboxTransport } from './outboxTransport'

/**
 * Payload's e-mail adapter: nodemailer over SMTP when `SMTP_URL` is set, the outbox folder
 * otherwise (./mailSettings.ts). Settings are read when Payload starts, not when the config is
 * imported, so a test can point a fresh CMS at its own SMTP server.
 */
export const emailAdapter: EmailAdapter = ({ payload }) => {
  const settings = mailSettings()
  const transport = settings.smtpUrl
    ? nodemailer.createTransport(settings.smtpUrl)
    : nodemailer.createTransport(outboxTransport(settings.outboxDir))
  payload.logger.info(
    settings.smtpUrl
      ? `mail: sending through ${new URL(settings.smtpUrl).host}`
      : `mail: no SMTP_URL, so mail is written to ${settings.outboxDir} (Outbox in the admin)`,
  )
  return {
    name: settings.smtpUrl ? 'smtp' : 'outbox',
    defaultFromAddress: settings.fromAddress,
    defaultFromName: settings.fromName,
    sendEmail: async (message) => {
      try {
        return await transport.sendMail({
          from: { name: settings.fromName, address: settings.fromAddress },
          ...message,
        })
      } catch (cause) {
        const to = [message.to].flat().map(String).join(', ')
        throw new Error(`Could not send "${message.subject ?? ''}" to ${to}: ${(cause as Error).message}`, {
          cause,
        })
      }
    },
  }
}
