/**
 * The site's look in a real browser: NL Design System components carrying our theme tokens, the
 * dark scheme from the system setting (also free of axe violations), the blog's numbered pages,
 * readable meta lines and a print style for posts.
 */
import { expect, test, type Page } from '@playwright/test'

import { expectNoAxeViolations, openSitePage } from './helpers/site'

/** A custom property of the theme, as the browser resolved it on <html>. */
async function themeToken(page: Page, name: string): Promise<string> {
  return page.evaluate(
    (token) => getComputedStyle(document.documentElement).getPropertyValue(token).trim(),
    name,
  )
}

/** A colour token as the browser writes computed colours (rgb(...)), to compare with computed styles. */
async function tokenAsColour(page: Page, name: string): Promise<string> {
  return page.evaluate((token) => {
    const probe = document.createElement('span')
    probe.style.color = `var(${token})`
    document.body.append(probe)
    const colour = getComputedStyle(probe).color
    probe.remove()
    return colour
  }, name)
}

test('the page frame is NL Design System components: skip link, page header, navigation bar, search field and button, footer', async ({
  page,
}) => {
  await openSitePage(page, '/blog/')
  await expect(page.locator('html')).toHaveClass(/\boa-theme\b/)
  await expect(page.locator('a.utrecht-skip-link')).toHaveAttribute('href', '#inhoud')
  await expect(page.locator('header .utrecht-page-header')).toHaveCount(1)
  const navigation = page.getByRole('navigation', { name: 'Hoofdmenu' })
  await expect(navigation).toHaveClass(/\butrecht-nav-bar\b/)
  await expect(navigation.locator('a.utrecht-nav-list__link[aria-current="page"]')).toHaveText('Blog')
  const search = page.getByRole('search')
  await expect(search.getByRole('searchbox')).toHaveClass(/\butrecht-textbox\b/)
  await expect(search.getByRole('button', { name: 'Zoeken' })).toHaveClass(
    /\butrecht-button--primary-action\b/,
  )
  await expect(page.locator('footer.utrecht-page-footer')).toHaveCount(1)
})

test('the components take their look from our theme tokens', async ({ page }) => {
  await openSitePage(page, '/blog/subsidieregister-als-open-data/')
  const accent = await tokenAsColour(page, '--oa-color-accent')
  const link = await tokenAsColour(page, '--oa-color-link')
  expect(await themeToken(page, '--utrecht-heading-1-font-size')).toBe('2.25rem')

  const heading = await page.locator('h1').evaluate((element) => {
    const style = getComputedStyle(element)
    return { size: style.fontSize, family: style.fontFamily }
  })
  expect(heading.size).toBe('36px')
  expect(heading.family).toContain('Source Sans 3 Variable')
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toHaveCSS('background-color', accent)
  await expect(page.getByRole('search').getByRole('button')).toHaveCSS('background-color', accent)
  // The table in the post: NL Design System's table, header row on our surface colour.
  await expect(page.locator('article thead').first()).toHaveCSS(
    'background-color',
    await tokenAsColour(page, '--oa-color-surface'),
  )
  // A link in the text, styled by NL Design System's link component with our link colour.
  await openSitePage(page, '/blog/open-koffie-in-zwolle/')
  await expect(page.locator('article.prose p:not(.meta) a').first()).toHaveCSS('color', link)
})

test.describe('with the system set to dark', () => {
  test.use({ colorScheme: 'dark' })

  for (const path of ['/', '/blog/subsidieregister-als-open-data/', '/boek/', '/sprekers/', '/en/tips/']) {
    test(`${path} turns dark and keeps every contrast (axe)`, async ({ page }) => {
      await openSitePage(page, path)
      await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(21, 25, 28)')
      await expect(page.locator('body')).toHaveCSS('color', 'rgb(238, 241, 243)')
      await expectNoAxeViolations(page)
    })
  }
})

test("the blog's pages are numbered links, the current one marked, with previous and next", async ({
  page,
}) => {
  await openSitePage(page, '/blog/')
  const pages = page.getByRole('navigation', { name: 'Paginering' })
  await expect(pages.locator('[aria-current="page"]')).toHaveText('1')
  await expect(pages.locator('a[rel="prev"]')).toHaveCount(0)
  await pages.getByRole('link', { name: 'Pagina 2 van 2' }).click()
  await expect(page).toHaveURL(/\/blog\/pagina\/2\/$/)
  await expect(pages.locator('[aria-current="page"]')).toHaveText('2')
  await expect(pages.locator('a[rel="next"]')).toHaveCount(0)
  await pages.getByRole('link', { name: 'Vorige pagina' }).click()
  await expect(page).toHaveURL(/\/blog\/$/)
})

test("a post's meta line reads as a sentence, with spaces around every separator", async ({ page }) => {
  await openSitePage(page, '/blog/open-koffie-in-zwolle/')
  const meta = (await page.locator('article .meta').first().textContent())!.replace(/\s+/g, ' ').trim()
  expect(meta).toMatch(/^Gepubliceerd op \d{1,2} \p{L}+ \d{4} · Door \p{L}.* · \d+ minuten? lezen$/u)
  expect(meta).toContain(' en ')
})

test('a post prints without the navigation, search and footer, with web addresses written out', async ({
  page,
}) => {
  await openSitePage(page, '/en/blog/open-koffie-in-zwolle/')
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeHidden()
  await expect(page.getByRole('search')).toBeHidden()
  await expect(page.locator('footer')).toBeHidden()
  await expect(page.locator('h1')).toBeVisible()
  const external = page.locator('article a[href^="http"]').first()
  const printed = await external.evaluate((element) => getComputedStyle(element, '::after').content)
  expect(printed).toContain('(')
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the header takes at most a seventh of the screen, and the whole menu is reachable', async ({
    page,
  }) => {
    await openSitePage(page, '/blog/')
    const header = await page.locator('header.site-header').boundingBox()
    expect(header!.height).toBeLessThanOrEqual(844 / 7)
    // Nothing sticks out sideways: the menu scrolls inside its bar, not the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' })
    const last = menu.getByRole('link').last()
    await expect(last).toHaveText('Read in English')
    await last.focus()
    await expect(last).toBeInViewport()
  })
})

test('a listing reads at the measure of the text: summaries of at most about 75 characters a line', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await openSitePage(page, '/blog/')
  const perLine = await page
    .locator('.post-list article > p:not(.meta)')
    .first()
    .evaluate((summary) => {
      const lines = summary.getBoundingClientRect().height / parseFloat(getComputedStyle(summary).lineHeight)
      return (summary.textContent ?? '').length / Math.round(lines)
    })
  expect(perLine).toBeLessThanOrEqual(80)
})

test('a listing shows a small picture of each post that has a hero, sized before it loads', async ({
  page,
}) => {
  await openSitePage(page, '/blog/')
  const withHero = page.locator('.post-summary--with-image').first()
  const image = withHero.locator('img.post-summary__image')
  // Decorative: the title beside it says what the post is.
  await expect(image).toHaveAttribute('alt', '')
  await expect(image).toHaveAttribute('width', '96')
  await expect(image).toHaveAttribute('height', '64')
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(192)
  // The post page it links to has that hero.
  await withHero.locator('h2 a').click()
  await expect(page.locator('main img').first()).toBeVisible()
  // A post without a hero has no picture in the list.
  await page.goBack()
  const withoutHero = page.locator('.post-summary:not(.post-summary--with-image)')
  await expect(withoutHero.first()).toBeVisible()
  await expect(withoutHero.locator('img')).toHaveCount(0)
})
