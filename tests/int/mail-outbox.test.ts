/**
 * Mail without an SMTP server: on a fresh clone (no SMTP_URL) every message is written to the
 * outbox folder as an .eml file, which the admin's Outbox reads, so a password reset still works.
 */
import { readdir } from 'node:fs/promises'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { listOutbox, readOutboxMessage } from '../../cms/lib/mail/outbox'
import { createUserAndLogin, restJson, startCms, stopCms } from './helpers/cms'

let payload: Payload
const outbox = process.env.OUTBOX_DIR!

beforeAll(async () => {
  payload = await startCms()
})
afterAll(async () => {
  await stopCms(payload)
})

describe('the outbox', () => {
  test('a password reset mail becomes one .eml file, listed newest first, whose link resets the password', async () => {
    const { user } = await createUserAndLogin(payload, 'editor', 'Joris Verhoeven')
    expect((await listOutbox(outbox)).total).toBe(0)
    expect((await restJson('POST', '/users/forgot-password', { body: { email: user.email } })).status).toBe(
      200,
    )

    const files = (await readdir(outbox)).filter((name) => !name.startsWith('.'))
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d-]+Z-[0-9a-f]{8}\.eml$/)
    const { entries, total } = await listOutbox(outbox)
    expect(total).toBe(1)
    expect(entries[0]).toMatchObject({
      name: files[0],
      to: user.email,
      subject: 'Nieuw wachtwoord voor het CMS van Open Ambt',
    })

    const mail = await readOutboxMessage(outbox, files[0]!)
    expect(mail?.from?.value).toEqual([{ name: 'Open Ambt', address: 'redactie@openambt.example' }])
    const token = /\/admin\/reset\/([0-9a-f]+)"/.exec(String(mail?.html))?.[1]
    expect(token).toBeTruthy()
    expect(
      (
        await restJson('POST', '/users/reset-password', {
          body: { token, password: 'vanaf-nu-dit-wachtwoord' },
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await restJson('POST', '/users/login', {
          body: { email: user.email, password: 'vanaf-nu-dit-wachtwoord' },
        })
      ).status,
    ).toBe(200)
  })

  test('reads only message files in the outbox, never a path outside it', async () => {
    expect(await readOutboxMessage(outbox, '../cms.db')).toBeUndefined()
    expect(await readOutboxMessage(outbox, 'bestaat-niet.eml')).toBeUndefined()
    expect(await listOutbox(`${outbox}-bestaat-niet`)).toEqual({ entries: [], total: 0 })
  })
})
