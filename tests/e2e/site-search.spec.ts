/**
 * Search in a real browser, at phone and desktop widths, in both languages: Pagefind's index over
 * the built site (scripts/lib/search/) and the search page (/zoeken/, /en/search/). The demo
 * content has words that occur in one place only; see the cases below.
 */
import { expect, test, type Locator, type Page } from '@playwright/test'

import {
  ANY_VIEWPORT,
  expectNoAxeViolations,
  loadEverySearchResult,
  openSitePage,
  SCROLLING_POLL,
  scrollToNextLoadingResult,
} from './helpers/site'

type Lang = 'nl' | 'en'
const searchPath = { nl: '/zoeken/', en: '/en/search/' } as const

/** Opens the search page with `?q=` and waits until the summary reports on that query. */
async function searchFor(page: Page, lang: Lang, query: string): Promise<Locator> {
  await page.goto(`${searchPath[lang]}?q=${encodeURIComponent(query)}`)
  const summary = page.locator('pagefind-summary')
  await expect(summary).toContainText(query)
  await expect(summary).not.toContainText(lang === 'nl' ? 'Zoeken naar' : 'Searching for')
  return summary
}

/**
 * The result with this title. Results load their details when scrolled into view, so this scrolls
 * to the next result still loading until the result is there.
 */
async function result(page: Page, title: string | RegExp): Promise<Locator> {
  const found = page
    .locator('.search-result')
    .filter({ has: page.locator('.search-result__title', { hasText: title }) })
  await expect
    .poll(async () => {
      if ((await found.count()) > 0) return true
      await scrollToNextLoadingResult(page)
      return false
    }, SCROLLING_POLL)
    .toBe(true)
  return found.first()
}

/** Chooses a value in one of the filter dropdowns (a combobox with a listbox), by keyboard. */
async function chooseFilter(page: Page, filter: string, value: string): Promise<void> {
  const dropdown = page.locator(`pagefind-filter-dropdown[filter="${filter}"]`)
  const trigger = dropdown.getByRole('combobox')
  await trigger.focus()
  await page.keyboard.press('Enter')
  await expect(trigger).toHaveAttribute('aria-expanded', 'true')
  const option = dropdown.getByRole('option', { name: new RegExp(`^${value.replace(/[()]/g, '\\$&')}`) })
  await expect(option).toBeVisible()
  await option.click()
  await expect(option).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Escape')
}

/** Results shown at first, and added by each press of "show more" (SearchPage.astro). */
const RESULTS_PER_PAGE = 25
/** The results in the list, each loaded or still a placeholder. */
const listedResults = (page: Page) => page.locator('pagefind-results .pf-results > [data-pf-result-index]')

/**
 * A new search or order starts the list again at its first page. The query of the sort tests finds
 * more than one page, so this also tells the new list from the old, fully shown one.
 */
async function expectFirstPageAgain(page: Page): Promise<void> {
  await expect(listedResults(page)).toHaveCount(RESULTS_PER_PAGE)
}

/**
 * Presses "show more" until every result found is in the list. After each press the focus moves
 * to the first new result; by then the button is there only if there is more.
 */
async function showAllResults(page: Page): Promise<void> {
  const more = page.locator('[data-search-more]')
  while (await more.isVisible()) {
    await more.focus()
    await page.keyboard.press('Enter')
    await expect(more).not.toBeFocused()
  }
}

/**
 * Every result's date in the order shown (undefined for results without one), after showing them
 * all and scrolling until none is still loading. Dates are read from what the reader sees ("11 juni
 * 2026").
 */
async function resultDates(page: Page, lang: Lang): Promise<(string | undefined)[]> {
  await showAllResults(page)
  await loadEverySearchResult(page)
  const months = Array.from({ length: 12 }, (_, month) =>
    new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' })
      .format(Date.UTC(2000, month, 1))
      .toLowerCase(),
  )
  return (await page.locator('.search-result__meta').allTextContents()).map((text) => {
    const match = /(\d{1,2}) (\p{L}+) (\d{4})/u.exec(text)
    if (!match) return undefined
    const month = months.indexOf(match[2].toLowerCase()) + 1
    expect(month, `a month name in "${text}"`).toBeGreaterThan(0)
    return `${match[3]}-${String(month).padStart(2, '0')}-${match[1].padStart(2, '0')}`
  })
}

/** Dated results newest first, then the undated ones. */
const isNewestFirst = (dates: (string | undefined)[]) =>
  dates.every(
    (date, i) => i === 0 || date === undefined || (dates[i - 1] !== undefined && dates[i - 1]! >= date),
  )

const cases = {
  nl: {
    chapterWord: 'datasetpeetouder',
    chapter: 'Open data en transparantie',
    chapterSection: 'Iedere dataset een datasetpeetouder',
    headingWord: 'reactietermijn',
    headingChapter: 'Webcare: de overheid als gesprekspartner',
    heading: 'Een haalbare reactietermijn afspreken',
    tipWord: 'wachtwoordzin',
    tip: 'Tip 8: Kies een wachtwoordzin in plaats van een wachtwoord',
    inflected: 'wachtwoordzinnen',
    speakerWord: 'gemeenteraadsvergadering',
    speakerQuery: 'participatie',
    topic: 'E-participatie',
    region: 'Limburg (BE)',
    misspelled: 'trnasparantie',
    absent: 'qwerty',
    footerWord: 'vrijwilligers',
    footerText: 'tenzij anders vermeld',
    navText: 'Read in English',
    noResults: 'Geen resultaten',
    sortQuery: 'open',
    sortLabel: 'Sorteren op',
    commonWord: 'gemeente',
    found: 'resultaten voor',
    showMore: 'Meer resultaten tonen',
  },
  en: {
    chapterWord: 'godparent',
    chapter: 'Open data and transparency',
    chapterSection: 'A godparent for every dataset',
    headingWord: 'realistic',
    headingChapter: 'Webcare: government as a conversation partner',
    heading: 'Agreeing on a realistic response time',
    tipWord: 'passphrase',
    tip: 'Tip 8: Choose a passphrase instead of a password',
    inflected: 'passphrases',
    speakerWord: 'interpreter',
    speakerQuery: 'participation',
    topic: 'E-participation',
    region: 'Limburg (BE)',
    misspelled: 'pasphrase',
    absent: 'qwerty',
    footerWord: 'volunteers',
    footerText: 'unless stated otherwise',
    navText: 'Lees in het Nederlands',
    noResults: 'No results',
    sortQuery: 'open',
    sortLabel: 'Sort by',
    commonWord: 'municipality',
    found: 'results for',
    showMore: 'Show more results',
  },
} satisfies Record<Lang, Record<string, string>>

for (const lang of ['nl', 'en'] as const) {
  const c = cases[lang]
  test.describe(`search (${lang})`, () => {
    test(
      'a word from one book chapter finds the chapter and the section it is in',
      ANY_VIEWPORT,
      async ({ page }) => {
        await searchFor(page, lang, c.chapterWord)
        const chapter = await result(page, c.chapter)
        await expect(chapter.locator('.search-result__meta')).toContainText(
          lang === 'nl' ? 'Boekhoofdstuk' : 'Book chapter',
        )
        await expect(
          chapter.locator('.search-result__section', { hasText: c.chapterSection }),
        ).toHaveAttribute('href', /\/[a-z0-9-]+\/#[a-z0-9-]+$/)
      },
    )

    test('a word in a chapter heading links to that heading', ANY_VIEWPORT, async ({ page }) => {
      await searchFor(page, lang, c.headingWord)
      const chapter = await result(page, c.headingChapter)
      const section = chapter.locator('.search-result__section', { hasText: c.heading })
      const href = await section.getAttribute('href')
      await section.click()
      await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))
      await expect(page.locator(new URL(href!, 'http://x').hash)).toContainText(c.heading)
    })

    test(
      'a tip is found by a word from its body, and an inflected form finds it too',
      ANY_VIEWPORT,
      async ({ page }) => {
        for (const query of [c.tipWord, c.inflected]) {
          await searchFor(page, lang, query)
          const tip = await result(page, c.tip)
          await expect(tip.locator('.search-result__meta')).toContainText(/Tip · \d{1,2} \S+ \d{4}/)
          // The excerpt is the tip's own text, not the page's labels and date.
          await expect(tip.locator('.search-result__excerpt').first()).not.toContainText(
            /Categorie|Category|Gepubliceerd|Published/,
          )
        }
      },
    )

    test(
      'a speaker is found by a word from the profile, by topic and by region',
      ANY_VIEWPORT,
      async ({ page }) => {
        await searchFor(page, lang, c.speakerWord)
        await expect(await result(page, 'Ruud Kessels')).toBeVisible()

        await searchFor(page, lang, c.speakerQuery)
        await chooseFilter(page, 'topic', c.topic)
        await chooseFilter(page, 'region', c.region)
        const titles = page.locator('.search-result__title')
        await expect(titles.first()).toBeVisible()
        await expect(titles).toHaveText(['Ruud Kessels'])
        await expect(page.locator('.search-result__image')).toHaveAttribute('src', /\.webp$/)

        // One button clears both filters (the dropdowns have no Clear of their own), then hides.
        await expect(page.locator('.pf-dropdown-clear')).toHaveCount(0)
        const reset = page.getByRole('button', { name: lang === 'nl' ? 'Filters wissen' : 'Clear filters' })
        // A tap outside closes a dropdown that is still open (on a phone it covers the button).
        await page.locator('h1').click()
        await reset.click()
        await expect(reset).toBeHidden()
        await expect(page.locator('pagefind-filter-dropdown [aria-selected="true"]')).toHaveCount(0)
        await expect
          .poll(async () => Number((await page.locator('pagefind-summary').innerText()).match(/\d+/)?.[0]))
          .toBeGreaterThan(1)
      },
    )

    test(
      'a misspelled or absent word says honestly that nothing was found',
      ANY_VIEWPORT,
      async ({ page }) => {
        for (const query of [c.misspelled, c.absent]) {
          const summary = await searchFor(page, lang, query)
          await expect(summary).toContainText(`${c.noResults} ${lang === 'nl' ? 'voor' : 'for'} ${query}`)
          await expect(page.locator('.search-result')).toHaveCount(0)
        }
      },
    )

    test('navigation and footer are not in the index', ANY_VIEWPORT, async ({ page }) => {
      await openSitePage(page, searchPath[lang])
      // Every page shows the footer and the language switch; the index must hold none of it.
      const found = await page.evaluate(
        async ({ lang, query }) => {
          const list = (await (await fetch('/pagefind/search-shards.json')).json()) as Record<
            string,
            { shards: string[] }
          >
          const pagefind = await import(`${location.origin}/pagefind/pagefind.js`)
          const instance = pagefind.createInstance({})
          for (const bundlePath of list[lang]!.shards)
            await instance.mergeIndex(bundlePath, { language: lang })
          const search = await instance.search(query)
          return Promise.all(
            search.results.map(async (hit: { data(): Promise<{ url: string; content: string }> }) => {
              const data = await hit.data()
              return { url: data.url, content: data.content }
            }),
          )
        },
        { lang, query: c.footerWord },
      )
      // The word is on every page in the footer, but only a few pages say it themselves.
      expect(found.length).toBeGreaterThan(0)
      expect(found.length).toBeLessThan(12)
      for (const { url, content } of found) {
        expect(content, url).not.toContain(c.footerText)
        expect(content, url).not.toContain(c.navText)
      }
    })

    test('?q= opens results, the address follows the query, and the header form leads here', async ({
      page,
    }) => {
      await openSitePage(page, lang === 'nl' ? '/tips/' : '/en/tips/')
      const header = page.getByRole('search')
      await header.getByRole('searchbox').fill(c.tipWord)
      await header.getByRole('button').click()
      await expect(page).toHaveURL(new RegExp(`${searchPath[lang]}\\?q=${c.tipWord}$`))
      await result(page, c.tip)
      const input = page.locator('pagefind-input input')
      await expect(input).toHaveValue(c.tipWord)
      await input.fill(c.chapterWord)
      await expect(page).toHaveURL(new RegExp(`\\?q=${c.chapterWord}$`))
    })

    test('works with the keyboard alone and has no axe violations', async ({ page }) => {
      const { foreign, blocked } = await openSitePage(page, searchPath[lang])
      const input = page.locator('pagefind-input input')
      await expect(input).toBeFocused()
      await expectNoAxeViolations(page)
      await page.keyboard.type(c.tipWord)
      await result(page, c.tip)
      await expectNoAxeViolations(page)
      // Down from the input goes to the results; Enter follows the link.
      await page.keyboard.press('ArrowDown')
      const focused = page.locator('.search-result__link:focus, .search-result__section:focus')
      await expect(focused).toHaveCount(1)
      const href = await focused.getAttribute('href')
      await page.keyboard.press('Enter')
      await expect(page).toHaveURL(new RegExp(`${href}$`))
      expect(foreign).toEqual([])
      // Search (Pagefind's WebAssembly, its worker, our sort script) runs within the page's policy.
      expect(blocked).toEqual([])
    })

    test(
      'newest first sorts the results of every shard together by date, and the address keeps the order',
      ANY_VIEWPORT,
      async ({ page }) => {
        // Tall enough that every result loads without scrolling back and forth; the width stays.
        await page.setViewportSize({ width: page.viewportSize()!.width, height: 4000 })
        await searchFor(page, lang, c.sortQuery)
        const relevance = await resultDates(page, lang)
        // The query finds more than a page of posts and tips (separate shards), whose best match is
        // not the newest: the order covers every result, not only those on the first page.
        expect(relevance.length).toBeGreaterThan(RESULTS_PER_PAGE)
        expect(relevance.filter(Boolean).length).toBeGreaterThan(5)
        expect(isNewestFirst(relevance)).toBe(false)
        const types = await page.locator('.search-result__meta').allTextContents()
        expect(types.some((text) => text.startsWith(lang === 'nl' ? 'Blogbericht' : 'Blog post'))).toBe(true)
        expect(types.some((text) => text.startsWith('Tip'))).toBe(true)

        const sort = page.getByLabel(c.sortLabel)
        await sort.selectOption('date')
        await expect(page).toHaveURL(new RegExp(`\\?q=${c.sortQuery}&sort=date$`))
        await expectFirstPageAgain(page)
        const byDate = await resultDates(page, lang)
        expect(isNewestFirst(byDate)).toBe(true)
        expect([...byDate].sort()).toEqual([...relevance].sort())

        // Shared or reloaded, the address opens the same order with the control set to it.
        await page.reload()
        await expect(page.getByLabel(c.sortLabel)).toHaveValue('date')
        await expectFirstPageAgain(page)
        expect((await resultDates(page, lang)).join()).toBe(byDate.join())

        await page.getByLabel(c.sortLabel).selectOption('relevance')
        await expect(page).toHaveURL(new RegExp(`\\?q=${c.sortQuery}$`))
        await expectFirstPageAgain(page)
        expect((await resultDates(page, lang)).join()).toBe(relevance.join())
        await expectNoAxeViolations(page)
      },
    )

    test(
      'a topic result shows no image, not the portrait of a speaker listed on the topic page',
      ANY_VIEWPORT,
      async ({ page }) => {
        await searchFor(page, lang, 'open data')
        const topic = await result(page, /^Open data$/)
        await expect(topic.locator('.search-result__meta')).toHaveText(lang === 'nl' ? 'Onderwerp' : 'Topic')
        await expect(topic.locator('img')).toHaveCount(0)
      },
    )

    test("a chapter result shows the book's cover, as a thumbnail made for the result's box", async ({
      page,
    }) => {
      await searchFor(page, lang, c.chapterWord)
      const image = (await result(page, c.chapter)).locator('.search-result__image')
      await expect(image).toHaveAttribute('src', new RegExp(`/boek-omslag-${lang}\\.[^/]+\\.webp$`))
      if (page.viewportSize()!.width < 480) {
        // Phones show no result images, and a lazy image that is not shown is not fetched.
        await expect(image).toBeHidden()
        expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(0)
      } else {
        // Twice the 6rem × 4rem box, not the cover at full size.
        await expect
          .poll(() => image.evaluate((img: HTMLImageElement) => `${img.naturalWidth}×${img.naturalHeight}`))
          .toBe('192×128')
      }
    })

    test('a common word shows its results a page at a time; "show more" adds the next page and takes the focus there', async ({
      page,
    }) => {
      // What a screen reader hears: every text Pagefind puts in its live regions.
      await page.addInitScript(() => {
        const heard: string[] = []
        Object.assign(window, { heard })
        new MutationObserver(() => {
          for (const region of document.querySelectorAll('[data-pagefind-announcer] [aria-live]')) {
            const text = region.textContent?.trim()
            if (text && heard.at(-1) !== text) heard.push(text)
          }
        }).observe(document, { childList: true, subtree: true, characterData: true })
      })
      const summary = await searchFor(page, lang, c.commonWord)
      const total = Number(/\d+/.exec((await summary.textContent()) ?? '')?.[0])
      expect(total).toBeGreaterThan(RESULTS_PER_PAGE)
      await expect(listedResults(page)).toHaveCount(RESULTS_PER_PAGE)
      // The reader hears how many were found, not how many are shown so far.
      const heard = () => page.evaluate(() => (window as unknown as { heard: string[] }).heard)
      await expect.poll(heard).toContain(`${total} ${c.found} ${c.commonWord}`)
      expect(await heard()).not.toContain(`${RESULTS_PER_PAGE} ${c.found} ${c.commonWord}`)

      // By keyboard: the button shows the next page, and focus goes to its first result.
      const more = page.getByRole('button', { name: c.showMore })
      await more.focus()
      await page.keyboard.press('Enter')
      const firstNew = listedResults(page).nth(RESULTS_PER_PAGE)
      await expect(firstNew.locator('.search-result__link')).toBeFocused()
      await expect(listedResults(page)).toHaveCount(Math.min(2 * RESULTS_PER_PAGE, total))
      await expect(summary).toContainText(`${total} ${c.found}`)

      // Until all are shown; then the button goes.
      await showAllResults(page)
      await expect(more).toBeHidden()
      await expect(listedResults(page)).toHaveCount(total)
      await expectNoAxeViolations(page)

      // A new search starts again at the first page.
      await page.locator('pagefind-input input').fill(c.sortQuery)
      await expect(summary).toContainText(c.sortQuery)
      await expect.poll(async () => (await listedResults(page).count()) <= RESULTS_PER_PAGE).toBe(true)
    })

    test(
      'when the dates cannot be fetched, the reader is told, the order stays, and choosing again retries',
      ANY_VIEWPORT,
      async ({ page }) => {
        await searchFor(page, lang, c.sortQuery)
        const relevance = await resultDates(page, lang)
        // The first request for the dates is lost on the way (a dropped connection); later ones pass.
        let dropped = 0
        await page.route(/search-dates\.[a-z]+\.json$/, (route) =>
          dropped++ === 0 ? route.abort('connectionreset') : route.continue(),
        )
        const sort = page.getByLabel(c.sortLabel)
        await sort.selectOption('date')
        await expect(page.locator('[data-search-error]')).toBeVisible()
        await expect(sort).toHaveValue('relevance')
        await expect(page).toHaveURL(new RegExp(`\\?q=${c.sortQuery}$`))
        expect((await resultDates(page, lang)).join()).toBe(relevance.join())

        await sort.selectOption('date')
        await expect(page).toHaveURL(new RegExp(`\\?q=${c.sortQuery}&sort=date$`))
        await expectFirstPageAgain(page)
        expect(isNewestFirst(await resultDates(page, lang))).toBe(true)
        await expect(page.locator('[data-search-error]')).toBeHidden()
        expect(dropped).toBe(2)
      },
    )

    test('the sort control works with the keyboard', async ({ page }) => {
      await searchFor(page, lang, c.sortQuery)
      await showAllResults(page)
      await page.locator('pagefind-input input').focus()
      const sort = page.getByLabel(c.sortLabel)
      // Tab from the search field reaches the control (past the filters).
      for (
        let step = 0;
        step < 12 && !(await sort.evaluate((element) => element === document.activeElement));
        step++
      )
        await page.keyboard.press('Tab')
      await expect(sort).toBeFocused()
      await page.keyboard.press('ArrowDown')
      await expect(sort).toHaveValue('date')
      await expect(page).toHaveURL(/&sort=date$/)
      await expectFirstPageAgain(page)
      expect(isNewestFirst(await resultDates(page, lang))).toBe(true)
    })

    test(
      'without JavaScript, the page explains itself and links to the overviews',
      ANY_VIEWPORT,
      async ({ browser }) => {
        const context = await browser.newContext({ javaScriptEnabled: false })
        const page = await context.newPage()
        await page.goto(`${test.info().project.use.baseURL}${searchPath[lang]}?q=${c.tipWord}`)
        const notice = page.locator('.search-notice').first()
        await expect(notice).toBeVisible()
        await expect(notice).toContainText('JavaScript')
        for (const name of lang === 'nl'
          ? ['blogarchief', 'boek', 'sprekers', 'tips']
          : ['blog archive', 'book', 'speakers', 'tips'])
          await expect(
            page.locator('.search-browse').getByRole('link', { name: new RegExp(name, 'i') }),
          ).toBeVisible()
        await context.close()
      },
    )
  })
}

test('every page has the header search form, a plain GET form without JavaScript', async ({ page }) => {
  for (const path of ['/', '/blog/', '/boek/', '/en/speakers/']) {
    await openSitePage(page, path)
    const form = page.locator('form[role="search"]')
    await expect(form).toHaveAttribute('method', 'get')
    await expect(form).toHaveAttribute('action', path.startsWith('/en/') ? '/en/search/' : '/zoeken/')
    await expect(form.getByRole('searchbox')).toHaveAttribute('name', 'q')
    await expect(form.getByRole('searchbox')).toHaveAccessibleName(/\S/)
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0)
  }
})

test(
  "a speaker found by a talk shows that passage once, not again as the talks' section",
  ANY_VIEWPORT,
  async ({ page }) => {
    await searchFor(page, 'nl', 'stadsaccount')
    const speaker = await result(page, 'Annelies Peeters')
    await expect(speaker.locator('.search-result__excerpt').first()).toContainText('stadsaccount')
    const passages = await speaker.locator('.search-result__excerpt').allTextContents()
    expect(new Set(passages.map((text) => text.trim())).size).toBe(passages.length)
  },
)
