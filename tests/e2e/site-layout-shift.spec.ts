/**
 * Pages hold still while they load: every template in both languages, at phone and desktop widths,
 * with the font files and images arriving late (as on a slow connection), shifts its layout by less
 * than 0.02 (Cumulative Layout Shift, measured by the browser's own `layout-shift` entries). And every
 * page shows the site's own font from at most two font files, with a real italic where it has italics.
 */
import { expect, test, type Page } from '@playwright/test'

/**
 * One page of every template, in both languages. `italics`: the page has text in italics (a quote),
 * which must come in the real italic face.
 */
const templates: { name: string; path: string; italics?: true }[] = [
  { name: 'home (nl)', path: '/' },
  { name: 'home (en)', path: '/en/' },
  { name: 'blog index (nl)', path: '/blog/' },
  { name: 'blog index page 2 (en)', path: '/en/blog/page/2/' },
  { name: 'blog year archive (nl)', path: '/blog/archief/2025/' },
  { name: 'blog year archive (en)', path: '/en/blog/archive/2025/' },
  { name: 'post with a hero image (nl)', path: '/blog/open-koffie-in-zwolle/' },
  { name: 'post with a quote (en)', path: '/en/blog/open-koffie-in-zwolle/', italics: true },
  { name: 'tips index (nl)', path: '/tips/' },
  { name: 'tips index (en)', path: '/en/tips/' },
  { name: 'tip category (nl)', path: '/tips/categorie/open-data/' },
  { name: 'tip (nl)', path: '/tips/begin-je-nota-met-een-samenvatting-van-drie-zinnen/' },
  { name: 'tip (en)', path: '/en/tips/start-your-memo-with-a-three-sentence-summary/' },
  { name: 'speakers (nl)', path: '/sprekers/' },
  { name: 'speakers (en)', path: '/en/speakers/' },
  { name: 'speaker (nl)', path: '/sprekers/annelies-peeters/' },
  { name: 'speaker (en)', path: '/en/speakers/annelies-peeters/' },
  { name: 'topics (en)', path: '/en/topics/' },
  { name: 'topic (nl)', path: '/onderwerpen/crowdsourcing/' },
  { name: 'topic (en)', path: '/en/topics/crowdsourcing/' },
  { name: 'authors (nl)', path: '/auteurs/' },
  { name: 'author (en)', path: '/en/authors/fatima-el-amrani/' },
  { name: 'book (nl)', path: '/boek/' },
  { name: 'book (en)', path: '/en/book/' },
  { name: 'chapter (nl)', path: '/boek/open-data-en-transparantie/' },
  { name: 'chapter (en)', path: '/en/book/open-data-and-transparency/' },
  { name: 'agenda (nl)', path: '/agenda/' },
  { name: 'agenda (en)', path: '/en/events/' },
  { name: 'events archive (nl)', path: '/agenda/archief/2024/' },
  { name: 'event (nl)', path: '/agenda/online-open-koffie-leidinggeven-op-afstand/' },
  { name: 'event (en)', path: '/en/events/open-koffie-webcare-in-ghent/' },
  { name: 'search (nl)', path: '/zoeken/' },
  { name: 'search with a query (en)', path: '/en/search/?q=webcare' },
  { name: 'newsletter (en)', path: '/en/newsletter/' },
  { name: 'newsletter edition (nl)', path: '/nieuwsbrief/2/' },
  { name: 'newsletter edition (en)', path: '/en/newsletter/1/' },
  { name: 'form page (nl)', path: '/sprekers/aanvragen/' },
  { name: 'form page (en)', path: '/en/tips/submit/' },
  { name: 'plain page (nl)', path: '/over-ons/' },
  { name: 'plain page (en)', path: '/en/about-us/' },
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
  test(`${name} holds still while fonts and images arrive late, in the site's font from at most two files`, async ({
    page,
  }) => {
    await recordLayoutShifts(page)
    const fontFiles = new Set<string>()
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fontFiles.add(new URL(request.url()).pathname)
    })
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

    // The font files it asked for arrived (late, so this first view kept the system font).
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
