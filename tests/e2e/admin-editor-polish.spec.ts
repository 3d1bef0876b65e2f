/**
 * What a demanding editor notices (#22): dates as she writes them, in her admin's language, and an
 * editor that fits her phone.
 */
import { expect, test, type Browser, type Page } from '@playwright/test'

import { createPost, e2eAdmin, fromAdmin, logIn } from './helpers/admin'

/** 15:30 in Amsterdam on 3 December 2026 (winter time, UTC+1). */
const moment = '2026-12-03T14:30:00.000Z'

/** A logged-in page in a browser that asks for `locale` (Payload picks the admin's language from it). */
async function adminIn(browser: Browser, locale: string, timezoneId = 'Europe/Amsterdam'): Promise<Page> {
  const context = await browser.newContext({ locale, timezoneId, baseURL: test.info().project.use.baseURL })
  const page = await context.newPage()
  await logIn(page, e2eAdmin)
  return page
}

async function postDatedAt(page: Page, title: string): Promise<number> {
  const id = await createPost(page, {
    title,
    summary: 'Een datum om te lezen.',
    text: 'Tekst.',
    status: 'draft',
  })
  const patched = await page.request.patch(`/api/posts/${id}?draft=true`, {
    headers: fromAdmin(),
    data: { publishedAt: moment },
  })
  expect(patched.status()).toBe(200)
  return id
}

test('dates read as Dutch editors write them, day first with a 24-hour clock, in either admin language', async ({
  browser,
}) => {
  const dutch = await adminIn(browser, 'nl-NL')
  const title = 'Een bericht met een datum in december'
  const id = await postDatedAt(dutch, title)

  await dutch.goto(`/admin/collections/posts/${id}`)
  await expect(dutch.locator('#field-publishedAt input')).toHaveValue('3-12-2026 15:30')
  // The list's column shows it the same way.
  await dutch.goto('/admin/collections/posts')
  await expect(dutch.locator('tbody tr').filter({ hasText: title })).toContainText('3-12-2026 15:30')

  const english = await adminIn(browser, 'en-GB')
  await english.goto(`/admin/collections/posts/${id}`)
  await expect(english.locator('#field-publishedAt input')).toHaveValue('3-12-2026 15:30')
  await english.goto('/admin/collections/posts')
  await expect(english.locator('tbody tr').filter({ hasText: title })).toContainText('3-12-2026 15:30')
  await dutch.context().close()
  await english.context().close()
})

test('a day without a time shows no clock and the same day in any time zone', async ({ browser }) => {
  const books = await (
    await browser.newPage()
  ).request.get(`${test.info().project.use.baseURL}/api/books?depth=0&limit=1`)
  const book = (await books.json()).docs[0]
  const restore = { publishedAt: book.publishedAt }
  for (const [timezoneId, locale] of [
    ['America/Los_Angeles', 'en-US'],
    ['Asia/Tokyo', 'nl-NL'],
  ] as const) {
    const page = await adminIn(browser, locale, timezoneId)
    // What the day picker stores for 3 December: noon UTC.
    const patched = await page.request.patch(`/api/books/${book.id}`, {
      headers: fromAdmin(),
      data: { publishedAt: '2026-12-03T12:00:00.000Z' },
    })
    expect(patched.status()).toBe(200)
    await page.goto(`/admin/collections/books/${book.id}`)
    await expect(page.locator('#field-publishedAt input')).toHaveValue('3-12-2026')
    await page.context().close()
  }
  // The book's own date again, for the tests that follow.
  const page = await adminIn(browser, 'nl-NL')
  expect(
    (await page.request.patch(`/api/books/${book.id}`, { headers: fromAdmin(), data: restore })).status(),
  ).toBe(200)
  await page.context().close()
})

test("the login page and the admin carry the network's name and mark, not Payload's", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'nl-NL' })
  const page = await context.newPage()
  await page.goto('/admin/login')
  await expect(page.locator('.open-ambt-logo')).toContainText('Open Ambt')
  await expect(page.locator('.open-ambt-logo svg')).toBeVisible()
  await expect(page.locator('.graphic-logo')).toHaveCount(0)
  await logIn(page, e2eAdmin)
  await expect(page.locator('.open-ambt-icon').first()).toBeAttached()
  await expect(page.locator('.graphic-icon')).toHaveCount(0)
  await context.close()
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the dashboard and the post editor fit the screen, the language button beside the breadcrumb', async ({
    page,
  }) => {
    await logIn(page)
    const width = () => page.evaluate(() => document.documentElement.scrollWidth)
    // On failure, the elements that reach past the screen's edge, to say what to fix.
    const tooWide = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > 390)
          .slice(0, 8)
          .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`),
      )
    await expect(page.locator('.dashboard')).toBeVisible()
    expect(await width(), (await tooWide()).join(', ')).toBeLessThanOrEqual(390)

    const id = await createPost(page, {
      title: 'Op de telefoon',
      summary: 'Smal.',
      text: 'Tekst.',
      status: 'draft',
    })
    await page.goto(`/admin/collections/posts/${id}`)
    await expect(page.locator('#field-title')).toBeVisible()
    expect(await width(), (await tooWide()).join(', ')).toBeLessThanOrEqual(390)

    const locale = await page.locator('.localizer').first().boundingBox()
    const crumbs = await page.locator('.step-nav').first().boundingBox()
    expect(locale && crumbs).toBeTruthy()
    const overlap =
      locale!.x < crumbs!.x + crumbs!.width &&
      crumbs!.x < locale!.x + locale!.width &&
      locale!.y < crumbs!.y + crumbs!.height &&
      crumbs!.y < locale!.y + locale!.height
    expect(overlap, `language button ${JSON.stringify(locale)}, breadcrumb ${JSON.stringify(crumbs)}`).toBe(
      false,
    )
    expect(locale!.x + locale!.width).toBeLessThanOrEqual(390)
  })
})
