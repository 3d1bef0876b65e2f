import { expect, type Page } from '@playwright/test'

/** The admin account that playwright.config.ts gives the CMS it starts for the tests. */
export const e2eAdmin = { email: 'e2e-beheer@test.example', password: 'e2e-wachtwoord-van-de-beheerder' }

/** Logs in through the admin's login form, like an editor does. */
export async function logIn(page: Page, user = e2eAdmin): Promise<void> {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/login/)
  await page.fill('#field-email', user.email)
  await page.fill('#field-password', user.password)
  await page.click('button[type="submit"]')
  await expect(page).toHaveURL(/\/admin$/)
}
