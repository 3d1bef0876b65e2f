import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

/**
 * Opens a page of the built site and records every request that leaves the site's own origin,
 * and every report of the page's Content-Security-Policy blocking something (our own code must
 * never need an exception to it).
 */
export async function openSitePage(
  page: Page,
  path: string,
): Promise<{ foreign: string[]; blocked: string[]; status: number | undefined }> {
  const foreign: string[] = []
  const blocked: string[] = []
  const origin = new URL(test.info().project.use.baseURL!).origin
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url())
  })
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text())
  })
  const response = await page.goto(path)
  await page.waitForLoadState('networkidle')
  return { foreign, blocked, status: response?.status() }
}

/**
 * For a test of what a page says, lists, links or finds, which no viewport changes: it runs once,
 * in the desktop project (playwright.config.ts leaves it out of the phone project). Layout, focus,
 * keyboard and accessibility tests run in both viewports.
 */
export const ANY_VIEWPORT = { tag: '@any-viewport' }

/** The checks every template must pass: see tests/e2e/site-pages.spec.ts. */
export async function expectAccessibleStaticPage(page: Page, path: string, lang: 'nl' | 'en'): Promise<void> {
  const { foreign, blocked, status } = await openSitePage(page, path)
  expect(status).toBe(200)
  expect(foreign).toEqual([])
  expect(blocked).toEqual([])
  await expect(page.locator('html')).toHaveAttribute('lang', lang)
  await expect(page).toHaveTitle(/\S/)
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S/)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\//)
  // No script, except the timer of a reader's form (site/scripts/formTimer.ts) where the page has one.
  const forms = await page.locator('form[data-reader-form]').count()
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(forms > 0 ? 1 : 0)
  expect(await page.locator('h1').count()).toBe(1)
  await expectNoAxeViolations(page)
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length}x)`),
  ).toEqual([])
}

/**
 * For polls that scroll one more of Pagefind's loading results into view each round: poll often,
 * since the default back-off (up to a second a round) made a list of 40 results take half a minute.
 */
export const SCROLLING_POLL = { intervals: [100] }

/**
 * Scrolls the next search result still loading into view, and says whether none was left:
 * Pagefind fills in a result (a hidden placeholder until then) when it scrolls into view.
 */
export function scrollToNextLoadingResult(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    // In one step in the page: a placeholder can be replaced by its result at any moment.
    const placeholder = document.querySelector('pagefind-results li[aria-hidden="true"]')
    placeholder?.scrollIntoView({ block: 'center' })
    return placeholder === null
  })
}

/** Scrolls the search results into view until none is still loading. */
export async function loadEverySearchResult(page: Page): Promise<void> {
  await expect.poll(() => scrollToNextLoadingResult(page), SCROLLING_POLL).toBe(true)
}
