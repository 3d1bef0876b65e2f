/**
 * The newsletter's sent editions on the built site (the demo content has two): the newsletter page
 * lists them newest first under the sign-up form, each edition has its own page with its items in
 * the mail's groups and in the reader's language, and the feeds carry them.
 */
import { expect, test } from '@playwright/test'

import { openSitePage } from './helpers/site'

test('the newsletter page lists the sent editions, newest first, with the archive and the feed', async ({
  page,
}) => {
  await openSitePage(page, '/nieuwsbrief/')
  const recent = page.getByRole('region', { name: 'Eerdere nieuwsbrieven' })
  await expect(recent.locator('.edition-list a')).toHaveText([
    'Nieuwsbrief 2: Bomen tellen met inwoners, en de netwerkdag komt eraan',
    'Nieuwsbrief 1: Crisisoefeningen, weeknotes en een nieuwe tip over videovergaderen',
  ])
  // Feed readers find the newsletter's own feed (besides the blog's, which every page offers).
  await expect(page.locator('link[rel="alternate"][href="/nieuwsbrief/rss.xml"]')).toHaveAttribute(
    'type',
    'application/rss+xml',
  )
  await recent.getByRole('link', { name: 'Alle nieuwsbrieven' }).click()
  await expect(page).toHaveURL(/\/nieuwsbrief\/archief\/$/)
  await expect(page.locator('.edition-list a')).toHaveCount(2)
  await expect(page.getByText('2 nieuwsbrieven')).toBeVisible()
})

test('an edition page has its introduction and items in the mail’s groups, each linking to its page', async ({
  page,
}) => {
  await openSitePage(page, '/nieuwsbrief/2/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Nieuwsbrief 2: Bomen tellen met inwoners, en de netwerkdag komt eraan',
  )
  await expect(page.getByText('Verstuurd op 16 juni 2026')).toBeVisible()
  await expect(page.locator('article').getByRole('heading', { level: 2 })).toHaveText([
    'Nieuw op het blog',
    'Agenda',
    'Nieuwe sprekers',
  ])
  // The events in the edition's order, not the agenda's.
  await expect(page.locator('.event-list__title')).toHaveText([
    'Cursus Webcare voor beginners in Groningen',
    'Netwerkdag 2026',
  ])
  await page.getByRole('link', { name: 'Samira Ouali' }).click()
  await expect(page).toHaveURL(/\/sprekers\/samira-ouali\/$/)
  await page.goBack()
  await page.getByRole('link', { name: /^Vorige nieuwsbrief Nieuwsbrief 1:/ }).click()
  await expect(page).toHaveURL(/\/nieuwsbrief\/1\/$/)
  await expect(page.locator('.tip-list a')).toHaveText([
    'Tip 32: Sneltoetsen voor videovergaderingen',
    'Tip 31: Laat je tekst hardop voorlezen door een buitenstaander',
  ])
  // The translation: the same edition, its items in English.
  await page.getByRole('link', { name: 'Read in English' }).click()
  await expect(page).toHaveURL(/\/en\/newsletter\/1\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Newsletter 1: Crisis drills, weeknotes and a new tip on video meetings',
  )
  await expect(page.locator('.tip-list a').first()).toHaveAttribute('href', /^\/en\/tips\//)
})

test('the newsletter feeds list the editions with absolute links, in each language', async ({ request }) => {
  const rss = await (await request.get('/nieuwsbrief/rss.xml')).text()
  expect(rss).toContain(
    '<title>Nieuwsbrief 2: Bomen tellen met inwoners, en de netwerkdag komt eraan</title>',
  )
  expect(rss).toMatch(/<link>https?:\/\/[^<]+\/nieuwsbrief\/1\/<\/link>/)
  const atom = await (await request.get('/en/newsletter/atom.xml')).text()
  expect(atom).toContain(
    '<title>Newsletter 2: Counting trees with residents, and the network day is coming</title>',
  )
  expect(atom).toMatch(/<link href="https?:\/\/[^"]+\/en\/newsletter\/2\/"\/>/)
})
