/**
 * The book (landing page and chapter reader), plain pages, authors and the blog archive, in a real
 * browser at phone and desktop widths, in both languages: every template passes the shared checks
 * (axe WCAG 2.1 A and AA, no JavaScript, nothing from other origins), and the pages do what a reader
 * expects of them. Expected values come from content/, the same files the site is built from.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { expect, test, type Page } from '@playwright/test'
import { parse } from 'yaml'

import { typographic } from '../../site/lib/typography'
import { ANY_VIEWPORT, expectAccessibleStaticPage, openSitePage } from './helpers/site'

type Lang = 'nl' | 'en'

const pages: { name: string; path: string; lang: Lang }[] = [
  { name: 'book (nl)', path: '/boek/', lang: 'nl' },
  { name: 'book (en)', path: '/en/book/', lang: 'en' },
  { name: 'chapter with a figure (nl)', path: '/boek/participatie-en-crowdsourcing-in-beleid/', lang: 'nl' },
  { name: 'chapter (en)', path: '/en/book/social-media-in-everyday-work/', lang: 'en' },
  { name: 'plain page: about (nl)', path: '/over-ons/', lang: 'nl' },
  { name: 'plain page: about (en)', path: '/en/about-us/', lang: 'en' },
  { name: 'plain page: accessibility statement (nl)', path: '/toegankelijkheid/', lang: 'nl' },
  { name: 'plain page: accessibility statement (en)', path: '/en/accessibility/', lang: 'en' },
  { name: 'authors index (nl)', path: '/auteurs/', lang: 'nl' },
  { name: 'authors index (en)', path: '/en/authors/', lang: 'en' },
  { name: 'author (nl)', path: '/auteurs/sanne-de-vries/', lang: 'nl' },
  { name: 'author (en)', path: '/en/authors/sanne-de-vries/', lang: 'en' },
  { name: 'archive (nl)', path: '/blog/archief/', lang: 'nl' },
  { name: 'archive (en)', path: '/en/blog/archive/', lang: 'en' },
  { name: 'archive year (nl)', path: '/blog/archief/2024/', lang: 'nl' },
  { name: 'archive year (en)', path: '/en/blog/archive/2024/', lang: 'en' },
]

for (const { name, path: pagePath, lang } of pages) {
  test.describe(name, () => {
    test('is accessible, self-contained and free of JavaScript', async ({ page }) => {
      await expectAccessibleStaticPage(page, pagePath, lang)
    })
  })
}

/** The front matter of every file in a content/ folder in one language, with the file's id. */
function frontMatter(folder: string, lang: Lang): Record<string, unknown>[] {
  const dir = path.resolve('content', folder)
  return readdirSync(dir)
    .filter((file) => file.endsWith(`.${lang}.md`))
    .map((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8')
      const yaml = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? ''
      return { id: file.slice(0, -`.${lang}.md`.length), ...(parse(yaml) as Record<string, unknown>) }
    })
}

type ChapterInfo = { number: number; title: string; slug: string }
const chapters = (lang: Lang) =>
  (frontMatter('book/chapters', lang) as ChapterInfo[]).sort((a, b) => a.number - b.number)
type PostInfo = { id: string; title: string; date: string; authors: string[] }
const posts = (lang: Lang) => frontMatter('posts', lang) as PostInfo[]

const bookPath = { nl: '/boek/', en: '/en/book/' } as const
const chapterWord = { nl: 'Hoofdstuk', en: 'Chapter' } as const

/** The structured data a page carries for search engines. */
async function jsonLd(page: Page): Promise<Record<string, unknown>> {
  return JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
}

for (const lang of ['nl', 'en'] as const) {
  test(
    `the book page lists all chapters in order, with their summaries (${lang})`,
    ANY_VIEWPORT,
    async ({ page }) => {
      await openSitePage(page, bookPath[lang])
      const expected = chapters(lang)
      expect(expected).toHaveLength(8)
      const toc = page.getByRole('region', { name: lang === 'nl' ? 'Inhoudsopgave' : 'Contents' })
      const items = toc.getByRole('listitem')
      await expect(items).toHaveCount(expected.length)
      for (const [i, chapter] of expected.entries()) {
        const link = items.nth(i).getByRole('heading', { level: 3 }).getByRole('link')
        await expect(link).toHaveText(`${chapterWord[lang]} ${chapter.number} ${chapter.title}`)
        await expect(link).toHaveAttribute('href', `${bookPath[lang]}${chapter.slug}/`)
        await expect(items.nth(i).locator('p')).toHaveText(/\S/)
      }
      expect(((await jsonLd(page)).hasPart as unknown[]).length).toBe(expected.length)
    },
  )
}

test(
  'the English edition credits its translator, on the page and in its data',
  ANY_VIEWPORT,
  async ({ page }) => {
    await openSitePage(page, '/en/book/')
    await expect(page.locator('.book-details')).toContainText('Hannah Whitcombe')
    expect(JSON.stringify((await jsonLd(page)).translator)).toContain('Hannah Whitcombe')
  },
)

test(
  'the book page shows the cover, the people, the licence and the downloads',
  ANY_VIEWPORT,
  async ({ page }) => {
    await openSitePage(page, '/boek/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Van loket naar netwerk')
    const cover = page.locator('.book-hero img')
    await expect(cover).toHaveAttribute('alt', /^Boekomslag/)
    await expect(cover).toHaveAttribute('src', /^\/_astro\/boek-omslag-nl\./)
    expect(await cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    await expect(page.locator('.book-details')).toContainText('Marieke van Doorn')
    // The English translator is credited in the English edition, not in the Dutch original.
    await expect(page.locator('.book-details')).not.toContainText('Hannah Whitcombe')
    await expect(page.locator('a[rel="license"]')).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by-sa/4.0/deed.nl',
    )
    await expect(page.getByRole('heading', { name: 'Over dit boek' })).toBeVisible()
    const downloads = page.locator('section#downloads')
    await expect(downloads.getByRole('heading', { level: 2 })).toHaveText('Downloaden')
    // Right under the cover: the first section of the page.
    await expect(page.locator('.book > section').first()).toHaveAttribute('id', 'downloads')
    await expect(downloads).toContainText(/EPUB.*PDF/)
    await expect(downloads.locator('a')).toHaveCount(4)
    const data = await jsonLd(page)
    expect(data['@type']).toBe('Book')
    expect(data.license).toBe('https://creativecommons.org/licenses/by-sa/4.0/deed.nl')

    await page.getByRole('link', { name: 'Read in English' }).click()
    await expect(page).toHaveURL(/\/en\/book\/$/)
    await expect(page.locator('.book-hero img')).toHaveAttribute('src', /^\/_astro\/boek-omslag-en\./)
    await expect(page.locator('section#downloads h2')).toHaveText('Download')
  },
)

test(
  "a chapter's table of contents links to headings that exist, and they work",
  ANY_VIEWPORT,
  async ({ page }) => {
    await openSitePage(page, '/boek/sociale-media-in-het-dagelijkse-werk/')
    await expect(page.locator('.chapter__label')).toHaveText('Hoofdstuk 3')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sociale media in het dagelijkse werk')
    const toc = page.getByRole('navigation', { name: 'In dit hoofdstuk' })
    const links = toc.getByRole('link')
    const count = await links.count()
    const headings = page.locator('.chapter__body').locator('h2, h3')
    expect(count).toBe(await headings.count())
    expect(count).toBeGreaterThan(3)
    for (let i = 0; i < count; i++) {
      const href = (await links.nth(i).getAttribute('href'))!
      expect(href).toMatch(/^#[a-z0-9-]+$/)
      const target = page.locator(`.chapter__body [id="${href.slice(1)}"]`)
      await expect(target).toHaveCount(1)
      expect(await target.evaluate((element) => element.tagName)).toMatch(/^H[23]$/)
      await expect(target).toHaveText((await links.nth(i).textContent())!)
    }
    // Subsections are nested under their section.
    await expect(toc.locator('ol ol a').first()).toHaveText('Luisteren: signalen opvangen')
    const last = links.nth(count - 1)
    const target = (await last.getAttribute('href'))!
    await last.click()
    await expect(page).toHaveURL(new RegExp(`${target}$`))
    await expect(page.locator(`[id="${target.slice(1)}"]`)).toBeInViewport()
  },
)

for (const lang of ['nl', 'en'] as const) {
  test(
    `previous and next chapter links go to the neighbouring chapters (${lang})`,
    ANY_VIEWPORT,
    async ({ page }) => {
      const list = chapters(lang)
      const url = (chapter: ChapterInfo) => `${bookPath[lang]}${chapter.slug}/`
      const pager = page.getByRole('navigation', {
        name: lang === 'nl' ? 'Vorige en volgende hoofdstuk' : 'Previous and next chapter',
      })

      await openSitePage(page, url(list[2]))
      await expect(pager.locator('a[rel="prev"]')).toHaveAttribute('href', url(list[1]))
      await expect(pager.locator('a[rel="next"]')).toHaveAttribute('href', url(list[3]))
      await expect(pager.locator(`a[href="${bookPath[lang]}"]`)).toHaveCount(1)
      await pager.locator('a[rel="next"]').click()
      await expect(page).toHaveURL(new RegExp(`${url(list[3])}$`))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(list[3].title)
      await expect(page.locator('.chapter__label')).toHaveText(`${chapterWord[lang]} ${list[3].number}`)
      await pager.locator('a[rel="prev"]').click()
      await expect(page).toHaveURL(new RegExp(`${url(list[2])}$`))

      // The first chapter has no previous one, the last no next one.
      await openSitePage(page, url(list[0]))
      await expect(pager.locator('a[rel="prev"]')).toHaveCount(0)
      await expect(pager.locator('a[rel="next"]')).toHaveAttribute('href', url(list[1]))
      await openSitePage(page, url(list.at(-1)!))
      await expect(pager.locator('a[rel="next"]')).toHaveCount(0)
      await expect(pager.locator('a[rel="prev"]')).toHaveAttribute('href', url(list.at(-2)!))
    },
  )
}

test(
  'a chapter names its book, links to its translation and describes itself as part of the book',
  ANY_VIEWPORT,
  async ({ page }) => {
    await openSitePage(page, '/boek/sociale-media-in-het-dagelijkse-werk/')
    await expect(page.locator('.chapter__book a')).toHaveText('Van loket naar netwerk')
    await expect(page.locator('.chapter__book a')).toHaveAttribute('href', '/boek/')
    const data = await jsonLd(page)
    expect(data['@type']).toBe('Chapter')
    expect(data.position).toBe(3)
    expect(data.isPartOf).toMatchObject({ '@type': 'Book', name: 'Van loket naar netwerk' })
    await page.getByRole('link', { name: 'Read in English' }).click()
    await expect(page).toHaveURL(/\/en\/book\/social-media-in-everyday-work\/$/)
    await expect(page.locator('.chapter__label')).toHaveText('Chapter 3')
  },
)

test('the chapter reader prints without navigation and with the book title', async ({ page }) => {
  await openSitePage(page, '/boek/sociale-media-in-het-dagelijkse-werk/')
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.site-header')).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'In dit hoofdstuk' })).toBeHidden()
  await expect(page.locator('.item-pager')).toBeHidden()
  await expect(page.locator('.chapter__book')).toBeVisible()
  await expect(page.locator('.chapter__book')).toHaveText('Van loket naar netwerk')
})

test('a plain page shows its text and links to its translation', ANY_VIEWPORT, async ({ page }) => {
  await openSitePage(page, '/over-ons/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Over Open Ambt')
  await expect(page.getByRole('heading', { level: 2, name: 'Hoe het begon' })).toBeVisible()
  await page.getByRole('link', { name: 'Read in English' }).click()
  await expect(page).toHaveURL(/\/en\/about-us\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Open Ambt')
})

for (const lang of ['nl', 'en'] as const) {
  test(`an author page lists that author's posts, newest first (${lang})`, ANY_VIEWPORT, async ({ page }) => {
    const author = 'sanne-de-vries'
    const expected = posts(lang)
      .filter((post) => post.authors.includes(author))
      .sort((a, b) => b.date.localeCompare(a.date))
    expect(expected.length).toBeGreaterThan(1)
    await openSitePage(page, lang === 'nl' ? `/auteurs/${author}/` : `/en/authors/${author}/`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sanne de Vries')
    await expect(page.locator('.author__photo')).toHaveAttribute('alt', /\S/)
    const section = page.getByRole('region', {
      name: lang === 'nl' ? 'Berichten van Sanne de Vries' : 'Posts by Sanne de Vries',
    })
    await expect(section.getByRole('heading', { level: 3 })).toHaveText(
      expected.map((post) => typographic(post.title)),
    )
    const data = await jsonLd(page)
    expect(data).toMatchObject({ '@type': 'Person', name: 'Sanne de Vries' })
  })
}

test('the authors index links to every author', ANY_VIEWPORT, async ({ page }) => {
  await openSitePage(page, '/en/authors/')
  const authors = frontMatter('authors', 'en') as { name: string; slug: string }[]
  const list = page.locator('.author-list > li')
  await expect(list).toHaveCount(authors.length)
  for (const author of authors) {
    await expect(page.getByRole('link', { name: author.name, exact: true })).toHaveAttribute(
      'href',
      `/en/authors/${author.slug}/`,
    )
  }
})

for (const lang of ['nl', 'en'] as const) {
  test(`the archive lists every year with its number of posts (${lang})`, ANY_VIEWPORT, async ({ page }) => {
    const byYear = new Map<string, number>()
    for (const post of posts(lang))
      byYear.set(post.date.slice(0, 4), (byYear.get(post.date.slice(0, 4)) ?? 0) + 1)
    const years = [...byYear.keys()].sort().reverse()
    await openSitePage(page, lang === 'nl' ? '/blog/archief/' : '/en/blog/archive/')
    const items = page.locator('.archive-years > li')
    await expect(items).toHaveCount(years.length)
    for (const [i, year] of years.entries()) {
      await expect(items.nth(i).getByRole('link')).toHaveText(year)
      await expect(items.nth(i)).toContainText(String(byYear.get(year)))
    }
  })

  test(`an archive year lists only that year's posts (${lang})`, ANY_VIEWPORT, async ({ page }) => {
    const year = '2024'
    const expected = posts(lang)
      .filter((post) => post.date.startsWith(year))
      .sort((a, b) => b.date.localeCompare(a.date))
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.length).toBeLessThan(posts(lang).length)
    await openSitePage(page, lang === 'nl' ? `/blog/archief/${year}/` : `/en/blog/archive/${year}/`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(year)
    await expect(page.locator('.post-list h2')).toHaveText(expected.map((post) => post.title))
    for (const datetime of await page
      .locator('.post-list time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime'))))
      expect(datetime).toMatch(new RegExp(`^${year}-`))
    // The language switch keeps the year.
    await expect(
      page.locator(`link[rel="alternate"][hreflang="${lang === 'nl' ? 'en' : 'nl'}"]`),
    ).toHaveAttribute('href', lang === 'nl' ? /\/en\/blog\/archive\/2024\/$/ : /\/blog\/archief\/2024\/$/)
  })
}

/** The downloads the book build recorded (the same manifest the page is built from). */
function manifestDownloads(): { locale: Lang; format: string; path: string; bytes: number; date: string }[] {
  const dir = path.resolve(process.env.BOOK_OUT_DIR || '.cache/book')
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')).downloads
}

const formatNames = { epub: 'EPUB', pdf: 'PDF' } as const
const languageNames = { nl: { nl: 'Nederlands', en: 'Engels' }, en: { nl: 'Dutch', en: 'English' } } as const

for (const lang of ['nl', 'en'] as const) {
  test(
    `the book page lists EPUB and PDF in both languages with size and date, and they download (${lang})`,
    ANY_VIEWPORT,
    async ({ page, request }) => {
      const expected = manifestDownloads()
      expect(expected.map((download) => `${download.locale}.${download.format}`).sort()).toEqual([
        'en.epub',
        'en.pdf',
        'nl.epub',
        'nl.pdf',
      ])
      await openSitePage(page, bookPath[lang])
      const items = page.locator('section#downloads li')
      await expect(items).toHaveCount(4)
      // The page's own language first.
      await expect(items.first()).toHaveAttribute('data-locale', lang)
      for (const download of expected) {
        const item = page.locator(
          `section#downloads li[data-locale="${download.locale}"][data-format="${download.format}"]`,
        )
        const link = item.getByRole('link')
        await expect(link).toHaveAttribute('href', download.path)
        await expect(link).toContainText(formatNames[download.format as 'epub' | 'pdf'])
        await expect(link).toContainText(languageNames[lang][download.locale])
        await expect(item).toContainText(/\d+(,\d)? (kB|MB)/)
        await expect(item.locator('time')).toHaveAttribute('datetime', download.date)
        const response = await request.get(download.path)
        expect(response.status()).toBe(200)
        const body = await response.body()
        expect(body.byteLength).toBe(download.bytes)
        expect(body.subarray(0, 4).toString('latin1')).toBe(
          download.format === 'pdf' ? '%PDF' : 'PK\u0003\u0004',
        )
      }
    },
  )

  test(
    `every chapter links to the book's downloads in its language (${lang})`,
    ANY_VIEWPORT,
    async ({ page, request }) => {
      const files = manifestDownloads().filter((download) => download.locale === lang)
      expect(files).toHaveLength(2)
      for (const chapter of chapters(lang)) {
        await page.goto(`${bookPath[lang]}${chapter.slug}/`)
        const aside = page.getByRole('complementary', {
          name: lang === 'nl' ? 'Download het boek' : 'Download the book',
        })
        const links = aside.getByRole('link')
        await expect(links).toHaveCount(2)
        await expect(links).toHaveText(['EPUB', 'PDF'])
        for (const [i, file] of files.entries()) await expect(links.nth(i)).toHaveAttribute('href', file.path)
      }
      for (const file of files) expect((await request.head(file.path)).status()).toBe(200)
    },
  )
}
