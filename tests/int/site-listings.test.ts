/**
 * The long listings at a size where they page (generated content, `npm run content:generate`):
 * following the numbered pages of the blog, of every author, topic, year and tip category reaches
 * every post and tip that belongs there, once, newest first. And after a post changes, an
 * incremental build of this larger site is byte for byte the full build of the same content.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { beforeAll, describe, expect, test } from 'vitest'
import { parse } from 'yaml'

import { runScript } from './helpers/book'
import { differences, hrefWith, siteBuildEnv } from './helpers/siteBuilds'

type Locale = 'nl' | 'en'
type Document = { id: string; data: Record<string, unknown> }

let work: string
let content: string
let site: string
let builds = 0

/** `npm run build` of the generated content, on the caches of earlier builds unless `caches` is new. */
function build(env: Record<string, string> = {}, caches = path.join(work, 'cache')): string {
  const dir = path.join(work, `build-${++builds}`)
  const run = runScript('build-site.ts', { ...siteBuildEnv(content, dir, caches), ...env })
  expect(run.status, run.output).toBe(0)
  return dir
}

/** Every document of one kind in one language, with its front matter. */
async function documents(folder: string, locale: Locale): Promise<Document[]> {
  const dir = path.join(content, folder)
  const names = (await readdir(dir)).filter((name) => name.endsWith(`.${locale}.md`)).sort()
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(path.join(dir, name), 'utf8')
      const yaml = /^---\n([\s\S]*?)\n---/.exec(text)![1]
      return { id: name.slice(0, -`.${locale}.md`.length), data: parse(yaml) as Record<string, unknown> }
    }),
  )
}

const html = (url: string) => readFile(path.join(site, url, 'index.html'), 'utf8')

/** The pages of a listing: its first page, then every page its "next" link leads to. */
async function listingPages(first: string): Promise<string[]> {
  const pages = [await html(first)]
  for (let next = hrefWith(pages[0], 'rel="next"'); next; next = hrefWith(pages.at(-1)!, 'rel="next"')) {
    expect(pages.length, `${first} has a "next" link that never ends`).toBeLessThan(1000)
    pages.push(await html(next))
  }
  return pages
}

/** The addresses a listing's pages link to from their lists of one kind, in order. */
async function listed(first: string, list: 'post-list' | 'tip-list'): Promise<string[]> {
  const links: string[] = []
  const lists = new RegExp(`<ul class="[^"]*\\b${list}\\b[^"]*"[^>]*>([\\s\\S]*?)</ul>`, 'g')
  for (const page of await listingPages(first))
    for (const [, items] of page.matchAll(lists))
      for (const [, href] of items.matchAll(/href="([^"]+)"/g)) links.push(href)
  // A topic lists the book's chapters in the same style as its tips.
  return links.filter((href) => href.includes(list === 'post-list' ? '/blog/' : '/tips/'))
}

const PREFIX = { nl: '', en: '/en' }
const SECTIONS = {
  nl: { blog: 'blog', archive: 'archief', authors: 'auteurs', topics: 'onderwerpen', category: 'categorie' },
  en: { blog: 'blog', archive: 'archive', authors: 'authors', topics: 'topics', category: 'category' },
}

const newestFirst = (a: Document, b: Document) => String(b.data.date).localeCompare(String(a.data.date))
const postUrl = (post: Document, locale: Locale) => `${PREFIX[locale]}/blog/${String(post.data.slug)}/`
const tipUrl = (tip: Document, locale: Locale) => `${PREFIX[locale]}/tips/${String(tip.data.slug)}/`
const tipOrder = (a: Document, b: Document) =>
  newestFirst(a, b) || Number(b.data.number) - Number(a.data.number)

beforeAll(async () => {
  work = await mkdtemp(path.join(process.env.TEST_RUN_DIR!, 'listings-'))
  content = path.join(work, 'content')
  const generated = runScript('generate-content.ts', {}, [
    '--posts',
    '400',
    '--tips',
    '120',
    '--speakers',
    '40',
    '--out',
    content,
  ])
  expect(generated.status, generated.output).toBe(0)
  site = build()
}, 600_000)

describe.each(['nl', 'en'] as const)('the listings of a 400-post site (%s)', (locale) => {
  const s = SECTIONS[locale]

  test('the blog pages list every post once, newest first', async () => {
    const posts = (await documents('posts', locale)).sort(newestFirst)
    expect(posts.length).toBeGreaterThan(150)
    expect(await listed(`${PREFIX[locale]}/${s.blog}/`, 'post-list')).toEqual(
      posts.map((post) => postUrl(post, locale)),
    )
  })

  test('every author, year and topic pages through exactly its own posts', async () => {
    const posts = (await documents('posts', locale)).sort(newestFirst)
    const authors = await documents('authors', locale)
    let longest = 0
    for (const author of authors) {
      const theirs = posts.filter((post) => (post.data.authors as string[]).includes(author.id))
      longest = Math.max(longest, theirs.length)
      expect(
        await listed(`${PREFIX[locale]}/${s.authors}/${String(author.data.slug)}/`, 'post-list'),
      ).toEqual(theirs.map((post) => postUrl(post, locale)))
    }
    // The generated authors have more posts than one page shows, so their pages really page.
    expect(longest).toBeGreaterThan(10)

    const years = [...new Set(posts.map((post) => String(post.data.date).slice(0, 4)))]
    for (const year of years)
      expect(await listed(`${PREFIX[locale]}/${s.blog}/${s.archive}/${year}/`, 'post-list')).toEqual(
        posts.filter((post) => String(post.data.date).startsWith(year)).map((post) => postUrl(post, locale)),
      )

    const tips = (await documents('tips', locale)).sort(tipOrder)
    for (const topic of await documents('topics', locale)) {
      const first = `${PREFIX[locale]}/${s.topics}/${String(topic.data.slug)}/`
      const on = (document: Document) =>
        ((document.data.topics as string[] | undefined) ?? []).includes(topic.id)
      expect(await listed(first, 'post-list')).toEqual(posts.filter(on).map((post) => postUrl(post, locale)))
      expect(await listed(first, 'tip-list')).toEqual(tips.filter(on).map((tip) => tipUrl(tip, locale)))
    }
  })

  test('every tip category pages through exactly its own tips', async () => {
    const tips = (await documents('tips', locale)).sort(tipOrder)
    const categories = [...new Set(tips.map((tip) => String(tip.data.category)))]
    expect(categories.length).toBeGreaterThan(3)
    for (const category of categories)
      expect(await listed(`${PREFIX[locale]}/tips/${s.category}/${category}/`, 'tip-list')).toEqual(
        tips.filter((tip) => tip.data.category === category).map((tip) => tipUrl(tip, locale)),
      )
  })
})

test('the sitemap lists every post once, and pairs each page with its translation, as the page names it', async () => {
  const xml = await readFile(path.join(site, 'sitemap-0.xml'), 'utf8')
  const root = 'https://openambt.example'
  const entries = new Map(
    [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map(([, loc, rest]) => [
      loc.slice(root.length),
      new Map(
        [...rest.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [
          lang,
          href.slice(root.length),
        ]),
      ),
    ]),
  )
  expect(entries.size, 'an address listed twice').toBe([...xml.matchAll(/<loc>/g)].length)
  const pairOf = (loc: string) => Object.fromEntries(entries.get(loc) ?? [])

  // A post and its translation have slugs of their own; the sitemap pairs them all the same.
  const translations = new Map((await documents('posts', 'en')).map((post) => [post.id, post]))
  let posts = 0
  for (const post of await documents('posts', 'nl')) {
    expect([...entries.keys()]).toContain(postUrl(post, 'nl'))
    const english = translations.get(post.id)
    if (!english) continue
    expect(pairOf(postUrl(post, 'nl')), post.id).toEqual({
      'nl-NL': postUrl(post, 'nl'),
      'en-GB': postUrl(english, 'en'),
    })
    expect(pairOf(postUrl(english, 'en')), post.id).toEqual(pairOf(postUrl(post, 'nl')))
    posts++
  }
  expect(posts).toBeGreaterThan(100)
  for (const post of translations.values()) expect([...entries.keys()]).toContain(postUrl(post, 'en'))

  // Sections whose address differs per language are paired too.
  expect(pairOf('/')).toEqual({ 'nl-NL': '/', 'en-GB': '/en/' })
  expect(pairOf('/zoeken/')).toEqual({ 'nl-NL': '/zoeken/', 'en-GB': '/en/search/' })
  expect(pairOf('/en/speakers/')).toEqual({ 'nl-NL': '/sprekers/', 'en-GB': '/en/speakers/' })

  // Every pair names itself and a page that is in the sitemap and names it back. A page whose
  // language switch falls back to the other language's first page (the blog's second page) has none.
  for (const [loc, links] of entries) {
    if (!links.size) continue
    expect([...links.values()], loc).toContain(loc)
    for (const twin of links.values()) expect(pairOf(twin), `${loc} and ${twin}`).toEqual(pairOf(loc))
  }
  expect(entries.get('/blog/pagina/2/')?.size).toBe(0)
})

test('after a post changes, an incremental build of the 400-post site equals its full build', async () => {
  const posts = await documents('posts', 'nl')
  const post = posts.sort(newestFirst)[25]
  const file = path.join(content, 'posts', `${post.id}.nl.md`)
  const text = await readFile(file, 'utf8')
  await writeFile(file, text.replace(/^title: .*$/m, 'title: Een nieuwe titel na de publicatie'))
  const incremental = build()
  const full = build({ SITE_FULL_BUILD: '1' }, path.join(work, 'full'))
  expect(
    await readFile(path.join(incremental, 'blog', String(post.data.slug), 'index.html'), 'utf8'),
  ).toContain('Een nieuwe titel na de publicatie')
  expect(await differences(incremental, full)).toEqual({ missing: [], extra: [], different: [] })
}, 600_000)
