/**
 * The public site in a real browser, at phone and desktop widths (see playwright.config.ts), in
 * both languages: every template passes axe's WCAG 2.1 A and AA rules, loads nothing from another
 * origin and no JavaScript, and can be used with the keyboard.
 */
import { expect, test } from '@playwright/test'

import { FORMS } from '../../model/forms'
import { ANY_VIEWPORT, expectAccessibleStaticPage, expectNoAxeViolations, openSitePage } from './helpers/site'

const pages: { name: string; path: string; lang: 'nl' | 'en' }[] = [
  { name: 'home (nl)', path: '/', lang: 'nl' },
  { name: 'home (en)', path: '/en/', lang: 'en' },
  { name: 'blog index (nl)', path: '/blog/', lang: 'nl' },
  { name: 'blog index page 2 (nl)', path: '/blog/pagina/2/', lang: 'nl' },
  { name: 'blog index (en)', path: '/en/blog/', lang: 'en' },
  {
    name: 'post with table, figure, callouts and code (nl)',
    path: '/blog/subsidieregister-als-open-data/',
    lang: 'nl',
  },
  { name: 'post with a tip box and callouts (nl)', path: '/blog/je-eerste-blog-als-ambtenaar/', lang: 'nl' },
  { name: 'post with a quote, images and a video (en)', path: '/en/blog/open-koffie-in-zwolle/', lang: 'en' },
  { name: 'post with a table (en)', path: '/en/blog/webcare-with-a-small-team/', lang: 'en' },
  { name: 'post with a table with row labels (nl)', path: '/blog/samen-bomen-tellen/', lang: 'nl' },
  { name: 'submit a tip (nl)', path: '/tips/insturen/', lang: 'nl' },
  { name: 'submit a tip (en)', path: '/en/tips/submit/', lang: 'en' },
  { name: 'request a speaker (nl)', path: '/sprekers/aanvragen/', lang: 'nl' },
  { name: 'contact page with its form (en)', path: '/en/contact/', lang: 'en' },
  {
    name: 'a form that was not sent (nl)',
    path: '/sprekers/aanvragen/niet-verstuurd/#invalid-place',
    lang: 'nl',
  },
  { name: 'a form that was sent (en)', path: '/en/tips/submit/thanks/', lang: 'en' },
  { name: 'agenda (nl)', path: '/agenda/', lang: 'nl' },
  { name: 'agenda (en)', path: '/en/events/', lang: 'en' },
  { name: 'events in a region (nl)', path: '/agenda/regio/utrecht/', lang: 'nl' },
  { name: 'events archive (en)', path: '/en/events/archive/2026/', lang: 'en' },
  { name: 'events of one kind (en)', path: '/en/events/kind/open-koffie/', lang: 'en' },
  { name: 'events archive (nl)', path: '/agenda/archief/2026/', lang: 'nl' },
  {
    name: 'past event with report and photos (nl)',
    path: '/agenda/open-koffie-in-zwolle-april-2024/',
    lang: 'nl',
  },
  { name: 'cancelled event (en)', path: '/en/events/open-koffie-transparency-antwerp/', lang: 'en' },
  {
    name: 'online event with its registration form (nl)',
    path: '/agenda/online-open-koffie-leidinggeven-op-afstand/',
    lang: 'nl',
  },
  { name: 'on the waiting list (nl)', path: '/agenda/aanmelden/wachtlijst/', lang: 'nl' },
  { name: 'registration cancelled (en)', path: '/en/events/register/cancelled/', lang: 'en' },
  { name: 'past event with slides (en)', path: '/en/events/open-koffie-webcare-in-ghent/', lang: 'en' },
  { name: 'newsletter (nl)', path: '/nieuwsbrief/', lang: 'nl' },
  { name: 'newsletter (en)', path: '/en/newsletter/', lang: 'en' },
  { name: 'newsletter confirmed (en)', path: '/en/newsletter/confirmed/', lang: 'en' },
  { name: 'newsletter unsubscribed (nl)', path: '/nieuwsbrief/uitgeschreven/', lang: 'nl' },
  { name: 'a sent newsletter (nl)', path: '/nieuwsbrief/2/', lang: 'nl' },
  { name: 'a sent newsletter (en)', path: '/en/newsletter/1/', lang: 'en' },
  { name: 'all newsletters (en)', path: '/en/newsletter/archive/', lang: 'en' },
]

for (const { name, path, lang } of pages) {
  test.describe(name, () => {
    test('is accessible, self-contained and free of JavaScript', async ({ page }) => {
      await expectAccessibleStaticPage(page, path, lang)
    })
  })
}

test('the skip link is the first stop for the keyboard and moves focus to the content', async ({ page }) => {
  await openSitePage(page, '/blog/')
  await page.keyboard.press('Tab')
  const skip = page.locator('.utrecht-skip-link')
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#inhoud$/)
  await page.keyboard.press('Tab')
  // The next stop lies inside the main content, not back in the header.
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true)
})

test('focus is always visible', async ({ page }) => {
  await openSitePage(page, '/')
  for (let step = 0; step < 6; step++) {
    await page.keyboard.press('Tab')
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!)
      return `${style.outlineStyle} ${style.outlineWidth}`
    })
    expect(outline).not.toMatch(/^none|0px/)
  }
})

test('the language switch leads to the translation of a post', ANY_VIEWPORT, async ({ page }) => {
  await openSitePage(page, '/blog/webcare-met-een-klein-team/')
  await page.getByRole('link', { name: 'Read in English' }).click()
  await expect(page).toHaveURL(/\/en\/blog\/webcare-with-a-small-team\/$/)
  await expect(page.locator('link[rel="alternate"][hreflang="nl"]')).toHaveAttribute(
    'href',
    /\/blog\/webcare-met-een-klein-team\/$/,
  )
})

test('a missing page answers 404 with a helpful page in both languages', async ({ page }) => {
  const { status } = await openSitePage(page, '/bestaat-niet/')
  expect(status).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet (meer)')
  await expect(page.locator('[lang="en"] h2')).toHaveText('This page does not exist (any more)')
  await expectNoAxeViolations(page)
})

test(
  'a table with an empty top-left cell heads its rows with the first column',
  ANY_VIEWPORT,
  async ({ page }) => {
    await openSitePage(page, '/blog/samen-bomen-tellen/')
    const table = page.getByRole('region', { name: 'Tabel' }).locator('table')
    await expect(table.locator('thead th[scope="col"]')).toHaveText(['Mechelen', 'Amersfoort'])
    await expect(table.locator('tbody th[scope="row"]')).toHaveCount(5)
    await expect(table.locator('tbody th[scope="row"]').first()).toHaveText('Deelnemers')
    // A screen reader announces a value with both of its headers.
    await expect(table.getByRole('cell', { name: '1.240' })).toHaveCount(1)
    await expect(table.getByRole('rowheader', { name: 'Deelnemers' })).toBeVisible()
  },
)

test('a post suggests related posts on its topics, never itself', ANY_VIEWPORT, async ({ page }) => {
  await openSitePage(page, '/blog/open-koffie-in-zwolle/')
  const related = page.locator('section[aria-labelledby="verder-lezen"] h3 a')
  expect(await related.count()).toBeGreaterThan(0)
  expect(await related.count()).toBeLessThanOrEqual(3)
  for (const href of await related.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
    expect(href).not.toBe('/blog/open-koffie-in-zwolle/')
    expect(href).toMatch(/^\/blog\/[a-z0-9-]+\/$/)
  }
})

test(
  'a reader’s form posts to the CMS with the rules the CMS applies, and says what is kept',
  ANY_VIEWPORT,
  async ({ page }) => {
    await openSitePage(page, '/tips/insturen/')
    const form = page.locator('form[data-reader-form]')
    await expect(form).toHaveAttribute('method', 'post')
    await expect(form).toHaveAttribute('action', /^http:\/\/localhost:\d+\/forms\/tip$/)
    await expect(form.locator('input[type="hidden"][name="lang"]')).toHaveValue('nl')
    for (const field of FORMS.tip) {
      const control = form.locator(`[name="${field.name}"]`).first()
      if (field.required && field.kind !== 'topics') await expect(control).toHaveAttribute('required', '')
      if ('maxLength' in field) await expect(control).toHaveAttribute('maxlength', String(field.maxLength))
    }
    // The honeypot is there for bots, never shown to people or read out.
    await expect(form.locator('input[name="website"]')).toBeHidden()
    await expect(form).toContainText('We bewaren dit 180 dagen')
    await expect(form.getByRole('link', { name: /privacyverklaring/ })).toHaveAttribute('href', '/privacy/')
  },
)

test('a speaker’s page asks for that speaker', ANY_VIEWPORT, async ({ page }) => {
  await openSitePage(page, '/en/speakers/annelies-peeters/')
  const form = page.locator('form[data-reader-form]')
  await expect(form.locator('input[type="hidden"][name="speaker"]')).toHaveValue('annelies-peeters')
  await expect(form.locator('input[type="hidden"][name="lang"]')).toHaveValue('en')
  await expect(form.getByLabel(/^Organisation/)).toBeVisible()
})

test('the "not sent" page marks the problem the CMS named', ANY_VIEWPORT, async ({ page }) => {
  await openSitePage(page, '/tips/insturen/niet-verstuurd/#invalid-email')
  const named = page.locator('li:has(#invalid-email)')
  await expect(named).toContainText('een e-mailadres zoals')
  expect(await named.evaluate((li) => getComputedStyle(li, '::before').content)).toBe('"Dit ging mis: "')
  expect(
    await page.locator('li:has(#invalid-title)').evaluate((li) => getComputedStyle(li, '::before').content),
  ).toBe('none')
})
