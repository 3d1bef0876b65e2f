/**
 * The readers' forms (cms/forms/): what the static site posts to /forms/<kind> is checked against
 * the shared definitions (model/forms.ts), stored as a submission for the editors, and mailed
 * about through a real SMTP server started here; what is hostile or too much is refused with the
 * reader sent back to the form's "not sent" page, and nothing is stored.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'

import { POST as postForm } from '../../cms/app/forms/[form]/route'
import { eraseExpiredSubmissions } from '../../cms/forms/eraseExpiredSubmissions'
import { resetFormLimits } from '../../cms/forms/handleFormPost'
import { startSmtpServer } from '../helpers/smtpServer'
import { createUserAndLogin, rest, restJson, startCms, stopCms } from './helpers/cms'

let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let editor: Awaited<ReturnType<typeof createUserAndLogin>>
const SITE = 'http://localhost:4321'

beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  process.env.EDITORS_ADDRESS = 'inbox@netwerk.test'
  payload = await startCms()
  editor = await createUserAndLogin(payload, 'editor')
  await payload.create({
    collection: 'topics',
    data: { name: 'Open data', slug: 'open-data', contentId: 'open-data' } as never,
  })
  await payload.create({
    collection: 'speakers',
    data: {
      _status: 'published',
      name: 'Ilse Vermeulen',
      slug: 'ilse-vermeulen',
      contentId: 'ilse-vermeulen',
      jobTitle: 'Strateeg',
      organisation: 'Provincie Utrecht',
      bio: 'Ilse vertelt over samenwerken in het openbaar.',
      regions: ['utrecht'],
      languages: ['nl'],
      talks: [{ title: 'Werken in het openbaar', description: 'Wat het een provincie opleverde.' }],
      howToRequest: 'Via het formulier.',
      requestEmail: 'ilse@provincie.test',
    } as never,
  })
})
afterAll(async () => {
  await stopCms(payload)
  await smtp.stop()
})
beforeEach(() => resetFormLimits())

const nextYear = `${new Date().getUTCFullYear() + 1}-05-12`

const tip = (overrides: Record<string, string | string[]> = {}) => ({
  lang: 'nl',
  title: 'Plan je berichten in een gedeelde agenda',
  body: 'Zet alle berichten voor sociale media een week vooruit in een gedeelde agenda.\n\nZo ziet het hele team wat eraan komt.',
  category: 'social-media',
  topics: ['open-data'],
  name: 'Sanne de Boer',
  email: 'Sanne@Gemeente.test',
  organisation: 'Gemeente Zeist',
  credit: 'on',
  licence: 'on',
  elapsed: '45000',
  website: '',
  ...overrides,
})

async function send(
  kind: string,
  fields: Record<string, string | string[]>,
  { origin = SITE, ip = '203.0.113.7', referer = `${SITE}/tips/insturen/` } = {},
) {
  const body = new URLSearchParams()
  for (const [name, value] of Object.entries(fields))
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item)
  const request = new Request(`http://localhost:3000/forms/${kind}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Origin: origin,
      Referer: referer,
      'X-Forwarded-For': ip,
    },
    body,
  })
  const response = await postForm(request, { params: Promise.resolve({ form: kind }) })
  return { status: response.status, location: response.headers.get('location'), response }
}

const submissions = async () =>
  (await payload.find({ collection: 'submissions', depth: 0, pagination: false, overrideAccess: true })).docs

const runMailJobs = () => payload.jobs.run({ queue: 'mail', limit: 50 })

describe('a tip from the site', () => {
  test('is stored for the editors, the reader goes to the thank-you page and gets a receipt', async () => {
    const { status, location } = await send('tip', tip())
    expect(status).toBe(303)
    expect(location).toBe(`${SITE}/tips/insturen/bedankt/`)
    const [stored] = (await submissions()).filter((doc) => doc.title === tip().title)
    expect(stored).toMatchObject({
      kind: 'tip',
      status: 'new',
      language: 'nl',
      email: 'sanne@gemeente.test',
      category: 'social-media',
      credit: true,
      licence: true,
    })
    expect(stored!.topics).toHaveLength(1)

    await runMailJobs()
    const { mail, to } = await smtp.waitFor((message) => message.to.includes('sanne@gemeente.test'))
    expect(to).toEqual(['sanne@gemeente.test'])
    expect(mail.subject).toBe('We hebben je tip ontvangen: Plan je berichten in een gedeelde agenda')
    expect(mail.text).toContain('Categorie: Sociale media')
    expect(mail.text).toContain('Onderwerpen: Open data')
    expect(mail.text).toMatch(/We bewaren deze gegevens 180 dagen/)
  })

  test('in English, answers in English', async () => {
    const { location } = await send(
      'tip',
      tip({ lang: 'en', email: 'ruth@council.test', title: 'Write the summary first' }),
      {
        referer: `${SITE}/en/tips/submit/`,
      },
    )
    expect(location).toBe(`${SITE}/en/tips/submit/thanks/`)
    await runMailJobs()
    const { mail } = await smtp.waitFor((message) => message.to.includes('ruth@council.test'))
    expect(mail.subject).toBe('We received your tip: Write the summary first')
  })

  test('an editor makes it a draft tip in one step, and the sender hears it was accepted', async () => {
    await send('tip', tip({ email: 'joost@waterschap.test', title: 'Schrijf eerst de samenvatting' }))
    const [submission] = (await submissions()).filter((doc) => doc.email === 'joost@waterschap.test')
    const made = await restJson<{ tip: { id: number } }>('POST', `/submissions/${submission!.id}/draft-tip`, {
      token: editor.token,
      headers: { Origin: 'http://localhost:3000' },
    })
    expect(made.status).toBe(201)
    const draft = await payload.findByID({ collection: 'tips', id: made.json.tip.id, draft: true, depth: 0 })
    expect(draft).toMatchObject({
      _status: 'draft',
      title: 'Schrijf eerst de samenvatting',
      category: 'social-media',
    })
    expect(draft.topics).toEqual(submission!.topics)
    const text = JSON.stringify(draft.body)
    expect(text).toContain('Zo ziet het hele team wat eraan komt.')
    expect(text).toContain('Met dank aan Sanne de Boer (Gemeente Zeist), die deze tip instuurde.')
    expect(await payload.findByID({ collection: 'submissions', id: submission!.id, depth: 0 })).toMatchObject(
      {
        status: 'accepted',
        tip: made.json.tip.id,
      },
    )
    // Asking again gives the same draft.
    const again = await restJson<{ tip: { id: number } }>(
      'POST',
      `/submissions/${submission!.id}/draft-tip`,
      {
        token: editor.token,
        headers: { Origin: 'http://localhost:3000' },
      },
    )
    expect(again.json.tip.id).toBe(made.json.tip.id)

    await runMailJobs()
    const { mail } = await smtp.waitFor(
      (message) =>
        message.to.includes('joost@waterschap.test') && /geaccepteerd/.test(message.mail.subject ?? ''),
    )
    expect(mail.subject).toBe('Je tip is geaccepteerd: Schrijf eerst de samenvatting')
  })

  test('an author may not accept tips, and nobody reads or writes submissions anonymously', async () => {
    const author = await createUserAndLogin(payload, 'author')
    const [submission] = await submissions()
    const refused = await rest('POST', `/submissions/${submission!.id}/draft-tip`, {
      token: author.token,
      headers: { Origin: 'http://localhost:3000' },
    })
    expect(refused.status).toBe(403)
    expect((await rest('GET', '/submissions')).status).toBe(403)
    const created = await rest('POST', '/submissions', {
      body: { kind: 'tip', status: 'new', language: 'nl' },
    })
    expect([401, 403]).toContain(created.status)
  })
})

describe('a speaker request', () => {
  test('reaches the editors and the speaker, who can answer the requester directly', async () => {
    const { location } = await send(
      'speaker-request',
      {
        lang: 'nl',
        speaker: 'ilse-vermeulen',
        organisation: 'Waterschap Vallei en Veluwe',
        eventDate: nextYear,
        setting: 'on-site',
        place: 'Apeldoorn, Kanaal Noord 1',
        audience: 'Veertig beleidsmedewerkers.',
        audienceSize: '40',
        talkTopic: 'Hoe werk je in het openbaar?',
        name: 'Pieter Bakker',
        email: 'pieter@waterschap.test',
      },
      { referer: `${SITE}/sprekers/ilse-vermeulen/` },
    )
    expect(location).toBe(`${SITE}/sprekers/aanvragen/bedankt/`)
    await runMailJobs()
    const forwarded = await smtp.waitFor((message) => message.to.includes('ilse@provincie.test'))
    expect(forwarded.to).toEqual(['inbox@netwerk.test', 'ilse@provincie.test'])
    expect(forwarded.mail.replyTo?.value[0]?.address).toBe('pieter@waterschap.test')
    expect(forwarded.mail.subject).toBe('Sprekersaanvraag van Waterschap Vallei en Veluwe')
    expect(forwarded.mail.text).toContain('Spreker: Ilse Vermeulen')
    expect(forwarded.mail.text).toContain(`Datum: ${nextYear}`)
    await smtp.waitFor((message) => message.to.includes('pieter@waterschap.test'))
  })

  test('on site without a place, or on a date in the past, is sent back to that field', async () => {
    const request = {
      lang: 'nl',
      organisation: 'Gemeente Ede',
      eventDate: nextYear,
      setting: 'on-site',
      audience: 'Raadsleden',
      audienceSize: '25',
      talkTopic: 'Sociale media',
      name: 'Els',
      email: 'els@ede.test',
    }
    expect((await send('speaker-request', request)).location).toBe(
      `${SITE}/sprekers/aanvragen/niet-verstuurd/#invalid-place`,
    )
    expect(
      (await send('speaker-request', { ...request, place: 'Ede', eventDate: '2020-01-01' })).location,
    ).toBe(`${SITE}/sprekers/aanvragen/niet-verstuurd/#invalid-eventDate`)
  })
})

describe('refusals', () => {
  test('each problem sends the reader to its explanation, and nothing is stored', async () => {
    const before = (await submissions()).length
    const notSent = `${SITE}/tips/insturen/niet-verstuurd/`
    const cases: [Record<string, string | string[]>, string][] = [
      [{ title: '' }, 'invalid-title'],
      [{ title: 'x'.repeat(121) }, 'invalid-title'],
      [{ email: 'geen-adres' }, 'invalid-email'],
      [{ category: 'recipes' }, 'invalid-category'],
      [{ topics: ['bestaat-niet'] }, 'invalid-topics'],
      [{ licence: '' }, 'invalid-licence'],
      [{ body: 'Zie <script>alert(1)</script>' }, 'html-body'],
      [{ name: '<b>Sanne</b>' }, 'html-name'],
      [{ subject: 'x', title: 'Klik <img src=x onerror=alert(1)>' }, 'html-title'],
      [{ body: 'Kijk op https://a.test, www.b.test en http://c.test' }, 'links'],
      [{ elapsed: '900' }, 'too-fast'],
      [{ body: 'x'.repeat(40_000) }, 'invalid'],
    ]
    // Each from its own address, so the limits per client stay out of it.
    for (const [i, [overrides, anchor]] of cases.entries())
      expect((await send('tip', tip(overrides), { ip: `198.18.0.${i + 1}` })).location).toBe(
        `${notSent}#${anchor}`,
      )
    expect((await submissions()).length).toBe(before)
  })

  test('angle brackets that are no HTML are kept as written', async () => {
    const body =
      'Houd berichten kort (<280 tekens) en reageer binnen 24 uur -> dan blijft het gesprek gaande.'
    expect(
      (await send('tip', tip({ body, email: 'lotte@gemeente.test' }), { ip: '198.18.1.1' })).location,
    ).toMatch(/bedankt\/$/)
    expect((await submissions()).find((doc) => doc.email === 'lotte@gemeente.test')?.body).toBe(body)
  })

  test('a filled-in honeypot looks like success to the bot, and nothing is stored', async () => {
    const before = (await submissions()).length
    expect((await send('tip', tip({ website: 'https://spam.test' }))).location).toBe(
      `${SITE}/tips/insturen/bedankt/`,
    )
    expect((await submissions()).length).toBe(before)
  })

  test('another site may not post, nor a request without an origin', async () => {
    expect(
      (await send('tip', tip(), { origin: 'https://elders.test', referer: 'https://elders.test/' })).status,
    ).toBe(403)
    expect((await send('tip', tip(), { origin: '', referer: '' })).status).toBe(403)
  })

  test('a flood of 1,000 posts from one address stores ten, and the admin answers meanwhile', async () => {
    const before = (await submissions()).length
    const flood = Array.from({ length: 1000 }, (_, i) =>
      send(
        'contact',
        {
          lang: 'nl',
          name: 'Bot',
          email: `bot${i}@spam.test`,
          subject: `Aanbieding ${i}`,
          message: 'Goedkope volgers.',
        },
        { ip: '198.51.100.9' },
      ),
    )
    const during = await rest('GET', '/posts?limit=1', { token: editor.token })
    const results = await Promise.all(flood)
    expect(during.status).toBe(200)
    const tooMany = results.filter((result) => result.location?.endsWith('#too-many'))
    expect(tooMany).toHaveLength(990)
    expect(Number(tooMany[0]!.response.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await submissions()).length).toBe(before + 10)
    // Another reader is not held back by the bot.
    expect(
      (await send('tip', tip({ email: 'anne@gemeente.test' }), { ip: '203.0.113.50' })).location,
    ).toMatch(/bedankt\/$/)
  })

  test('one e-mail address may send a few per hour, from wherever', async () => {
    const message = (ip: string) =>
      send(
        'contact',
        { lang: 'nl', name: 'Kim', email: 'kim@gemeente.test', subject: 'Vraag', message: 'Hoi' },
        { ip },
      )
    for (const ip of ['192.0.2.1', '192.0.2.2', '192.0.2.3'])
      expect((await message(ip)).location).toMatch(/bedankt\/$/)
    expect((await message('192.0.2.4')).location).toMatch(/#too-many$/)
  })
})

describe('personal data', () => {
  test('an admin exports and erases everything one address sent', async () => {
    const admin = await createUserAndLogin(payload, 'admin')
    await send('contact', {
      lang: 'nl',
      name: 'Noor',
      email: 'noor@gemeente.test',
      subject: 'Vraag',
      message: 'Hallo',
    })
    await send('newsletter', { lang: 'nl', email: 'noor@gemeente.test', language: 'nl', consent: 'on' })
    const exported = await rest('GET', '/submissions/personal-data?email=NOOR@gemeente.test', {
      token: admin.token,
    })
    expect(exported.status).toBe(200)
    expect(exported.headers.get('content-disposition')).toMatch(/attachment/)
    const json = (await exported.json()) as {
      submissions: { subject: string }[]
      newsletter: { status: string }[]
    }
    expect(json.submissions.map((doc) => doc.subject)).toEqual(['Vraag'])
    expect(json.newsletter.map((doc) => doc.status)).toEqual(['pending'])
    expect(
      (await rest('GET', '/submissions/personal-data?email=noor@gemeente.test', { token: editor.token }))
        .status,
    ).toBe(403)

    const erased = await restJson('DELETE', '/submissions/personal-data?email=noor@gemeente.test', {
      token: admin.token,
      headers: { Origin: 'http://localhost:3000' },
    })
    expect(erased.json).toMatchObject({ deleted: 2 })
    expect((await submissions()).filter((doc) => doc.email === 'noor@gemeente.test')).toHaveLength(0)
  })

  test('submissions older than the retention period are deleted', async () => {
    const count = (await submissions()).length
    expect(count).toBeGreaterThan(0)
    expect(await eraseExpiredSubmissions(payload, new Date())).toBe(0)
    const later = new Date(Date.now() + 181 * 24 * 60 * 60 * 1000)
    expect(await eraseExpiredSubmissions(payload, later)).toBe(count)
    expect(await submissions()).toHaveLength(0)
  })
})
