/**
 * Pages hold still while they load: every template in both languages, at phone and desktop widths,
 * with the font files and images arriving late (as on a slow connection), shifts its layout by less
 * than 0.02 (Cumulative Layout Shift, measured by the browser's own `layout-shift` entries). And every
 * page shows the site's own font from at most two font files, with a real italic where it has italics.
 */
import { expect, test, type Page } from '@playwright/test'

/** `italics`: the page has text in italics (a quote), which must come in the real italic face. */
const templates: { name: string; path: string; italics?: true }[] = [
  { name: 'home (nl)', path: '/' },
  { name: 'home (en)', path: '/en/' },
  { name: 'blog index (nl)', path: '/blog/' },
  { name: 'blog year archive (en)', path: '/en/blog/archive/2025/' },
  { name: 'post with a hero image (nl)', path: '/blog/open-koffie-in-zwolle/' },
  { name: 'post with a quote (en)', path: '/en/blog/open-koffie-in-zwolle/', italics: true },
  { name: 'tips index (nl)', path: '/tips/' },
  { name: 'tip (en)', path: '/en/tips/start-your-memo-with-a-three-sentence-summary/' },
  { name: 'speakers (nl)', path: '/sprekers/' },
  { name: 'speaker (en)', path: '/en/speakers/annelies-peeters/' },
  { name: 'topic (nl)', path: '/onderwerpen/crowdsourcing/' },
  { name: 'author (en)', path: '/en/authors/fatima-el-amrani/' },
  { name: 'book (nl)', path: '/boek/' },
  { name: 'chapter (en)', path: '/en/book/open-data-and-transparency/' },
  { name: 'agenda (nl)', path: '/agenda/' },
  { name: 'event (en)', path: '/en/events/open-koffie-webcare-in-ghent/' },
  { name: 'search (nl)', path: '/zoeken/' },
  { name: 'search with a query (en)', path: '/en/search/?q=webcare' },
  { name: 'newsletter edition (nl)', path: '/nieuwsbrief/2/' },
  { name: 'form page (en)', path: '/en/tips/submit/' },
  { name: 'plain page (nl)', path: '/over-ons/' },
]

/** Collects the page's layout shifts from the start, before any of its own code runs. */
async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: number[] = []
    Object.assign(window, { __layoutShifts: shifts })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number
        hadRecentInput: boolean
      })[])
        if (!entry.hadRecentInput) shifts.push(entry.value)
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

async function cumulativeLayoutShift(page: Page): Promise<number> {
  return page.evaluate(() =>
    (window as unknown as { __layoutShifts: number[] }).__layoutShifts.reduce((sum, value) => sum + value, 0),
  )
}

for (const { name, path, italics } of templates) {
  test(`${name} does not shift while fonts and images arrive late`, async ({ page }) => {
    await recordLayoutShifts(page)
    // Fonts and images come 600 ms after they are asked for: what a reader on a slow line sees.
    await page.route(/\.(woff2|webp|avif|png|jpe?g|svg)(\?|$)/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600))
      await route.continue()
    })
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    await page.waitForLoadState('networkidle')
    await page.evaluate(() => document.fonts.ready)
    // Give the last late arrivals a frame or two to be laid out.
    await page.waitForTimeout(300)
    expect(await cumulativeLayoutShift(page)).toBeLessThan(0.02)
  })

  test(`${name} is set in the site's font from at most two font files`, async ({ page }) => {
    const fontFiles = new Set<string>()
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fontFiles.add(new URL(request.url()).pathname)
    })
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    await page.evaluate(() => document.fonts.ready)
    expect(fontFiles.size).toBeGreaterThanOrEqual(1)
    expect(fontFiles.size).toBeLessThanOrEqual(2)
    const loaded = await page.evaluate(() =>
      [...document.fonts]
        .filter((face) => face.status === 'loaded')
        .map((face) => `${face.family} ${face.style}`),
    )
    expect(loaded.some((face) => /Source Sans 3.* normal$/.test(face))).toBe(true)
    if (italics) {
      await expect(page.locator('main blockquote').first()).toHaveCSS('font-style', 'italic')
      expect(loaded.some((face) => /Source Sans 3.* italic$/.test(face))).toBe(true)
    }
  })
}
