import { expect, test, type Page } from '@playwright/test'

/** The admin account that playwright.config.ts gives the CMS it starts for the tests. */
export const e2eAdmin = { email: 'e2e-beheer@test.example', password: 'e2e-wachtwoord-van-de-beheerder' }

/**
 * The origin the admin's own requests carry. The CMS counts the login cookie only for requests from
 * its own origin (Payload's csrf list), and Playwright's API requests name none; setting it for the
 * whole browser context would break the pages' own requests instead, so each request made with the
 * session (a write, or a read of something private) passes it.
 */
export const fromAdmin = () => ({ Origin: new URL(test.info().project.use.baseURL!).origin })

/** Logs in through the admin's login form, like an editor does. */
export async function logIn(page: Page, user = e2eAdmin): Promise<void> {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/login/)
  await page.fill('#field-email', user.email)
  await page.fill('#field-password', user.password)
  await page.click('button[type="submit"]')
  await expect(page).toHaveURL(/\/admin$/)
}

/**
 * Types `text` into the first rich-text body of the edit view, like a person does. Lexical takes
 * keys only once it has set itself up; on a busy machine a click right after the page loads can
 * come before that and the keys are lost (then a required body fails to publish). So it types
 * until the text shows.
 */
export async function typeIntoBody(page: Page, text: string): Promise<void> {
  const body = page.locator('[data-lexical-editor="true"][contenteditable="true"]').first()
  await expect(async () => {
    await body.click()
    if (!(await body.textContent())?.includes(text)) await page.keyboard.type(text)
    await expect(body).toContainText(text, { timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
}

/**
 * Clicks Publish in an edit view of `collection` and waits until the CMS has answered and the admin
 * says so. The answer to the publish itself (not an autosave) is checked first, so a refusal fails
 * with its reason. On a busy machine, with a site build running beside the CMS, the answer and the
 * message take much longer than the 2 s they take on a quiet one, hence the long waits.
 */
export async function publishInEditView(page: Page, collection: string): Promise<void> {
  const publishing = page.waitForResponse(
    (response) => {
      const url = new URL(response.url())
      return (
        ['PATCH', 'POST'].includes(response.request().method()) &&
        new RegExp(`^/api/${collection}(/\\d+)?$`).test(url.pathname) &&
        !url.searchParams.has('autosave')
      )
    },
    { timeout: 60_000 },
  )
  await page.getByRole('button', { name: /^(publish|publiceren)/i }).click()
  const published = await publishing
  expect(published.ok(), await published.text()).toBe(true)
  await expect(
    page.getByText(/published successfully|updated successfully|gepubliceerd|bijgewerkt/i).first(),
  ).toBeVisible({ timeout: 60_000 })
}

type NewPost = { title: string; summary: string; text: string; status: 'draft' | 'published' }

/**
 * Creates a post by Marloes Jansen (a demo author) through REST, as the user logged in on `page`,
 * with one paragraph of text; returns its id. For tests whose subject is what happens next.
 */
export async function createPost(page: Page, { title, summary, text, status }: NewPost): Promise<number> {
  const authors = await page.request.get('/api/users?where[contentId][equals]=marloes-jansen&depth=0')
  const author = (await authors.json()).docs[0].id
  const paragraph = { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] }
  const created = await page.request.post(status === 'draft' ? '/api/posts?draft=true' : '/api/posts', {
    headers: fromAdmin(),
    data: {
      title,
      summary,
      authors: [author],
      _status: status,
      body: { root: { type: 'root', version: 1, children: [paragraph] } },
    },
  })
  expect(created.status()).toBe(201)
  return (await created.json()).doc.id
}

/** How many mails in the Outbox (as an admin sees it) mention `text` in their row. */
export async function mailsInOutbox(page: Page, text: string): Promise<number> {
  await page.goto('/admin/outbox')
  return page.getByRole('row').filter({ hasText: text }).count()
}
