/**
 * An event the whole way round: an editor fills in and publishes it in the admin, and shortly after it is on the live site's
 * agenda, its page, the home page, its topic's and speaker's pages, the calendar feed and search;
 * readers register on its page with JavaScript off, one gets the last place and the next the waiting
 * list; the first cancels through the link in her mail (read in the Outbox) and the second moves up
 * and is mailed; the editor sees the participants and downloads them as CSV from the event.
 */
import { readFile } from 'node:fs/promises'

import { expect, test, type Browser, type Page } from '@playwright/test'

import { fromAdmin, logIn, mailsInOutbox, publishInEditView, typeIntoBody } from './helpers/admin'

const live = process.env.E2E_LIVE_URL!
const title = 'Open Koffie in Deventer: de raad op Instagram'
/** Made from the title by the admin. */
const slug = 'open-koffie-in-deventer-de-raad-op-instagram'

/**
 * Two days from now, 15:30 to 16:45 in Amsterdam: sooner than every demo event, so it leads the
 * home page's list. The browser is in Amsterdam's time zone, as the editors are; the calendar file
 * gives the same wall-clock time under TZID=Europe/Amsterdam, summer or winter.
 */
const startDate = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000)
/** The day as the admin's date fields show and take it (cms/fields/dateFormats.ts): "12-12-2026". */
const shownDay = () => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).formatToParts(startDate)
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)!.value)
  return `${part('day')}-${part('month')}-${part('year')}`
}
const localStart = `${new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' })
  .format(startDate)
  .replace(/-/g, '')}T153000`
// A word nowhere else on the site, to search for.
const word = 'raadsgriffiestories'

test.use({ timezoneId: 'Europe/Amsterdam' })

/** A select or relationship field in Payload's admin: open it, type, take the first match. */
async function chooseOption(page: Page, field: string, option: string): Promise<void> {
  const select = page.locator(`#field-${field}`)
  await select.locator('.rs__control').click()
  await page.keyboard.type(option)
  await page.locator('.rs__option').filter({ hasText: option }).first().click()
  await expect(select).toContainText(option)
}

/** Payload's date picker takes typed text in its display format ("5-12-2026 15:30"). */
async function typeDate(page: Page, field: string, text: string): Promise<void> {
  const input = page.locator(`#field-${field} input`)
  await input.fill(text)
  await input.press('Enter')
  await expect(input).toHaveValue(text)
}

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
  // The editor fills in the form in the admin, in the time zone of the event (Dutch editors are in it).
  await page.goto('/admin/collections/events/create')
  await page.fill('#field-title', title)
  await page.fill(
    '#field-summary',
    `Een raadsgriffie vertelt over ${word}: hoe zij de gemeenteraad zichtbaar maakt op Instagram.`,
  )
  await chooseOption(page, 'kind', 'Open Koffie')
  await chooseOption(page, 'region', 'Overijssel')
  await chooseOption(page, 'topics', 'Sociale media')
  await chooseOption(page, 'speakers', 'Annelies Peeters')
  await typeDate(page, 'start', `${shownDay()} 15:30`)
  await typeDate(page, 'end', `${shownDay()} 16:45`)
  await page.fill('#field-venue', 'Stadhuis Deventer')
  await page.fill('#field-address', 'Grote Kerkhof 4')
  await page.fill('#field-city', 'Deventer')
  await page.fill('#field-capacity', '1')
  await typeIntoBody(page, 'Koffie en thee staan klaar.')
  await publishInEditView(page, 'events')
  await expect(page).toHaveURL(/\/admin\/collections\/events\/\d+/)
  const id = page.url().match(/events\/(\d+)/)![1]
  const stored = await (await page.request.get(`/api/events/${id}?depth=0`, { headers: fromAdmin() })).json()
  expect(stored).toMatchObject({ _status: 'published', timeZone: 'Europe/Amsterdam', capacity: 1 })
  expect(stored.topics).toHaveLength(1)
  expect(stored.speakers).toHaveLength(1)
  const doc = { id }

  // Live: its page, the agenda, the home page, its topic's and speaker's pages, the calendar feed, search.
  await expect
    .poll(async () => (await request.get(`${live}/agenda/${slug}/`)).status(), { timeout: 120_000 })
    .toBe(200)
  for (const path of ['/agenda/', '/', '/onderwerpen/sociale-media/', '/sprekers/annelies-peeters/'])
    expect(await (await request.get(`${live}${path}`)).text(), path).toContain(title)
  const feed = await (await request.get(`${live}/agenda/agenda.ics`)).text()
  expect(feed).toContain(`DTSTART;TZID=Europe/Amsterdam:${localStart}`)
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
