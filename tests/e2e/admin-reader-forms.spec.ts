/**
 * A reader takes part, the whole way round in a real browser: on the live site that `npm start`
 * serves, a reader with JavaScript off sends a tip through the plain HTML form and lands on the
 * thank-you page; an editor finds it in the admin's Inbox, makes it a draft tip in one click and
 * publishes it, and it is live with the credit; the Outbox shows the receipt and the acceptance mail. A refused form leads to the page that says why, and the Back
 * button returns to the form with nothing lost.
 */
import { expect, test, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'

import { fromAdmin, logIn, mailsInOutbox, publishInEditView } from './helpers/admin'

const live = process.env.E2E_LIVE_URL!
const reader = { name: 'Femke Dijkstra', email: 'femke.dijkstra@provincie.test' }
const title = 'Zet je spreekuur in de gedeelde agenda'

async function fillTip(page: Page, body: string) {
  await page.getByLabel(/^Titel van je tip/).fill(title)
  await page.getByLabel(/^Je tip/).fill(body)
  await page.getByLabel(/^Categorie/).selectOption('collaboration')
  await page.getByLabel('E-participatie', { exact: true }).check()
  await page.getByLabel(/^Je naam/).fill(reader.name)
  await page.getByLabel(/^Je e-mailadres/).fill(reader.email)
  await page.getByLabel(/^Organisatie/).fill('Provincie Fryslân')
  await page.getByLabel(/^Noem mijn naam/).check()
  await page.getByLabel(/^Ik geef Open Ambt toestemming/).check()
}

test('a reader sends a tip from the live site, and an editor makes it a draft tip from the Inbox', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(300_000)
  await expect
    .poll(async () => (await request.get(`${live}/tips/insturen/`)).status(), { timeout: 180_000 })
    .toBe(200)

  const readerContext = await browser.newContext()
  const form = await readerContext.newPage()
  // The page's clock, so "a person took their time" needs no waiting.
  await form.clock.install()
  await form.goto(`${live}/tips/insturen/`)

  // HTML in the text is refused by the CMS; the reader is told why and goes back with nothing lost.
  await fillTip(form, 'Gebruik <b>vet</b> voor je spreekuur.')
  await form.clock.fastForward(10_000)
  await form.getByRole('button', { name: 'Versturen' }).click()
  await expect(form).toHaveURL(`${live}/tips/insturen/niet-verstuurd/#html-body`)
  await expect(form.locator('li:has(#html-body)')).toContainText('Je tip')
  expect(
    await form.locator('li:has(#html-body)').evaluate((li) => getComputedStyle(li, '::before').content),
  ).toBe('"Dit ging mis: "')
  await form.goBack()
  await expect(form.getByLabel(/^Titel van je tip/)).toHaveValue(title)
  await expect(form.getByLabel(/^Je e-mailadres/)).toHaveValue(reader.email)

  // Sent too soon after opening the page: only machines are that fast. The page's clock stands
  // still from here (also in the page opened next), so a slow machine filling the form takes no time.
  await form.clock.pauseAt((await form.evaluate(() => Date.now())) + 60_000)
  await form.goto(`${live}/tips/insturen/`)
  await fillTip(form, 'Zet je spreekuur als terugkerende afspraak in de gedeelde agenda van het team.')
  await form.getByRole('button', { name: 'Versturen' }).click()
  await expect(form).toHaveURL(`${live}/tips/insturen/niet-verstuurd/#too-fast`)

  await readerContext.close()

  // With JavaScript off (the form needs none), the tip goes through.
  const plainContext = await browser.newContext({ javaScriptEnabled: false })
  const plain = await plainContext.newPage()
  await plain.goto(`${live}/tips/insturen/`)
  await fillTip(plain, 'Zet je spreekuur als terugkerende afspraak in de gedeelde agenda van het team.')
  await plain.getByRole('button', { name: 'Versturen' }).click()
  await expect(plain).toHaveURL(`${live}/tips/insturen/bedankt/`)
  await expect(plain.getByRole('status')).toContainText('Je tip is binnen')
  await plainContext.close()

  // The editor sees how many are new, opens the tip and makes it a draft in one click.
  await logIn(page)
  const inbox = page.locator('#nav-inbox-new')
  await expect(inbox).toHaveText(/^1 (nieuwe inzending|new submission)$/)
  await page.goto((await inbox.getAttribute('href'))!)
  await page.getByRole('link', { name: title }).first().click()
  await expect(page.locator('#field-email')).toHaveValue(reader.email)
  await page.getByRole('button', { name: /Maak er een concepttip van|Make it a draft tip/ }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/tips\/\d+/)
  await expect(page.locator('#field-title')).toHaveValue(title)
  const credit = 'Met dank aan Femke Dijkstra (Provincie Fryslân), die deze tip instuurde.'
  await expect(page.locator('[data-lexical-editor="true"]').first()).toContainText(credit)

  // Published, it is live with the credit.
  await publishInEditView(page, 'tips')
  const tipId = page.url().match(/tips\/(\d+)/)![1]
  const { slug } = await (
    await page.request.get(`/api/tips/${tipId}?depth=0`, { headers: fromAdmin() })
  ).json()
  await expect
    .poll(async () => (await request.get(`${live}/tips/${slug}/`)).status(), { timeout: 120_000 })
    .toBe(200)
  expect(await (await request.get(`${live}/tips/${slug}/`)).text()).toContain(credit)

  // The reader got a receipt and then the word that the tip was accepted.
  await expect.poll(() => mailsInOutbox(page, reader.email), { timeout: 30_000 }).toBe(2)
  await expect(page.getByRole('row').filter({ hasText: `Je tip is geaccepteerd: ${title}` })).toHaveCount(1)
})

test('a speaker is requested from their profile, and the request goes to the speakers pool', async ({
  page,
  browser,
}) => {
  const readerContext = await browser.newContext()
  const profile = await readerContext.newPage()
  await profile.clock.install()
  await profile.goto(`${live}/sprekers/annelies-peeters/`)
  const form = profile.locator('form[data-reader-form]')
  await form.getByLabel(/^Organisatie/).fill('Gemeente Leeuwarden')
  await form.getByLabel(/^Datum/).fill(`${new Date().getFullYear() + 1}-03-18`)
  await form.getByLabel('Online', { exact: true }).check()
  await form.getByLabel(/^Wie zijn je publiek/).fill('Het team communicatie, twaalf mensen.')
  await form.getByLabel(/^Aantal mensen/).fill('12')
  await form.getByLabel(/^Waarover wil je een verhaal/).fill('Webcare met een klein team.')
  await form.getByLabel(/^Je naam/).fill('Jelle Hoekstra')
  await form.getByLabel(/^Je e-mailadres/).fill('jelle.hoekstra@leeuwarden.test')
  await profile.clock.fastForward(30_000)
  await form.getByRole('button', { name: 'Versturen' }).click()
  await expect(profile).toHaveURL(`${live}/sprekers/aanvragen/bedankt/`)
  await readerContext.close()

  await logIn(page)
  await expect
    .poll(() => mailsInOutbox(page, 'Sprekersaanvraag van Gemeente Leeuwarden'), { timeout: 30_000 })
    .toBe(1)
})

test('an admin finds, exports and erases everything one address sent', async ({ page }) => {
  const address = 'jelle.hoekstra@leeuwarden.test'
  await logIn(page)
  await expect(page.locator('#nav-personal-data')).toHaveAttribute('href', '/admin/personal-data')
  await page.goto('/admin/personal-data')
  await page.getByLabel(/E-mailadres|E-mail address/).fill(address.toUpperCase())
  await page.getByRole('button', { name: /Zoeken|Search/ }).click()
  await expect(page.getByText(/1 (inzending|submission)/)).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: 'Gemeente Leeuwarden' })).toHaveCount(1)

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /JSON/ }).click(),
  ])
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8'))
  expect(exported.submissions[0].email).toBe(address)

  page.once('dialog', (dialog) => void dialog.accept())
  await page.getByRole('button', { name: /Wis alles|Erase everything/ }).click()
  await expect(page.getByText(/Er is niets ingestuurd|Nothing was sent/)).toBeVisible()
  const left = await page.request.get(`/api/submissions?where[email][equals]=${address}`, {
    headers: fromAdmin(),
  })
  expect((await left.json()).totalDocs).toBe(0)
})
