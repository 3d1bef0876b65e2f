/**
 * Publish to live, the way an editor meets it: publish a post in the admin, and shortly after it
 * is on the live site that `npm start` serves, in the feed and in search; unpublish it, and it is
 * gone from all three. The admin lists the builds with their result. An edited post is found by
 * its new words, once.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { fromAdmin, logIn, publishInEditView } from './helpers/admin'
import { loadEverySearchResult } from './helpers/site'

const live = process.env.E2E_LIVE_URL!
const title = 'Waterschappen leren bloggen'
const slug = 'waterschappen-leren-bloggen'
// A word that is nowhere else on the site, to search for.
const word = 'dijkgraafblogboek'

const status = async (request: APIRequestContext, path: string) =>
  (await request.get(`${live}${path}`)).status()
const feed = async (request: APIRequestContext) => (await request.get(`${live}/blog/rss.xml`)).text()

/** Each test: up to 5 minutes, once the first build after start has made the site live, logged in. */
async function liveAndLoggedIn(page: Page, request: APIRequestContext): Promise<void> {
  test.setTimeout(300_000)
  await expect.poll(() => status(request, '/'), { timeout: 180_000 }).toBe(200)
  await logIn(page)
}

/** Searches the live site for the word: the post is among the results, or it is not. */
async function search(page: Page, expectFound: boolean): Promise<void> {
  await page.goto(`${live}/zoeken/?q=${word}`)
  const summary = page.locator('pagefind-summary')
  await expect(summary).toContainText(word)
  await expect(summary).not.toContainText('Zoeken naar')
  if (expectFound) await expect(page.locator('.search-result').filter({ hasText: title })).toHaveCount(1)
  else {
    // Pagefind may still answer with loosely related pages (it falls back to a shorter word), so
    // render every result (they load as they scroll into view) and check that ours is not among them.
    await loadEverySearchResult(page)
    await expect(page.locator('.search-result').filter({ hasText: title })).toHaveCount(0)
  }
}

test('a published post reaches the live site, its feed and search, and an unpublished one leaves them', async ({
  page,
  request,
}) => {
  await liveAndLoggedIn(page, request)

  await page.goto('/admin/collections/posts/create')
  await page.fill('#field-title', title)
  await page.fill('#field-summary', 'Hoe drie waterschappen hun werk in het openbaar gingen delen.')
  const body = page.locator('[data-lexical-editor="true"][contenteditable="true"]').first()
  await body.click()
  await page.keyboard.type(`Het ${word} begon als een proef bij één waterschap en groeide door.`)
  await page.locator('#field-authors').click()
  await page.keyboard.type('Marloes')
  await page.getByRole('option', { name: /Marloes Jansen/ }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/posts\/\d+/)
  const id = page.url().match(/posts\/(\d+)/)![1]

  await publishInEditView(page, 'posts')

  await expect.poll(() => status(request, `/blog/${slug}/`), { timeout: 120_000 }).toBe(200)
  await page.goto(`${live}/blog/${slug}/`)
  // One sentence: a minute's read, in good Dutch.
  await expect(page.getByText('1 minuut lezen')).toBeVisible()
  expect(await feed(request)).toContain(title)
  await search(page, true)

  // The admin shows the build that put it live. The list is read when the page loads, and the
  // record is marked live a moment after the swap, so the editor's reload is part of the check.
  const row = page
    .locator('tbody tr')
    .filter({ hasText: `posts/${slug} published` })
    .first()
  await expect(async () => {
    await page.goto('/admin/collections/site-builds')
    await expect(row).toContainText('Live', { timeout: 2_000 })
  }).toPass({ timeout: 60_000 })

  // Unpublish (as the logged-in editor): the next build takes it off the site, the feed and search.
  const unpublished = await page.request.patch(`/api/posts/${id}`, {
    data: { _status: 'draft' },
    headers: fromAdmin(),
  })
  expect(unpublished.status()).toBe(200)
  await expect.poll(() => status(request, `/blog/${slug}/`), { timeout: 120_000 }).toBe(404)
  expect(await feed(request)).not.toContain(title)
  await search(page, false)
})

test('an edited old post is found by its new words, and once: its old version leaves the results', async ({
  page,
  request,
}) => {
  await liveAndLoggedIn(page, request)
  // From 2023: in the live site's group of older years (SEARCH_POSTS_PER_SHARD in playwright.config.ts).
  const slug = 'drie-jaar-hybride-werken'
  const found = await page.request.get(`/api/posts?where[slug][equals]=${slug}&locale=nl&depth=0`, {
    headers: fromAdmin(),
  })
  const [post] = ((await found.json()) as { docs: { id: number }[] }).docs
  const newTitle = 'Drie jaar hybride werken: wat we bij de provincie hebben verleerd'
  const edited = await page.request.patch(`/api/posts/${post!.id}?locale=nl`, {
    data: { title: newTitle },
    headers: fromAdmin(),
  })
  expect(edited.status()).toBe(200)
  await expect
    .poll(async () => (await request.get(`${live}/blog/${slug}/`)).text(), { timeout: 120_000 })
    .toContain('verleerd')

  // The group of older years was kept as indexed; the post's old version there is hidden.
  const shards = (await (await request.get(`${live}/pagefind/search-shards.json`)).json()) as Record<
    string,
    { shards: string[]; superseded: string[] }
  >
  expect(shards.nl!.shards).toEqual([
    '/pagefind/shards/nl/posts-2023-2025/',
    '/pagefind/shards/nl/posts-2026/',
  ])
  expect(shards.nl!.superseded).toHaveLength(1)

  const results = page.locator(`.search-result:has(a[href$="/blog/${slug}/"])`)
  for (const query of ['verleerd', 'camerabeeld']) {
    // The new word, and a word of the text that both versions have: found once, in the new version.
    await page.goto(`${live}/zoeken/?q=${query}`)
    await expect(page.locator('pagefind-summary')).toContainText(query)
    await loadEverySearchResult(page)
    await expect(results).toHaveCount(1)
    await expect(results).toContainText(newTitle)
  }
})
