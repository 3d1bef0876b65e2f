/**
 * Subscribing to the newsletter (issue #20): the form on the site makes a subscription that waits
 * for confirmation and mails the link (read from a real SMTP server); the link asks before it
 * confirms; every mail's links change the language or unsubscribe, also as the one-click
 * unsubscribe of mail programs; unconfirmed addresses are deleted after the set time.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'

import { POST as postForm } from '../../cms/app/forms/[form]/route'
import { GET as confirmPage, POST as confirmPost } from '../../cms/app/forms/newsletter/confirm/route'
import { GET as managePage, POST as managePost } from '../../cms/app/forms/newsletter/manage/route'
import { POST as unsubscribePost } from '../../cms/app/forms/newsletter/unsubscribe/route'
import { eraseUnconfirmedSubscribers } from '../../cms/forms/eraseExpiredSubmissions'
import { resetFormLimits } from '../../cms/forms/handleFormPost'
import { startSmtpServer } from '../helpers/smtpServer'
import { startCms, stopCms } from './helpers/cms'

let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
const SITE = 'http://localhost:4321'
const CMS = 'http://localhost:3000'

beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  payload = await startCms()
})
afterAll(async () => {
  await stopCms(payload)
  await smtp.stop()
})
beforeEach(() => resetFormLimits())

let ip = 0
async function subscribe(email: string, fields: Record<string, string> = {}, page = '/nieuwsbrief/') {
  const response = await postForm(
    new Request(`${CMS}/forms/newsletter`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: SITE,
        Referer: `${SITE}/`,
        'X-Forwarded-For': `203.0.113.${++ip}`,
      },
      body: new URLSearchParams({ lang: 'nl', email, language: 'nl', consent: 'on', page, ...fields }),
    }),
    { params: Promise.resolve({ form: 'newsletter' }) },
  )
  return response.headers.get('location')
}

const subscriberOf = async (email: string) =>
  (
    await payload.find({
      collection: 'subscribers',
      where: { email: { equals: email } },
      depth: 0,
      showHiddenFields: true,
      overrideAccess: true,
    })
  ).docs[0]

const linksRead = new Map<string, number>()
/** The link in the next confirmation mail to this address, once the mail job has run. */
async function confirmLink(email: string): Promise<string> {
  await payload.jobs.run({ queue: 'mail', limit: 50 })
  const nth = linksRead.get(email) ?? 0
  linksRead.set(email, nth + 1)
  const mail = await smtp.waitFor(
    (message) => smtp.received.filter((each) => each.to.includes(email)).indexOf(message) === nth,
  )
  const link = /https?:\/\/\S+\/forms\/newsletter\/confirm\?token=[\w-]+/.exec(mail.mail.text ?? '')?.[0]
  expect(link).toBeTruthy()
  return link!
}

const post = (url: string, body: Record<string, string>) =>
  new Request(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(body),
  })

describe('subscribing', () => {
  test('waits for the link in the mail; opening it asks, the button confirms', async () => {
    expect(await subscribe('femke@provincie.test', { language: 'en' }, '/blog/open-data/')).toBe(
      `${SITE}/nieuwsbrief/bedankt/`,
    )
    const pending = await subscriberOf('femke@provincie.test')
    expect(pending).toMatchObject({
      status: 'pending',
      language: 'en',
      subscribedFrom: `${SITE}/blog/open-data/`,
      confirmedAt: null,
    })
    const link = await confirmLink('femke@provincie.test')
    const mail = smtp.received.find((message) => message.to.includes('femke@provincie.test'))!
    expect(mail.mail.subject).toBe('Confirm your subscription to the Open Ambt newsletter')

    // A mail scanner that opens the link changes nothing.
    const page = await confirmPage(new Request(link))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'")
    const html = await page.text()
    expect(html).toContain('femke@provincie.test')
    expect((await subscriberOf('femke@provincie.test'))!.status).toBe('pending')

    const token = new URL(link).searchParams.get('token')!
    const confirmed = await confirmPost(post(link, { token }))
    expect(confirmed.status).toBe(303)
    expect(confirmed.headers.get('location')).toBe(`${SITE}/en/newsletter/confirmed/`)
    const active = await subscriberOf('femke@provincie.test')
    expect(active!.status).toBe('active')
    expect(active!.confirmedAt).toBeTruthy()
  })

  test('answers the same whether or not an address is already subscribed, and mails no one twice for it', async () => {
    await subscribe('gert@waterschap.test')
    await confirmPost(
      post(`${CMS}/forms/newsletter/confirm`, {
        token: new URL(await confirmLink('gert@waterschap.test')).searchParams.get('token')!,
      }),
    )
    const mailsBefore = smtp.received.length
    expect(await subscribe('Gert@Waterschap.test')).toBe(`${SITE}/nieuwsbrief/bedankt/`)
    await payload.jobs.run({ queue: 'mail', limit: 50 })
    expect(smtp.received.length).toBe(mailsBefore)
    expect((await subscriberOf('gert@waterschap.test'))!.status).toBe('active')
  })

  test('refuses a form without consent, with a bad address or with markup, naming the field', async () => {
    expect(await subscribe('hanna@gemeente.test', { consent: '' })).toBe(
      `${SITE}/nieuwsbrief/niet-verstuurd/#invalid-consent`,
    )
    expect(await subscribe('geen-adres')).toBe(`${SITE}/nieuwsbrief/niet-verstuurd/#invalid-email`)
    expect(await subscribe('hanna@gemeente.test', { language: 'de' })).toBe(
      `${SITE}/nieuwsbrief/niet-verstuurd/#invalid-language`,
    )
    expect(await subscriberOf('hanna@gemeente.test')).toBeUndefined()
    // Where the form was is kept only as a path of the site.
    for (const page of ['//evil.example/x', 'javascript:alert(1)', '/<script>/'])
      expect(await subscribe('kees@gemeente.test', {}, page)).toBe(`${SITE}/nieuwsbrief/bedankt/`)
    expect((await subscriberOf('kees@gemeente.test'))!.subscribedFrom).toBeNull()
  })
})

describe('the links in every mail', () => {
  test('change the language, and unsubscribe by the button or by a mail program’s one click', async () => {
    await subscribe('ines@rijk.test')
    const token = new URL(await confirmLink('ines@rijk.test')).searchParams.get('token')!
    await confirmPost(post(`${CMS}/forms/newsletter/confirm`, { token }))

    const manage = await managePage(new Request(`${CMS}/forms/newsletter/manage?token=${token}`))
    const html = await manage.text()
    expect(html).toContain('Je ontvangt de nieuwsbrief op ines@rijk.test, in het Nederlands.')
    expect(html).toContain('action="/forms/newsletter/unsubscribe"')
    const changed = await managePost(post(`${CMS}/forms/newsletter/manage`, { token, language: 'en' }))
    expect(changed.headers.get('location')).toBe(`${SITE}/en/newsletter/changed/`)
    expect((await subscriberOf('ines@rijk.test'))!.language).toBe('en')

    // RFC 8058: the mail program posts to the List-Unsubscribe address, token in the address.
    const oneClick = await unsubscribePost(
      post(`${CMS}/forms/newsletter/unsubscribe?token=${token}`, { 'List-Unsubscribe': 'One-Click' }),
    )
    expect(oneClick.status).toBe(200)
    expect(await subscriberOf('ines@rijk.test')).toMatchObject({
      status: 'unsubscribed',
      unsubscribedHow: 'one-click',
    })

    // Subscribing again starts over with a new link; the old one no longer works.
    await subscribe('ines@rijk.test')
    const newToken = new URL(await confirmLink('ines@rijk.test')).searchParams.get('token')!
    expect(newToken).not.toBe(token)
    expect((await managePage(new Request(`${CMS}/forms/newsletter/manage?token=${token}`))).status).toBe(404)
    await confirmPost(post(`${CMS}/forms/newsletter/confirm`, { token: newToken }))
    const byButton = await unsubscribePost(post(`${CMS}/forms/newsletter/unsubscribe`, { token: newToken }))
    expect(byButton.headers.get('location')).toBe(`${SITE}/nieuwsbrief/uitgeschreven/`)
    expect(await subscriberOf('ines@rijk.test')).toMatchObject({
      status: 'unsubscribed',
      unsubscribedHow: 'link',
    })
  })

  test('a made-up or malformed token finds nothing', async () => {
    for (const token of ['x', 'a'.repeat(32), '<script>alert(1)</script>'.padEnd(30, 'x')]) {
      const page = await confirmPage(
        new Request(`${CMS}/forms/newsletter/confirm?token=${encodeURIComponent(token)}`),
      )
      expect(page.status).toBe(404)
      expect(await page.text()).not.toContain('<script>')
    }
  })
})

describe('unconfirmed subscriptions', () => {
  test('are deleted after NEWSLETTER_CONFIRM_DAYS; confirmed ones stay', async () => {
    await subscribe('jan@gemeente.test')
    const later = new Date(Date.now() + 8 * 24 * 60 * 60 * 1000)
    expect(await eraseUnconfirmedSubscribers(payload, later)).toBeGreaterThanOrEqual(1)
    expect(await subscriberOf('jan@gemeente.test')).toBeUndefined()
    expect((await subscriberOf('femke@provincie.test'))!.status).toBe('active')
  })
})
