/**
 * The agenda on the built site, as of the moment playwright.config.ts gives the build
 * (BUILD_MOMENT, 3 December 2026): upcoming events soonest first with their filters, past ones in
 * the archive by year, an event page in its own time zone, the calendar files calendar apps read,
 * the slides of a past event, and the next events on the home page.
 */
import { readFile } from 'node:fs/promises'

import { expect, test } from '@playwright/test'

import { ANY_VIEWPORT, openSitePage } from './helpers/site'

test(
  'the agenda lists what is coming, soonest first, and marks a cancelled event',
  ANY_VIEWPORT,
  async ({ page }) => {
    await openSitePage(page, '/agenda/')
    const titles = page.locator('.event-list__title')
    await expect(titles).toHaveText([
      'Open Koffie in Den Haag: actief openbaar maken',
      'Online Open Koffie: leidinggeven aan mensen die je niet ziet',
      'Open Koffie in Antwerpen: wat kost transparantie eigenlijk?',
      'Cursus Schrijven voor het web',
      'Startdag nieuwe leerkringen Vlaanderen-Nederland',
    ])
    await expect(page.locator('.event-list__item').nth(2)).toContainText('Afgelast')
    // Past events are in the archive, by year.
    await page.getByRole('link', { name: '2026', exact: true }).click()
    await expect(page).toHaveURL(/\/agenda\/archief\/2026\/$/)
    await expect(page.locator('.event-list__title')).toHaveText([
      'Open Koffie in Gent: een stadsaccount met een menselijke stem',
      'Netwerkdag 2026',
      'Cursus Webcare voor beginners in Groningen',
    ])
  },
)

test('a filter is a plain link to the events of one kind or region', ANY_VIEWPORT, async ({ page }) => {
  await openSitePage(page, '/en/events/')
  await page.getByRole('link', { name: 'Course (1)' }).click()
  await expect(page).toHaveURL(/\/en\/events\/kind\/course\/$/)
  await expect(page.getByRole('link', { name: 'Course (1)' })).toHaveAttribute('aria-current', 'page')
  await expect(page.locator('.event-list__title')).toHaveText(['Course: Writing for the web'])
  await page.getByRole('link', { name: /^Flemish Brabant/ }).click()
  await expect(page.locator('.event-list__title')).toHaveCount(1)
})

test(
  'an event page gives the time where it happens, its place, and a calendar file',
  ANY_VIEWPORT,
  async ({ page, request }) => {
    await openSitePage(page, '/agenda/open-koffie-webcare-in-gent/')
    await expect(page.locator('.event-facts')).toContainText('donderdag 19 november 2026, 15.30–16.45 uur')
    await expect(page.locator('.event-facts')).toContainText('Gent')
    await expect(page.getByText('Deze activiteit is voorbij.')).toBeVisible()
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
    expect(data).toMatchObject({ '@type': 'Event', startDate: '2026-11-19T14:30:00Z' })

    const href = await page.getByRole('link', { name: 'Zet in je agenda (.ics)' }).getAttribute('href')
    const file = await request.get(href!)
    expect(file.headers()['content-type']).toMatch(/^text\/calendar/)
    const text = await file.text()
    expect(text).toContain('UID:open-koffie-webcare-gent-2026-11@')
    expect(text).toContain('DTSTART;TZID=Europe/Brussels:20261119T153000')
  },
)

test(
  'a past event offers its slides as a PDF, with format and size, in both languages',
  ANY_VIEWPORT,
  async ({ page, request }) => {
    const original = await readFile('content/media/dias-webcare-menselijke-stem-gent.pdf')
    for (const [path, heading, title] of [
      ['/agenda/open-koffie-webcare-in-gent/', 'Dia’s', /^Dia’s van Annelies Peeters/],
      ['/en/events/open-koffie-webcare-in-ghent/', 'Slides', /^Slides by Annelies Peeters, in Dutch/],
    ] as const) {
      await openSitePage(page, path)
      const section = page.getByRole('region', { name: heading })
      const link = section.getByRole('link', { name: title })
      await expect(section).toContainText('(PDF, 35 kB)')
      const file = await request.get((await link.getAttribute('href'))!)
      expect(file.status()).toBe(200)
      expect(file.headers()['content-type']).toBe('application/pdf')
      expect(Buffer.compare(await file.body(), original)).toBe(0)
    }
  },
)

test(
  'a cancelled event says so, and the feed tells calendars to remove it',
  ANY_VIEWPORT,
  async ({ page, request }) => {
    await openSitePage(page, '/en/events/open-koffie-transparency-antwerp/')
    await expect(page.locator('.event-cancelled')).toContainText('This event will not take place.')
    const feed = await (await request.get('/en/events/events.ics')).text()
    const antwerp = feed
      .split('BEGIN:VEVENT')
      .find((part) => part.includes('open-koffie-transparantie-antwerpen@'))!
    expect(antwerp).toContain('STATUS:CANCELLED')
    expect(antwerp).toContain('SEQUENCE:2')
    // Past events are not in the feed of what is coming.
    expect(feed).not.toContain('netwerkdag-2026@')
  },
)

test('the home page shows the next events, without the cancelled one', ANY_VIEWPORT, async ({ page }) => {
  await openSitePage(page, '/')
  const section = page.locator('section[aria-labelledby="binnenkort"]')
  await expect(section.locator('.event-list__title')).toHaveText([
    'Open Koffie in Den Haag: actief openbaar maken',
    'Online Open Koffie: leidinggeven aan mensen die je niet ziet',
    'Cursus Schrijven voor het web',
  ])
})

test('search finds an event, labelled as one', ANY_VIEWPORT, async ({ page }) => {
  await page.goto('/zoeken/?q=leerkringen')
  const result = page
    .locator('.search-result')
    .filter({ hasText: 'Startdag nieuwe leerkringen Vlaanderen-Nederland' })
    .first()
  await expect(result).toBeVisible()
  await expect(result.locator('.search-result__meta')).toContainText('Activiteit')
})

test(
  'an upcoming event takes registrations on its page; a past or cancelled one does not',
  ANY_VIEWPORT,
  async ({ page }) => {
    await openSitePage(page, '/en/events/course-writing-for-the-web-utrecht/')
    const form = page.locator('form[data-reader-form]')
    await expect(form).toHaveAttribute('action', /\/forms\/registration$/)
    await expect(form.locator('input[type="hidden"][name="event"]')).toHaveValue(
      'schrijven-voor-het-web-utrecht-2027',
    )
    await expect(form.getByLabel(/^I agree/)).toHaveAttribute('required', '')
    await expect(form).toContainText('We delete it 30 days after the event.')
    // Fully booked: readers can still join the waiting list.
    await openSitePage(page, '/agenda/open-koffie-actief-openbaar-maken/')
    await expect(page.getByText('Deze activiteit is vol.')).toBeVisible()
    await expect(page.locator('form[data-reader-form]')).toHaveCount(1)
    for (const path of ['/agenda/netwerkdag-2026/', '/agenda/open-koffie-transparantie-antwerpen/']) {
      await openSitePage(page, path)
      await expect(page.locator('form[data-reader-form]')).toHaveCount(0)
    }
  },
)
