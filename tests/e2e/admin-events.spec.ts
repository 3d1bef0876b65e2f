/**
 * An event the whole way round: an editor publishes it, and shortly after it is on the live site's
 * agenda, its page, the home page, its topic's and speaker's pages, the calendar feed and search;
 * readers register on its page with JavaScript off, one gets the last place and the next the waiting
 * list; the first cancels through the link in her mail (read in the Outbox) and the second moves up
 * and is mailed; the editor sees the participants and downloads them as CSV from the event.
 */
import { readFile } from 'node:fs/promises'

import { expect, test, type Browser } from '@playwright/test'

import { fromAdmin, logIn, mailsInOutbox } from './helpers/admin'

const live = process.env.E2E_LIVE_URL!
const title = 'Open Koffie in Deventer: de raad op Instagram'
const slug = 'open-koffie-deventer-raad-op-instagram'

/** Two days from now at 14:30 UTC: sooner than every demo event, so it leads the home page's list. */
const day = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
const start = `${day}T14:30:00.000Z`
const end = `${day}T15:45:00.000Z`
/** The local start in the calendar file: 15:30 in winter (UTC+1), 16:30 in summer (UTC+2). */
const localStart = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
})
  .format(new Date(start))
  .replace(/[-: ]/g, (match) => (match === ' ' ? 'T' : ''))
// A word nowhere else on the site, to search for.
const word = 'raadsgriffiestories'
const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  children: [{ type: 'text', version: 1, text }],
})

async function registerWithoutJavaScript(browser: Browser, name: string, email: string): Promise<string> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`${live}/agenda/${slug}/`)
  const form = page.locator('form[data-reader-form]')
  await form.getByLabel(/^Je naam/).fill(name)
  await form.getByLabel(/^Je e-mailadres/).fill(email)
  await form.getByLabel(/^Dieetwensen/).fill('Vegetarisch')
  await form.getByLabel(/^Ik ga akkoord/).check()
  await form.getByRole('button', { name: 'Versturen' }).click()
  await page.waitForURL(/\/agenda\/aanmelden\//)
  const url = page.url()
  await context.close()
  return url
}

test('an editor publishes an event, it goes live, and readers register on its page', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(300_000)
  await logIn(page)
  const idOf = async (collection: string, contentId: string) =>
    (
      await (
        await page.request.get(`/api/${collection}?where[contentId][equals]=${contentId}&depth=0`, {
          headers: fromAdmin(),
        })
      ).json()
    ).docs[0].id
  const topicId = await idOf('topics', 'sociale-media')
  const speakerId = await idOf('speakers', 'annelies-peeters')
  const created = await page.request.post('/api/events', {
    headers: fromAdmin(),
    data: {
      title,
      slug,
      kind: 'open-koffie',
      summary: `Een raadsgriffie vertelt over ${word}: hoe zij de gemeenteraad zichtbaar maakt op Instagram.`,
      start,
      end,
      topics: [topicId],
      speakers: [speakerId],
      timeZone: 'Europe/Amsterdam',
      venue: 'Stadhuis Deventer',
      address: 'Grote Kerkhof 4',
      city: 'Deventer',
      region: 'overijssel',
      registration: 'open',
      capacity: 1,
      body: { root: { type: 'root', version: 1, children: [paragraph('Koffie en thee staan klaar.')] } },
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = await created.json()

  // Live: its page, the agenda, the home page, its topic's and speaker's pages, the calendar feed, search.
  await expect
    .poll(async () => (await request.get(`${live}/agenda/${slug}/`)).status(), { timeout: 120_000 })
    .toBe(200)
  for (const path of ['/agenda/', '/', '/onderwerpen/sociale-media/', '/sprekers/annelies-peeters/'])
    expect(await (await request.get(`${live}${path}`)).text(), path).toContain(title)
  const feed = await (await request.get(`${live}/agenda/agenda.ics`)).text()
  expect(feed).toContain(`DTSTART;TZID=Europe/Amsterdam:${localStart}00`)
  await page.goto(`${live}/zoeken/?q=${word}`)
  await expect(page.locator('.search-result').filter({ hasText: title })).toHaveCount(1)

  // One place: the first reader gets it, the second the waiting list.
  expect(await registerWithoutJavaScript(browser, 'Marit Jansen', 'marit@deventer.test')).toBe(
    `${live}/agenda/aanmelden/bedankt/`,
  )
  expect(await registerWithoutJavaScript(browser, 'Olaf de Groot', 'olaf@deventer.test')).toBe(
    `${live}/agenda/aanmelden/wachtlijst/`,
  )

  // The confirmation, with the event attached, is in the Outbox.
  await expect.poll(() => mailsInOutbox(page, `Je bent aangemeld: ${title}`), { timeout: 30_000 }).toBe(1)

  // Marit cannot come after all: the link in her mail asks, and then gives her place to Olaf.
  await page.goto('/admin/outbox')
  await page
    .getByRole('row')
    .filter({ hasText: `Je bent aangemeld: ${title}` })
    .getByRole('link')
    .first()
    .click()
  const cancelLink = await page
    .locator('a[href*="/forms/registration/cancel?token="]')
    .first()
    .getAttribute('href')
  const marit = await browser.newContext({ javaScriptEnabled: false })
  const mail = await marit.newPage()
  await mail.goto(cancelLink!)
  await expect(mail.getByText(`Wil je je afmelden voor ${title}`)).toBeVisible()
  await mail.getByRole('button', { name: 'Ja, meld mij af' }).click()
  await expect(mail).toHaveURL(`${live}/agenda/aanmelden/afgemeld/`)
  await expect(mail.getByRole('status')).toContainText('Je aanmelding is geannuleerd')
  await marit.close()
  await expect
    .poll(() => mailsInOutbox(page, `Er is plek: je bent aangemeld voor ${title}`), { timeout: 30_000 })
    .toBe(1)

  // The editor sees the participants from the event and downloads them.
  await page.goto(`/admin/collections/events/${doc.id}`)
  await page.getByRole('link', { name: /Bekijk de aanmeldingen|See the registrations/ }).click()
  await expect(page.getByRole('row').filter({ hasText: 'Marit Jansen' })).toHaveCount(1)
  await expect(page.getByRole('row').filter({ hasText: 'Olaf de Groot' })).toHaveCount(1)
  await page.goto(`/admin/collections/events/${doc.id}`)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /CSV/ }).click(),
  ])
  const csv = await readFile((await download.path())!, 'utf8')
  expect(csv).toContain('"Olaf de Groot","olaf@deventer.test","","Vegetarisch","confirmed"')
  expect(csv).toContain('"Marit Jansen","marit@deventer.test","","Vegetarisch","cancelled"')
})
