/**
 * An event the whole way round: an editor publishes it, and shortly after it is on the live site's
 * agenda, its page and the calendar feed; readers register on its page with JavaScript off, one gets
 * the last place and the next the waiting list; the confirmation is in the Outbox; the editor sees
 * the participants and downloads them as CSV from the event.
 */
import { readFile } from 'node:fs/promises'

import { expect, test, type Browser } from '@playwright/test'

import { fromAdmin, logIn } from './helpers/admin'

const live = process.env.E2E_LIVE_URL!
const title = 'Open Koffie in Deventer: de raad op Instagram'
const slug = 'open-koffie-deventer-raad-op-instagram'

/** Next year's 11 March, 15:30-16:45 in Amsterdam (winter time: UTC+1). */
const year = new Date().getUTCFullYear() + 1
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
  const created = await page.request.post('/api/events', {
    headers: fromAdmin(),
    data: {
      title,
      slug,
      kind: 'open-koffie',
      summary: 'Een raadsgriffie vertelt hoe zij de gemeenteraad zichtbaar maakt op Instagram.',
      start: `${year}-03-11T14:30:00.000Z`,
      end: `${year}-03-11T15:45:00.000Z`,
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

  // Live: its page, the agenda, and the calendar feed.
  await expect
    .poll(async () => (await request.get(`${live}/agenda/${slug}/`)).status(), { timeout: 120_000 })
    .toBe(200)
  expect(await (await request.get(`${live}/agenda/`)).text()).toContain(title)
  const feed = await (await request.get(`${live}/agenda/agenda.ics`)).text()
  expect(feed).toContain(`DTSTART;TZID=Europe/Amsterdam:${year}0311T153000`)

  // One place: the first reader gets it, the second the waiting list.
  expect(await registerWithoutJavaScript(browser, 'Marit Jansen', 'marit@deventer.test')).toBe(
    `${live}/agenda/aanmelden/bedankt/`,
  )
  expect(await registerWithoutJavaScript(browser, 'Olaf de Groot', 'olaf@deventer.test')).toBe(
    `${live}/agenda/aanmelden/wachtlijst/`,
  )

  // The confirmation, with the event attached, is in the Outbox.
  await expect
    .poll(
      async () => {
        await page.goto('/admin/outbox')
        return page
          .getByRole('row')
          .filter({ hasText: `Je bent aangemeld: ${title}` })
          .count()
      },
      { timeout: 30_000 },
    )
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
  expect(csv).toContain('"Marit Jansen","marit@deventer.test","","Vegetarisch","confirmed"')
  expect(csv).toContain('"Olaf de Groot","olaf@deventer.test","","Vegetarisch","waiting"')
})
