/**
 * Sending an edition (issue #20) to 2,000 subscribers in two languages through a real SMTP server,
 * with the CMS process killed (SIGKILL) halfway and started again: everyone gets the edition in
 * their language exactly once (a copy sent again after the kill has the same Message-ID), with the
 * one-click unsubscribe headers; an address the server refuses fails and counts against it.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { openSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startSmtpServer } from '../helpers/smtpServer'
import { createUserAndLogin, restJson, startCms, stopCms } from './helpers/cms'
import { paragraphs, seedPost } from './helpers/documents'
import { waitFor } from './helpers/waitFor'

const SUBSCRIBERS = 2000
const REFUSED = 'bestaat-niet@gemeente.test'
let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let runner: ChildProcess | undefined
const root = path.resolve(import.meta.dirname, '../..')

beforeAll(async () => {
  smtp = await startSmtpServer({ refuse: (address) => address === REFUSED })
  process.env.SMTP_URL = smtp.url
  process.env.NEWSLETTER_RATE = '200'
  // The runner exports and builds nothing: no site builds, and content/ in the run's own folder.
  process.env.SITE_BUILDS = 'off'
  process.env.CONTENT_DIR = path.join(process.env.TEST_RUN_DIR!, 'content')
  payload = await startCms()
}, 300_000)
afterAll(async () => {
  runner?.kill('SIGKILL')
  await stopCms(payload)
  await smtp.stop()
})

/** A CMS process that runs the jobs queue, as the web server does. */
function startRunner(): ChildProcess {
  const log = openSync(path.join(process.env.TEST_RUN_DIR!, 'newsletter-runner.log'), 'a')
  runner = spawn(process.execPath, ['--import', 'tsx', 'tests/int/helpers/siteJobRunner.ts'], {
    cwd: root,
    env: { ...process.env, PAYLOAD_JOBS_AUTORUN: 'true' },
    stdio: ['ignore', log, log],
  })
  return runner
}

/** Mail arrives at the test's pace: poll often, wait long, and say how many came. */
const waitForMail = (what: string, check: () => Promise<boolean> | boolean) =>
  waitFor(what, check, {
    timeoutMs: 240_000,
    intervalMs: 100,
    detail: () => `${smtp.received.length} mails`,
  })

describe('sending an edition', () => {
  test('reaches every subscriber once in their language, also when the CMS is killed halfway', async () => {
    const editor = await createUserAndLogin(payload, 'editor')
    await seedPost(payload, editor.user.id, { title: 'Open data in de praktijk' })
    const english = await seedPost(payload, editor.user.id, { title: 'Werken in het openbaar' })
    await payload.update({
      collection: 'posts',
      id: english.id,
      locale: 'en',
      data: {
        title: 'Working in the open',
        summary: 'How a provincial team made its work visible.',
        body: paragraphs('Text.'),
      } as never,
    })
    const addresses = Array.from({ length: SUBSCRIBERS - 1 }, (_, i) => `lezer${i}@gemeente.test`).concat(
      REFUSED,
    )
    for (let i = 0; i < addresses.length; i += 50)
      await Promise.all(
        addresses.slice(i, i + 50).map((email, j) =>
          payload.create({
            collection: 'subscribers',
            data: {
              email,
              language: (i + j) % 3 === 0 ? 'en' : 'nl',
              status: 'active',
              token: `token-${i + j}-abcdefghijklmnopqrst`,
            },
            overrideAccess: true,
          }),
        ),
      )
    const origin = { Origin: 'http://localhost:3000' }
    const { json } = await restJson<{ doc: { id: number } }>('POST', '/editions', {
      token: editor.token,
      headers: origin,
      body: { title: 'Nieuwsbrief december' },
    })
    await payload.update({
      collection: 'editions',
      id: json.doc.id,
      locale: 'en',
      data: { title: 'December newsletter' },
    })
    const sent = await restJson<{ ok?: boolean; error?: string }>('POST', `/editions/${json.doc.id}/send`, {
      token: editor.token,
      headers: origin,
    })
    expect(sent.json).toEqual({ ok: true })

    const first = startRunner()
    await waitForMail('half of the mails', () => smtp.received.length >= SUBSCRIBERS / 2)
    first.kill('SIGKILL')
    await new Promise((resolve) => first.once('exit', resolve))
    const beforeRestart = smtp.received.length
    expect(beforeRestart).toBeLessThan(SUBSCRIBERS - 1)

    startRunner()
    await waitForMail('the edition to be sent', async () => {
      const edition = await payload.findByID({ collection: 'editions', id: json.doc.id, depth: 0 })
      return edition.status === 'sent'
    })

    const byAddress = new Map<string, { ids: Set<string>; copies: number; subject: string }>()
    for (const message of smtp.received) {
      const address = message.to[0]!
      const seen = byAddress.get(address) ?? {
        ids: new Set(),
        copies: 0,
        subject: message.mail.subject ?? '',
      }
      seen.ids.add(message.mail.messageId ?? '')
      seen.copies++
      byAddress.set(address, seen)
    }
    expect(byAddress.size).toBe(SUBSCRIBERS - 1)
    expect([...byAddress.values()].filter((seen) => seen.ids.size !== 1)).toEqual([])
    // At most the one mail that was on its way when the process was killed went out twice.
    expect([...byAddress.values()].filter((seen) => seen.copies > 1).length).toBeLessThanOrEqual(1)
    expect(byAddress.get('lezer0@gemeente.test')!.subject).toBe('December newsletter')
    expect(byAddress.get('lezer1@gemeente.test')!.subject).toBe('Nieuwsbrief december')

    const mail = smtp.received.find((message) => message.to[0] === 'lezer1@gemeente.test')!.mail
    // As written on the wire, long lines folded back into one.
    const header = (name: string) =>
      mail.headerLines.find((line) => line.key === name)?.line.replace(/\r?\n\s+/g, ' ')
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
    expect(header('list-unsubscribe')).toMatch(
      /^List-Unsubscribe: <http:\/\/\S+\/forms\/newsletter\/unsubscribe\?token=token-1-\w+>$/,
    )
    expect(mail.text).toContain('Open data in de praktijk')
    expect(mail.html).toContain('Open data in de praktijk')

    const count = async (status: string) =>
      (await payload.count({ collection: 'deliveries', where: { status: { equals: status } } })).totalDocs
    expect(await count('sent')).toBe(SUBSCRIBERS - 1)
    expect(await count('failed')).toBe(1)
    const refused = (await payload.find({ collection: 'subscribers', where: { email: { equals: REFUSED } } }))
      .docs[0]!
    expect(refused.failures).toBe(1)
    expect(refused.lastFailure).toContain('550')
  }, 600_000)
})
