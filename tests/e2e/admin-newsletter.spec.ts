/**
 * A reader subscribes to the newsletter from the footer of the live site with JavaScript off,
 * confirms with the link in the mail (read in the Outbox), the editors see the confirmed
 * subscription with its consent in the admin, and she receives the next edition they send, which
 * then appears on the site with the post it brought, and in the newsletter's feed.
 */
import { expect, test } from '@playwright/test'

import { createPost, logIn, mailsInOutbox } from './helpers/admin'

const live = process.env.E2E_LIVE_URL!
const email = 'sanne.bakker@gemeente.test'

test('a reader subscribes from the footer, confirms by the mail’s link, and receives the next edition', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(300_000)
  await expect
    .poll(async () => (await request.get(`${live}/nieuwsbrief/`)).status(), { timeout: 120_000 })
    .toBe(200)

  const readerContext = await browser.newContext({ javaScriptEnabled: false })
  const reader = await readerContext.newPage()
  await reader.goto(`${live}/blog/`)
  const footer = reader.getByRole('form', { name: 'Nieuwsbrief' })
  await footer.getByLabel('E-mailadres voor de nieuwsbrief').fill(email)
  await footer.getByLabel(/^Ik wil de nieuwsbrief/).check()
  await footer.getByRole('button', { name: 'Abonneren' }).click()
  await expect(reader).toHaveURL(`${live}/nieuwsbrief/bedankt/`)
  await expect(reader.getByRole('status')).toContainText('Klik op de link daarin')

  // The mail with the link; nothing is sent but this until the reader confirms.
  await logIn(page)
  await expect
    .poll(() => mailsInOutbox(page, 'Bevestig je abonnement op de nieuwsbrief'), { timeout: 30_000 })
    .toBe(1)
  await page.getByRole('row').filter({ hasText: 'Bevestig je abonnement' }).getByRole('link').first().click()
  const link = await page.locator('a[href*="/forms/newsletter/confirm?token="]').first().getAttribute('href')

  await reader.goto(link!)
  await expect(reader.getByText(`Wil je de nieuwsbrief van Open Ambt ontvangen op ${email}?`)).toBeVisible()
  await reader.getByRole('button', { name: 'Ja, stuur mij de nieuwsbrief' }).click()
  await expect(reader).toHaveURL(`${live}/nieuwsbrief/bevestigd/`)
  await expect(reader.getByRole('status')).toContainText('je abonnement op de nieuwsbrief is bevestigd')
  await readerContext.close()

  await page.goto('/admin/collections/subscribers')
  const row = page.getByRole('row').filter({ hasText: email })
  await expect(row).toContainText(/Actief|Active/)
  await row.getByRole('link', { name: email }).click()
  await expect(page.locator('#field-subscribedFrom')).toHaveValue(`${live}/blog/`)

  // The next edition: started in the admin, filled with what was just published, sent to her.
  await createPost(page, {
    title: 'Wat de nieuwsbrief meeneemt',
    summary: 'Een bericht dat in de volgende nieuwsbrief hoort.',
    text: 'Dit bericht staat in de nieuwsbrief.',
    status: 'published',
  })
  await page.goto('/admin/collections/editions/create')
  await page.fill('#field-title', 'Nieuwsbrief van december')
  await page.getByRole('button', { name: /^(save|opslaan)$/i }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/editions\/\d+/)
  await expect(page.locator('#field-items')).toContainText('Wat de nieuwsbrief meeneemt')
  const number = await page.locator('#field-number').inputValue()
  expect(Number(number)).toBeGreaterThan(0)
  page.once('dialog', (dialog) => void dialog.accept())
  await page.getByRole('button', { name: /Verstuur naar alle abonnees|Send to all subscribers/ }).click()
  await expect(page.locator('#edition-progress')).toHaveText(/^(1 verstuurd|1 sent), 0/, { timeout: 60_000 })
  await expect.poll(() => mailsInOutbox(page, 'Nieuwsbrief van december'), { timeout: 30_000 }).toBe(1)

  // Sent, it is published on the site: its own page, the newsletter page and the feed.
  const address = `${live}/nieuwsbrief/${number}/`
  await expect.poll(async () => (await request.get(address)).status(), { timeout: 120_000 }).toBe(200)
  const visitor = await browser.newPage()
  await visitor.goto(address)
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(
    `Nieuwsbrief ${number}: Nieuwsbrief van december`,
  )
  await visitor.getByRole('link', { name: 'Wat de nieuwsbrief meeneemt' }).click()
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Wat de nieuwsbrief meeneemt')
  await visitor.goto(`${live}/nieuwsbrief/`)
  await expect(visitor.getByRole('link', { name: /Nieuwsbrief van december/ })).toHaveAttribute(
    'href',
    `/nieuwsbrief/${number}/`,
  )
  expect(await (await request.get(`${live}/nieuwsbrief/rss.xml`)).text()).toContain(
    `<title>Nieuwsbrief ${number}: Nieuwsbrief van december</title>`,
  )
  await visitor.close()
})
