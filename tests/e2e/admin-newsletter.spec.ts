/**
 * A reader subscribes to the newsletter from the footer of the live site with JavaScript off,
 * confirms with the link in the mail (read in the Outbox), and the editors see the confirmed
 * subscription with its consent in the admin.
 */
import { expect, test } from '@playwright/test'

import { logIn, mailsInOutbox } from './helpers/admin'

const live = process.env.E2E_LIVE_URL!
const email = 'sanne.bakker@gemeente.test'

test('a reader subscribes from the footer, confirms by the mail’s link, and the editors see it', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(180_000)
  await expect
    .poll(async () => (await request.get(`${live}/nieuwsbrief/`)).status(), { timeout: 120_000 })
    .toBe(200)

  const readerContext = await browser.newContext({ javaScriptEnabled: false })
  const reader = await readerContext.newPage()
  await reader.goto(`${live}/blog/`)
  const footer = reader.getByRole('form', { name: 'Nieuwsbrief' })
  await footer.getByLabel('Je e-mailadres').fill(email)
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
})
