import { randomBytes } from 'node:crypto'
import path from 'node:path'

import type { Transport } from 'nodemailer'
import type MailMessage from 'nodemailer/lib/mailer/mail-message'
import type SMTPTransport from 'nodemailer/lib/smtp-transport'

import { writeFileAtomically } from '../../../model/files/writeContent'

/**
 * A nodemailer transport that delivers to a folder: each message, exactly as it would go over SMTP,
 * becomes one `.eml` file (any mail program opens it). Names sort by time, and a file appears
 * whole or not at all, so the admin's Outbox never shows half a message.
 */
export function outboxTransport(dir: string): Transport<SMTPTransport.SentMessageInfo> {
  return {
    name: 'outbox',
    version: '1',
    send(mail: MailMessage<SMTPTransport.SentMessageInfo>, done) {
      const envelope = mail.message.getEnvelope()
      const messageId = mail.message.messageId()
      mail.message.build((buildError, message) => {
        if (buildError) return done(buildError, undefined as never)
        const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`
        writeFileAtomically(path.join(dir, name), message).then(
          () =>
            done(null, {
              envelope,
              messageId,
              accepted: envelope.to,
              rejected: [],
              pending: [],
              response: `written to ${name}`,
            } as unknown as SMTPTransport.SentMessageInfo),
          (error: unknown) => done(error as Error, undefined as never),
        )
      })
    },
  }
}
