import path from 'node:path'

import { projectRoot } from '../paths'

/**
 * Where the CMS's mail goes. With `SMTP_URL` set, to that SMTP server (nodemailer's URL form:
 * `smtp://user:pass@host:587`, `smtps://…:465`); without it, every message is written to the
 * outbox folder as an `.eml` file that an admin reads in the admin (Outbox), so password resets and
 * every other mail work on a fresh clone with nothing configured.
 */
export type MailSettings = {
  smtpUrl?: string
  fromAddress: string
  fromName: string
  /** Where readers' speaker requests and contact messages go (EDITORS_ADDRESS, default the sender). */
  editorsAddress: string
  outboxDir: string
}

export function mailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings {
  const smtpUrl = env.SMTP_URL?.trim() || undefined
  if (smtpUrl && !/^smtps?:\/\/[^\s]+$/.test(smtpUrl))
    throw new Error(
      `SMTP_URL must start with smtp:// or smtps:// (got "${smtpUrl.replace(/:[^:@/]*@/, ':…@')}")`,
    )
  const fromAddress = env.MAIL_FROM_ADDRESS?.trim() || 'redactie@openambt.example'
  plainAddress('MAIL_FROM_ADDRESS', fromAddress)
  return {
    smtpUrl,
    fromAddress,
    fromName: env.MAIL_FROM_NAME?.trim() || 'Open Ambt',
    editorsAddress: plainAddress('EDITORS_ADDRESS', env.EDITORS_ADDRESS?.trim() || fromAddress),
    outboxDir: path.resolve(/*turbopackIgnore: true*/ projectRoot, env.OUTBOX_DIR ?? 'data/outbox'),
  }
}

function plainAddress(variable: string, address: string): string {
  if (!/^[^\s@<>"]+@[^\s@<>"]+$/.test(address))
    throw new Error(`${variable} must be a plain e-mail address (got "${address}")`)
  return address
}
