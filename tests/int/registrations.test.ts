/**
 * Registering for an event through the form on its page (cms/forms/): a place within the capacity,
 * the waiting list beyond it, mails with the event attached and a cancel link that frees the place
 * for the next person, the organisers' CSV, and registrations deleted after the event.
 */
import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'

import { GET as cancelPage, POST as cancelPost } from '../../cms/app/forms/registration/cancel/route'
import { POST as postForm } from '../../cms/app/forms/[form]/route'
import { eraseExpiredRegistrations } from '../../cms/forms/eraseExpiredSubmissions'
import { resetFormLimits } from '../../cms/forms/handleFormPost'
import { startSmtpServer } from '../helpers/smtpServer'
import { createUserAndLogin, rest, startCms, stopCms } from './helpers/cms'
import { paragraphs } from './helpers/documents'

let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let editor: Awaited<ReturnType<typeof createUserAndLogin>>
const SITE = 'http://localhost:4321'
const year = new Date().getUTCFullYear() + 1

async function publishEvent(contentId: string, overrides: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'events',
    data: {
      _status: 'published',
      title: `Open Koffie ${contentId}`,
      slug: contentId,
      contentId,
      kind: 'open-koffie',
      summary: 'Over werken in het openbaar.',
      start: `${year}-03-11T14:30:00.000Z`,
      end: `${year}-03-11T15:45:00.000Z`,
      timeZone: 'Europe/Amsterdam',
      venue: 'Stadhuis',
      address: 'Markt 1',
      city: 'Zwolle',
      region: 'overijssel',
      registration: 'open',
      capacity: 2,
      body: paragraphs('Welkom.'),
      ...overrides,
    } as never,
  })
}

beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  payload = await startCms()
  editor = await createUserAndLogin(payload, 'editor')
  await publishEvent('koffie-zwolle')
  await publishEvent('koffie-online', {
    online: true,
    onlineUrl: 'https://meet.example.org/koffie-geheim',
    venue: null,
    address: null,
    city: null,
    region: 'online',
    capacity: 1,
  })
  await publishEvent('koffie-dicht', { registration: 'closed' })
  await publishEvent('koffie-afgelast', { cancelled: true })
  await publishEvent('koffie-voorbij', { start: '2020-03-12T14:30:00.000Z', end: '2020-03-12T15:45:00.000Z' })
})
afterAll(async () => {
  await stopCms(payload)
  await smtp.stop()
})
beforeEach(() => resetFormLimits())

let ip = 0
async function register(event: string, email: string, extra: Record<string, string> = {}) {
  const body = new URLSearchParams({
    lang: 'nl',
    event,
    name: `Deelnemer ${email}`,
    email,
    consent: 'on',
    ...extra,
  })
  const response = await postForm(
    new Request('http://localhost:3000/forms/registration', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: SITE,
        Referer: `${SITE}/agenda/${event}/`,
        'X-Forwarded-For': `198.51.100.${++ip}`,
      },
      body,
    }),
    { params: Promise.resolve({ form: 'registration' }) },
  )
  return response.headers.get('location')
}

const registrationsOf = async (contentId: string) => {
  const { docs: events } = await payload.find({
    collection: 'events',
    where: { contentId: { equals: contentId } },
  })
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { event: { equals: events[0]!.id } },
    sort: 'createdAt',
    depth: 0,
    showHiddenFields: true,
  })
  return docs
}
const runMailJobs = () => payload.jobs.run({ queue: 'mail', limit: 50 })

describe('registering', () => {
  test('gives a place within the capacity, then the waiting list, and never twice', async () => {
    expect(await register('koffie-zwolle', 'anna@gemeente.test')).toBe(`${SITE}/agenda/aanmelden/bedankt/`)
    expect(await register('koffie-zwolle', 'bram@gemeente.test')).toBe(`${SITE}/agenda/aanmelden/bedankt/`)
    expect(await register('koffie-zwolle', 'carla@gemeente.test')).toBe(
      `${SITE}/agenda/aanmelden/wachtlijst/`,
    )
    // The same address again changes nothing.
    expect(await register('koffie-zwolle', 'Anna@Gemeente.test')).toBe(`${SITE}/agenda/aanmelden/bedankt/`)
    const statuses = (await registrationsOf('koffie-zwolle')).map((doc) => [doc.email, doc.status])
    expect(statuses).toEqual([
      ['anna@gemeente.test', 'confirmed'],
      ['bram@gemeente.test', 'confirmed'],
      ['carla@gemeente.test', 'waiting'],
    ])
  })

  test('gives the last place to one of many who ask at once', async () => {
    await publishEvent('koffie-druk', { capacity: 2 })
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, i) => register('koffie-druk', `persoon${i}@gemeente.test`)),
    )
    expect(outcomes.filter((location) => location?.endsWith('/bedankt/'))).toHaveLength(2)
    expect(outcomes.filter((location) => location?.endsWith('/wachtlijst/'))).toHaveLength(4)
  })

  test('is refused for an event that is closed, cancelled or over, and for one that does not exist', async () => {
    const closed = `${SITE}/agenda/aanmelden/niet-verstuurd/#closed`
    expect(await register('koffie-dicht', 'dirk@gemeente.test')).toBe(closed)
    expect(await register('koffie-afgelast', 'dirk@gemeente.test')).toBe(closed)
    expect(await register('koffie-voorbij', 'dirk@gemeente.test')).toBe(closed)
    expect(await register('bestaat-niet', 'dirk@gemeente.test')).toBe(
      `${SITE}/agenda/aanmelden/niet-verstuurd/#invalid-event`,
    )
    expect(await register('koffie-zwolle', 'dirk@gemeente.test', { consent: '' })).toBe(
      `${SITE}/agenda/aanmelden/niet-verstuurd/#invalid-consent`,
    )
  })
})

describe('the mails', () => {
  test('confirm with the event attached for a calendar, and give the online link only to people with a place', async () => {
    await register('koffie-online', 'eva@gemeente.test')
    await register('koffie-online', 'finn@gemeente.test')
    await runMailJobs()
    const eva = await smtp.waitFor((message) => message.to.includes('eva@gemeente.test'))
    expect(eva.mail.subject).toBe('Je bent aangemeld: Open Koffie koffie-online')
    expect(eva.mail.text).toContain('https://meet.example.org/koffie-geheim')
    expect(eva.mail.text).toMatch(/http:\/\/localhost:3000\/forms\/registration\/cancel\?token=[\w-]{20,}/)
    const ics = eva.mail.attachments.find((attachment) => attachment.filename === 'koffie-online.ics')!
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(ics.content.toString())).getFirstSubcomponent('vevent')!,
    )
    expect(event.uid).toBe('koffie-online@localhost')
    expect(event.startDate.toString()).toBe(`${year}-03-11T15:30:00`)

    const finn = await smtp.waitFor((message) => message.to.includes('finn@gemeente.test'))
    expect(finn.mail.subject).toBe('Je staat op de wachtlijst: Open Koffie koffie-online')
    expect(finn.mail.text).not.toContain('meet.example.org')
  })

  test('the cancel link asks first, then frees the place for the waiting list', async () => {
    const [anna] = await registrationsOf('koffie-zwolle')
    const url = `http://localhost:3000/forms/registration/cancel?token=${anna!.cancelToken}`
    const asked = await cancelPage(new Request(url))
    expect(asked.status).toBe(200)
    const html = await asked.text()
    expect(html).toContain('Wil je je afmelden voor Open Koffie koffie-zwolle')
    expect(html).toContain('<form method="post">')
    // It loads nothing; its form may post here and be sent on to the site.
    expect(asked.headers.get('content-security-policy')).toBe(
      "default-src 'none'; form-action 'self' https://openambt.example http://localhost:4321 http://127.0.0.1:4321; base-uri 'none'; frame-ancestors 'none'",
    )
    // Opening the link cancelled nothing.
    expect((await registrationsOf('koffie-zwolle'))[0]!.status).toBe('confirmed')

    const done = await cancelPost(
      new Request(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token: anna!.cancelToken! }),
      }),
    )
    expect(done.status).toBe(303)
    expect(done.headers.get('location')).toBe('http://localhost:4321/agenda/aanmelden/afgemeld/')
    expect((await registrationsOf('koffie-zwolle')).map((doc) => doc.status)).toEqual([
      'cancelled',
      'confirmed',
      'confirmed',
    ])
    await runMailJobs()
    const carla = await smtp.waitFor(
      (message) =>
        message.to.includes('carla@gemeente.test') && /Er is plek/.test(message.mail.subject ?? ''),
    )
    expect(carla.mail.subject).toBe('Er is plek: je bent aangemeld voor Open Koffie koffie-zwolle')
    expect(
      (
        await cancelPage(
          new Request('http://localhost:3000/forms/registration/cancel?token=onzin-onzin-onzin-onzin'),
        )
      ).status,
    ).toBe(404)
  })
})

describe('the organisers', () => {
  test('export the participants as CSV, formulas kept as text', async () => {
    await register('koffie-zwolle', 'gijs@gemeente.test', { organisation: '=HYPERLINK("http://x")' })
    const [event] = (
      await payload.find({ collection: 'events', where: { contentId: { equals: 'koffie-zwolle' } } })
    ).docs
    const csv = await rest('GET', `/registrations/export?event=${event!.id}`, { token: editor.token })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/)
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe('"naam","e-mail","organisatie","wensen","status","aangemeld op"')
    expect(lines.slice(1).map((line) => line.split(',')[4])).toEqual([
      '"confirmed"',
      '"confirmed"',
      '"waiting"',
      '"cancelled"',
    ])
    expect(lines.find((line) => line.includes('gijs@'))).toContain(`"'=HYPERLINK(""http://x"")"`)
    const author = await createUserAndLogin(payload, 'author')
    expect(
      (await rest('GET', `/registrations/export?event=${event!.id}`, { token: author.token })).status,
    ).toBe(403)
  })

  test('registrations are deleted 30 days after their event', async () => {
    const before = (await registrationsOf('koffie-zwolle')).length
    expect(await eraseExpiredRegistrations(payload, new Date(`${year}-03-20T00:00:00Z`))).toBe(0)
    expect(
      await eraseExpiredRegistrations(payload, new Date(`${year}-04-11T00:00:00Z`)),
    ).toBeGreaterThanOrEqual(before)
    expect(await registrationsOf('koffie-zwolle')).toHaveLength(0)
  })
})

describe('when the editors change the event', () => {
  test('a new time reaches everyone registered, with an updated calendar file; a cancellation too', async () => {
    const event = await publishEvent('koffie-verzet', { capacity: 1 })
    await register('koffie-verzet', 'hanna@gemeente.test')
    await register('koffie-verzet', 'ivo@gemeente.test')
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { start: `${year}-03-18T14:30:00.000Z`, end: `${year}-03-18T15:45:00.000Z` },
    })
    await runMailJobs()
    for (const address of ['hanna@gemeente.test', 'ivo@gemeente.test']) {
      const { mail } = await smtp.waitFor(
        (message) => message.to.includes(address) && /^Gewijzigd/.test(message.mail.subject ?? ''),
      )
      // 14:30 UTC is 15:30 in Amsterdam in March (winter time).
      expect(mail.text).toContain(`18 maart ${year}, 15.30–16.45 uur`)
      const ics = mail.attachments[0]!.content.toString()
      expect(ics).toContain('SEQUENCE:1')
    }
    await payload.update({ collection: 'events', id: event.id, data: { cancelled: true } })
    await runMailJobs()
    const { mail } = await smtp.waitFor(
      (message) => message.to.includes('hanna@gemeente.test') && /^Afgelast/.test(message.mail.subject ?? ''),
    )
    expect(mail.attachments[0]!.content.toString()).toContain('STATUS:CANCELLED')
    expect(mail.text).not.toContain('/forms/registration/cancel')
  })

  test('more places move the waiting list up', async () => {
    const event = await publishEvent('koffie-groter', { capacity: 1 })
    for (const address of ['jan@gemeente.test', 'kim@gemeente.test', 'lea@gemeente.test'])
      await register('koffie-groter', address)
    await payload.update({ collection: 'events', id: event.id, data: { capacity: 2 } })
    expect((await registrationsOf('koffie-groter')).map((doc) => doc.status)).toEqual([
      'confirmed',
      'confirmed',
      'waiting',
    ])
  })
})
