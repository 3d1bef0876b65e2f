/**
 * Mail through SMTP: with SMTP_URL set, the CMS sends through that server. Here a real SMTP server
 * started by the test receives a password reset request's mail, whose link resets the password.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startSmtpServer } from '../helpers/smtpServer'
import { createUserAndLogin, restJson, startCms, stopCms } from './helpers/cms'

let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtpServer>>

beforeAll(async () => {
  smtp = await startSmtpServer()
  // Read when Payload starts (cms/lib/mail/emailAdapter.ts).
  process.env.SMTP_URL = smtp.url
  process.env.MAIL_FROM_ADDRESS = 'redactie@netwerk.test'
  process.env.MAIL_FROM_NAME = 'Redactie Open Ambt'
  payload = await startCms()
})
afterAll(async () => {
  await stopCms(payload)
  await smtp.stop()
})

const resetLink = (html: string) => /href="(http[^"]+\/admin\/reset\/[^"]+)"/.exec(html)?.[1]

describe('password reset by mail', () => {
  test('the mail reaches the SMTP server from the configured sender, and its link sets a new password', async () => {
    const { user } = await createUserAndLogin(payload, 'editor', 'Fenna de Wit')
    const asked = await restJson('POST', '/users/forgot-password', { body: { email: user.email } })
    expect(asked.status).toBe(200)

    const { from, to, mail } = await smtp.waitFor((message) => message.to.includes(user.email))
    expect(from).toBe('redactie@netwerk.test')
    expect(to).toEqual([user.email])
    expect(mail.from?.value).toEqual([{ name: 'Redactie Open Ambt', address: 'redactie@netwerk.test' }])
    expect(mail.subject).toBe('Nieuw wachtwoord voor het CMS van Open Ambt')
    expect(mail.html).toContain('Hallo Fenna de Wit,')
    const link = resetLink(String(mail.html))
    expect(link).toMatch(/^http:\/\/localhost:3000\/admin\/reset\/[0-9a-f]+$/)

    const token = link!.split('/').pop()
    const reset = await restJson('POST', '/users/reset-password', {
      body: { token, password: 'een-nieuw-lang-wachtwoord' },
    })
    expect(reset.status).toBe(200)
    const login = await restJson('POST', '/users/login', {
      body: { email: user.email, password: 'een-nieuw-lang-wachtwoord' },
    })
    expect(login.status).toBe(200)
    // The link works once.
    const again = await restJson('POST', '/users/reset-password', {
      body: { token, password: 'nog-een-keer-anders' },
    })
    expect(again.status).not.toBe(200)
  })

  test('an unknown address gets the same answer and no mail is sent', async () => {
    const before = smtp.received.length
    const asked = await restJson('POST', '/users/forgot-password', { body: { email: 'niemand@elders.test' } })
    expect(asked.status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(smtp.received.length).toBe(before)
  })

  test('a hostile name arrives as text in the mail, not as markup', async () => {
    const { user } = await createUserAndLogin(payload, 'author', '<img src=x onerror="alert(1)">Kees')
    await restJson('POST', '/users/forgot-password', { body: { email: user.email } })
    const { mail } = await smtp.waitFor((message) => message.to.includes(user.email))
    expect(mail.html).not.toContain('<img')
    expect(mail.html).toContain('Hallo &lt;img src=x onerror=&quot;alert(1)&quot;&gt;Kees,')
  })
})
