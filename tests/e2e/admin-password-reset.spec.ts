/**
 * A forgotten password on a fresh installation (no SMTP server): the editor asks for a reset on the
 * login page, an admin finds the mail in the admin's Outbox, and its link lets the editor choose a
 * new password and log in with it.
 */
import { expect, test } from '@playwright/test'

import { fromAdmin, logIn } from './helpers/admin'

const editor = {
  email: 'sanne.vos@e2e.example',
  name: 'Sanne Vos',
  password: 'het-oude-wachtwoord-van-sanne',
}
const newPassword = 'een-nieuw-wachtwoord-voor-sanne'

test('an editor resets a forgotten password through the link in the mail that the Outbox shows', async ({
  page,
  browser,
}) => {
  await logIn(page)
  const created = await page.request.post('/api/users', {
    headers: fromAdmin(),
    data: { ...editor, slug: 'sanne-vos', role: 'editor' },
  })
  expect(created.status()).toBe(201)

  // The editor, logged out, asks for a new password.
  const editorContext = await browser.newContext()
  const editorPage = await editorContext.newPage()
  await editorPage.goto('/admin/forgot', { waitUntil: 'networkidle' })
  await editorPage.locator('#field-email').fill(editor.email)
  await editorPage.locator('button[type="submit"]').click()
  await expect(
    editorPage.getByText(/check your email|controleer je e-mail|instructions/i).first(),
  ).toBeVisible()

  // The admin opens the Outbox from the navigation and reads the mail.
  // (The navigation is folded away on the dashboard; the link is there for admins.)
  await page.goto('/admin')
  await expect(page.locator('#nav-outbox')).toHaveAttribute('href', '/admin/outbox')
  await page.goto('/admin/outbox')
  const row = page.getByRole('row').filter({ hasText: editor.email })
  await expect(row).toHaveCount(1)
  await row.getByRole('link').click()
  await expect(page).toHaveURL(/\/admin\/outbox\/[\w-]+\.eml$/)
  await expect(page.getByText(editor.email).first()).toBeVisible()
  const link = await page.locator('a[href*="/admin/reset/"]').first().getAttribute('href')
  expect(link).toMatch(/^http:\/\/localhost:\d+\/admin\/reset\/[0-9a-f]+$/)
  // The mail's own HTML is shown in a frame that can run no script.
  await expect(page.locator('iframe[sandbox]')).toHaveAttribute(
    'sandbox',
    'allow-popups allow-popups-to-escape-sandbox',
  )

  // The editor follows the link, chooses a new password and is logged in.
  // The form is React's: typing before it has hydrated would leave its state empty, so wait until
  // the page has stopped loading, and see the reset request itself succeed before the redirect.
  await editorPage.goto(link!, { waitUntil: 'networkidle' })
  await editorPage.locator('#field-password').fill(newPassword)
  await editorPage.locator('#field-confirm-password').fill(newPassword)
  const [reset] = await Promise.all([
    editorPage.waitForResponse((response) => response.url().endsWith('/api/users/reset-password')),
    editorPage.locator('button[type="submit"]').click(),
  ])
  expect(reset.status()).toBe(200)
  await expect(editorPage).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
  // An editor has no Outbox: a reset link there would open anyone's account.
  await expect(editorPage.locator('#nav-outbox')).toHaveCount(0)
  await editorPage.goto('/admin/outbox')
  await expect(editorPage.getByText(/Only admins can read the outbox|Alleen beheerders kunnen/)).toBeVisible()

  // And can log in with it from now on; the old one no longer works.
  const fresh = await browser.newContext()
  const login = async (password: string) =>
    (
      await fresh.request.post(`${new URL(page.url()).origin}/api/users/login`, {
        data: { email: editor.email, password },
      })
    ).status()
  expect(await login('het-oude-wachtwoord-van-sanne')).toBe(401)
  expect(await login(newPassword)).toBe(200)
  await Promise.all([editorContext.close(), fresh.close()])
})

test('the Outbox is for admins only', async ({ page }) => {
  await page.goto('/admin/outbox')
  await expect(page).toHaveURL(/\/admin\/login/)
})
