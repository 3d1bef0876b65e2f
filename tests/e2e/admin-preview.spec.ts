/**
 * Preview: an editor opens a draft from the admin and sees it rendered by the site's own code,
 * behind login; nobody else can reach it, and it never reaches the live site.
 */
import { expect, test } from '@playwright/test'

import { createPost, logIn } from './helpers/admin'

const live = process.env.E2E_LIVE_URL!
const title = 'Concept: het waterschap op Mastodon'
const slug = 'concept-het-waterschap-op-mastodon'

test('a draft opens as a preview for an editor, and for nobody else', async ({ page, playwright }) => {
  test.setTimeout(240_000)
  await logIn(page)
  const id = await createPost(page, {
    title,
    summary: 'Een concept dat nog niemand mag zien.',
    text: 'Alleen zichtbaar in de voorvertoning.',
    status: 'draft',
  })

  // The editor presses Preview in the document view; the preview opens in a new tab.
  await page.goto(`/admin/collections/posts/${id}`)
  const [preview] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('link', { name: /^preview$/i }).click(),
  ])
  await preview.waitForURL(/\/preview\/site\/[0-9a-f]+\/blog\//, { timeout: 120_000 })
  // (Next.js drops the trailing slash; the preview serves the folder's index.html either way.)
  expect(preview.url()).toMatch(new RegExp(`/blog/${slug}/?$`))
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(preview.getByText('Alleen zichtbaar in de voorvertoning.')).toBeVisible()
  // Styled by the site's own stylesheet, served from the preview too.
  const font = await preview.evaluate(() => getComputedStyle(document.body).fontFamily)
  expect(font).toMatch(/Source Sans/i)
  // Its links stay inside the preview: the menu leads to the preview's own blog index, which lists the draft.
  const previewBase = new URL(preview.url()).pathname.replace(/blog\/.*$/, '')
  await preview
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Blog', exact: true })
    .click()
  await expect(preview).toHaveURL(new RegExp(`${previewBase}blog/?$`))
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Blog')
  await expect(preview.getByRole('link', { name: title })).toBeVisible()

  // Without a login: neither the preview's page nor the way to make one.
  const anonymous = await playwright.request.newContext({ baseURL: new URL(page.url()).origin })
  for (const path of [new URL(preview.url()).pathname, `/preview/posts/${id}?locale=nl`]) {
    const response = await anonymous.get(path, { maxRedirects: 0 })
    expect(response.status(), path).toBe(303)
    expect(response.headers().location).toMatch(/^\/admin\/login\?redirect=/)
  }
  await anonymous.dispose()

  // And the draft is not on the live site (once the first build after start made one).
  await expect.poll(async () => (await page.request.get(`${live}/`)).status(), { timeout: 180_000 }).toBe(200)
  expect((await page.request.get(`${live}/blog/${slug}/`)).status()).toBe(404)
})
