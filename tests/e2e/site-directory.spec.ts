/**
 * Tips, speakers and topic pages of the public site, at phone and desktop widths, in both
 * languages: every template passes the shared checks (axe WCAG 2.1 A and AA, no JavaScript, nothing
 * from other origins, one h1), and the directory behaves: filters are plain links to static pages
 * that list exactly the matching speakers, the tips index shows every category, and a topic page
 * gathers what is published on it. Expectations are read from content/, the site's only source.
 */
import { expect, test } from '@playwright/test'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

import { REGIONS, TIP_CATEGORIES } from '../../model/vocabularies'
import { typographic } from '../../site/lib/typography'
import { ANY_VIEWPORT, expectAccessibleStaticPage, openSitePage } from './helpers/site'

type Lang = 'nl' | 'en'

/** The front matter of every file of one kind in one language, with its content id. */
function documents<T>(folder: string, lang: Lang): (T & { id: string; body: string })[] {
  const dir = path.resolve('content', folder)
  return readdirSync(dir)
    .filter((file) => file.endsWith(`.${lang}.md`))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8')
      const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? []
      return { id: file.slice(0, -`.${lang}.md`.length), body, ...(parse(yaml) as T) }
    })
}

type SpeakerDoc = { name: string; slug: string; regions: string[]; topics?: string[]; requestEmail?: string }
type TipDoc = {
  number: number
  title: string
  slug: string
  category: string
  topics?: string[]
  date: string
}
type TopicDoc = { name: string; slug: string }

const speakers = (lang: Lang) => documents<SpeakerDoc>('speakers', lang)
const tips = (lang: Lang) => documents<TipDoc>('tips', lang)
const topic = (id: string, lang: Lang) => documents<TopicDoc>('topics', lang).find((doc) => doc.id === id)!

// Concrete documents from content/: a tip and a speaker on webcare, and a speaker who travels to Utrecht.
const webcareTip = (lang: Lang) => tips(lang).find((tip) => tip.id === 'tip-030')!
const samira = (lang: Lang) => speakers(lang).find((speaker) => speaker.id === 'samira-ouali')!

const pages: { name: string; path: string; lang: Lang }[] = [
  { name: 'tips index (nl)', path: '/tips/', lang: 'nl' },
  { name: 'tips index (en)', path: '/en/tips/', lang: 'en' },
  { name: 'tip page (nl)', path: `/tips/${webcareTip('nl').slug}/`, lang: 'nl' },
  { name: 'tip page (en)', path: `/en/tips/${webcareTip('en').slug}/`, lang: 'en' },
  { name: 'tip category (nl)', path: '/tips/categorie/tools/', lang: 'nl' },
  { name: 'tip category (en)', path: '/en/tips/category/tools/', lang: 'en' },
  { name: 'speakers directory (nl)', path: '/sprekers/', lang: 'nl' },
  { name: 'speakers directory (en)', path: '/en/speakers/', lang: 'en' },
  { name: 'speakers in a region (nl)', path: '/sprekers/regio/utrecht/', lang: 'nl' },
  { name: 'speakers in a region (en)', path: '/en/speakers/region/utrecht/', lang: 'en' },
  { name: 'speakers on a topic (nl)', path: '/sprekers/onderwerp/webcare/', lang: 'nl' },
  { name: 'speakers in a language (en)', path: '/en/speakers/language/fr/', lang: 'en' },
  { name: 'speaker profile (nl)', path: `/sprekers/${samira('nl').slug}/`, lang: 'nl' },
  { name: 'speaker profile (en)', path: `/en/speakers/${samira('en').slug}/`, lang: 'en' },
  { name: 'topic index (nl)', path: '/onderwerpen/', lang: 'nl' },
  { name: 'topic index (en)', path: '/en/topics/', lang: 'en' },
  { name: 'topic page (nl)', path: `/onderwerpen/${topic('webcare', 'nl').slug}/`, lang: 'nl' },
  { name: 'topic page (en)', path: `/en/topics/${topic('webcare', 'en').slug}/`, lang: 'en' },
]

for (const { name, path: pagePath, lang } of pages) {
  test.describe(name, () => {
    test('is accessible, self-contained and free of JavaScript', async ({ page }) => {
      await expectAccessibleStaticPage(page, pagePath, lang)
    })
  })
}

for (const [lang, path, label] of [
  ['nl', '/sprekers/regio/utrecht/', 'Utrecht'],
  ['en', '/en/speakers/region/utrecht/', 'Utrecht'],
] as const) {
  test(
    `a region filter page lists only the speakers of that region and marks the filter (${lang})`,
    ANY_VIEWPORT,
    async ({ page }) => {
      const expected = speakers(lang)
        .filter((speaker) => speaker.regions.includes('utrecht'))
        .map((speaker) => speaker.name)
        .sort()
      expect(expected.length).toBeGreaterThan(0)
      expect(expected.length).toBeLessThan(speakers(lang).length)
      await openSitePage(page, path)

      const results = page.locator('.results')
      await expect(results.getByRole('heading', { level: 2 })).toContainText(String(expected.length))
      const listed = await results.getByRole('heading', { level: 3 }).allTextContents()
      expect(listed.map((text) => text.trim()).sort()).toEqual(expected)

      const filters = page.getByRole('navigation', {
        name: lang === 'nl' ? 'Sprekers filteren' : 'Filter speakers',
      })
      const current = filters.locator('a[aria-current="page"]')
      await expect(current).toHaveCount(1)
      await expect(current).toHaveText(label)
      await expect(current).toHaveAttribute('href', path)

      const clear = filters.getByRole('link', { name: lang === 'nl' ? /Filter wissen/ : /Clear the filter/ })
      await expect(clear).toHaveAttribute('href', lang === 'nl' ? '/sprekers/' : '/en/speakers/')
      await clear.click()
      await expect(page.locator('.results').getByRole('heading', { level: 3 })).toHaveCount(
        speakers(lang).length,
      )
      await expect(page.locator('.speaker-filters a[aria-current]')).toHaveCount(0)
    },
  )
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test(
    'the filters are plain links: topic, region and language each lead to their static page',
    ANY_VIEWPORT,
    async ({ page }) => {
      await openSitePage(page, '/sprekers/')
      const filters = page.getByRole('navigation', { name: 'Sprekers filteren' })
      // Every region with a speaker has a link, in the order of model/vocabularies.ts.
      const regionsWithSpeakers = REGIONS.filter((region) =>
        speakers('nl').some((speaker) => speaker.regions.includes(region.value)),
      )
      await expect(filters.locator('a[href^="/sprekers/regio/"]')).toHaveCount(regionsWithSpeakers.length)

      await filters.getByRole('link', { name: 'Webcare', exact: true }).click()
      await expect(page).toHaveURL(/\/sprekers\/onderwerp\/webcare\/$/)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sprekers: onderwerp Webcare')
      const onWebcare = speakers('nl').filter((speaker) => speaker.topics?.includes('webcare'))
      await expect(page.locator('.results h3')).toHaveCount(onWebcare.length)

      await page.getByRole('link', { name: 'Frans', exact: true }).click()
      await expect(page).toHaveURL(/\/sprekers\/taal\/fr\/$/)
      await expect(page.locator('.speaker-filters a[aria-current="page"]')).toHaveText('Frans')
    },
  )
})

test(
  'the language switch of a filter page leads to the same filter in the other language',
  ANY_VIEWPORT,
  async ({ page }) => {
    await openSitePage(page, '/sprekers/onderwerp/de-ambtenaar-online/')
    await page.getByRole('link', { name: 'Read in English' }).click()
    await expect(page).toHaveURL(/\/en\/speakers\/topic\/civil-servants-online\/$/)
    await expect(page.locator('.speaker-filters a[aria-current="page"]')).toHaveText(
      topic('online-gedrag', 'en').name,
    )
  },
)

for (const lang of ['nl', 'en'] as const) {
  test(
    `the tips index has every category heading in order, each with its newest tips and a link to all (${lang})`,
    ANY_VIEWPORT,
    async ({ page }) => {
      await openSitePage(page, lang === 'nl' ? '/tips/' : '/en/tips/')
      const headings = await page.locator('main h2').allTextContents()
      expect(headings).toEqual(TIP_CATEGORIES.map((category) => category.label[lang]))
      for (const category of TIP_CATEGORIES) {
        const expected = tips(lang)
          .filter((tip) => tip.category === category.value)
          .sort((a, b) => String(b.date).localeCompare(String(a.date)) || b.number - a.number)
          .map((tip) => `Tip ${tip.number}: ${typographic(tip.title)}`)
        const section = page.locator('section', {
          has: page.getByRole('heading', { name: category.label[lang] }),
        })
        const all = lang === 'nl' ? 'Alle' : 'All'
        await expect(section.getByRole('link')).toHaveText([
          ...expected.slice(0, 5),
          `${all} ${expected.length} tips in ${category.label[lang]}`,
        ])
        // The category's own listing has every one of its tips, newest first.
        await section.getByRole('link', { name: `${all} ${expected.length}` }).click()
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(category.label[lang])
        await expect(page.locator('main .tip-list a')).toHaveText(expected)
        await page.goBack()
      }
    },
  )
}

test(
  'a tip page shows its number, category, topics, body and the tips before and after it',
  ANY_VIEWPORT,
  async ({ page }) => {
    const tip = webcareTip('nl')
    const byNumber = (n: number) => tips('nl').find((candidate) => candidate.number === n)!
    await openSitePage(page, `/tips/${tip.slug}/`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tip ${tip.number}: ${tip.title}`)
    const category = TIP_CATEGORIES.find((candidate) => candidate.value === tip.category)!
    await expect(
      page.locator('main .meta').getByRole('link', { name: category.label.nl, exact: true }),
    ).toHaveAttribute('href', `/tips/categorie/${tip.category}/`)
    await expect(page.getByRole('link', { name: topic('webcare', 'nl').name, exact: true })).toHaveAttribute(
      'href',
      `/onderwerpen/${topic('webcare', 'nl').slug}/`,
    )
    // The body, rendered from Markdown.
    await expect(page.locator('article')).toContainText(tip.body.trim().split('\n')[0].slice(0, 60))
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute(
      'href',
      `/tips/${byNumber(tip.number - 1).slug}/`,
    )
    await expect(page.locator('a[rel="next"]')).toHaveAttribute(
      'href',
      `/tips/${byNumber(tip.number + 1).slug}/`,
    )

    await page.getByRole('link', { name: 'Read in English' }).click()
    await expect(page).toHaveURL(new RegExp(`/en/tips/${webcareTip('en').slug}/$`))
  },
)

for (const lang of ['nl', 'en'] as const) {
  test(
    `a topic page lists the tips, speakers, posts and chapters on that topic (${lang})`,
    ANY_VIEWPORT,
    async ({ page }) => {
      const webcare = topic('webcare', lang)
      await openSitePage(
        page,
        lang === 'nl' ? `/onderwerpen/${webcare.slug}/` : `/en/topics/${webcare.slug}/`,
      )
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(webcare.name)

      const tip = webcareTip(lang)
      await expect(page.getByRole('link', { name: `Tip ${tip.number}: ${tip.title}` })).toHaveAttribute(
        'href',
        lang === 'nl' ? `/tips/${tip.slug}/` : `/en/tips/${tip.slug}/`,
      )
      const onTopic = tips(lang).filter((candidate) => candidate.topics?.includes('webcare'))
      await expect(page.locator('.tip-list a[href*="/tips/"]')).toHaveCount(onTopic.length)

      const speaker = samira(lang)
      await expect(page.getByRole('heading', { level: 3, name: speaker.name })).toBeVisible()
      await expect(page.getByRole('link', { name: speaker.name })).toHaveAttribute(
        'href',
        lang === 'nl' ? `/sprekers/${speaker.slug}/` : `/en/speakers/${speaker.slug}/`,
      )
      // Only speakers on the topic.
      const speakerNames = await page.locator('.speaker-card h3').allTextContents()
      expect(speakerNames.map((text) => text.trim()).sort()).toEqual(
        speakers(lang)
          .filter((candidate) => candidate.topics?.includes('webcare'))
          .map((candidate) => candidate.name)
          .sort(),
      )

      // Each list says how many there are on the topic in all (long ones continue on later pages).
      const onWebcare = <T extends { topics?: string[] }>(list: T[]) =>
        list.filter((candidate) => candidate.topics?.includes('webcare')).length
      const counts = [
        onWebcare(documents<{ topics?: string[] }>('posts', lang)),
        onTopic.length,
        speakerNames.length,
      ]
      await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(
        lang === 'nl'
          ? [`Berichten (${counts[0]})`, `Tips (${counts[1]})`, `Sprekers (${counts[2]})`, 'Uit het boek']
          : [`Posts (${counts[0]})`, `Tips (${counts[1]})`, `Speakers (${counts[2]})`, 'From the book'],
      )
      await expect(page.locator('a[href*="/boek/"], a[href*="/en/book/"]').first()).toBeVisible()
    },
  )
}

test('the topic index lists every topic with what is published on it', ANY_VIEWPORT, async ({ page }) => {
  await openSitePage(page, '/en/topics/')
  const all = documents<TopicDoc>('topics', 'en')
  await expect(page.locator('.topic-list h2')).toHaveCount(all.length)
  const webcare = page.locator('.topic-list li', {
    has: page.getByRole('link', { name: 'Webcare', exact: true }),
  })
  const onWebcare = tips('en').filter((tip) => tip.topics?.includes('webcare')).length
  await expect(webcare.locator('.meta')).toContainText(`${onWebcare} tip`)
})

test(
  'a speaker profile shows talks, how to request with a mailto link, and Person data',
  ANY_VIEWPORT,
  async ({ page }) => {
    const speaker = samira('nl')
    await openSitePage(page, `/sprekers/${speaker.slug}/`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(speaker.name)
    await expect(page.getByRole('img', { name: /Samira Ouali/ })).toBeVisible()
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
      'Lezingen',
      'Aanvragen',
    ])
    await expect(page.locator('.talks h3').first()).not.toBeEmpty()
    await expect(page.getByRole('link', { name: `Mail naar ${speaker.requestEmail}` })).toHaveAttribute(
      'href',
      new RegExp(`^mailto:${speaker.requestEmail!.replace('.', '\\.')}\\?subject=`),
    )
    await expect(page.getByRole('link', { name: 'Utrecht', exact: true })).toHaveAttribute(
      'href',
      '/sprekers/regio/utrecht/',
    )
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: speaker.name,
      url: expect.stringMatching(new RegExp(`/sprekers/${speaker.slug}/$`)),
      worksFor: { '@type': 'Organization' },
    })

    await page.getByRole('link', { name: 'Read in English' }).click()
    await expect(page).toHaveURL(new RegExp(`/en/speakers/${samira('en').slug}/$`))
  },
)
