/**
 * The search index build (scripts/lib/search/) on a small dist/ of its own, with the real Pagefind:
 * a shard is indexed again when what Pagefind reads changed, and copied from the cache when only
 * the page around it changed (the related posts and neighbour links that every new post touches).
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { buildSearchIndex, type SearchIndexReport } from '../../scripts/lib/search'

let root: string
const dist = () => path.join(root, 'dist')
const cache = () => path.join(root, 'cache')

const postPage = (title: string, text: string, related: string) =>
  `<!doctype html><html lang="nl"><head><title>${title}</title></head><body><main>` +
  `<article data-pagefind-body="" data-search-kind="post" data-search-date="2025-03-0${title.length % 9}"` +
  ` data-search-type="Blog" data-search-image="" data-pagefind-filter="type[data-search-type]"` +
  ` data-pagefind-meta="type[data-search-type], image[data-search-image]"><h1>${title}</h1><p>${text}</p></article>` +
  `<section><h2>Verder lezen</h2>${related}</section></main></body></html>`

const plainPage =
  '<!doctype html><html lang="nl"><head><title>Over ons</title></head><body><main>' +
  '<article data-pagefind-body="" data-search-kind="page" data-search-type="Pagina" data-search-image=""' +
  ' data-pagefind-filter="type[data-search-type]" data-pagefind-meta="type[data-search-type], image[data-search-image]">' +
  '<h1>Over ons</h1><p>Een netwerk van ambtenaren.</p></article></main></body></html>'

async function writePage(file: string, html: string) {
  await mkdir(path.dirname(path.join(dist(), file)), { recursive: true })
  await writeFile(path.join(dist(), file), html)
}
const writePost = (slug: string, html: string) => writePage(`blog/${slug}/index.html`, html)

const indexed = (report: SearchIndexReport) =>
  report.results.filter((result) => !result.reused).map((result) => result.shard.id)

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'search-index-'))
  await writePage('over/index.html', plainPage)
  await writePost('open-data', postPage('Open data', 'Gemeenten publiceren hun datasets.', ''))
  await writePost('archiefwet', postPage('De nieuwe Archiefwet', 'Bewaren wordt eenvoudiger.', ''))
})
afterAll(() => rm(root, { recursive: true, force: true }))

test('indexes every shard the first time, and none again when nothing changed', async () => {
  expect(indexed(await buildSearchIndex(dist(), cache()))).toEqual(['site', 'nl/posts'])
  expect(indexed(await buildSearchIndex(dist(), cache()))).toEqual([])
})

test('copies the shard when only the related posts around the indexed text changed', async () => {
  await writePost(
    'open-data',
    postPage(
      'Open data',
      'Gemeenten publiceren hun datasets.',
      '<a href="/blog/archiefwet/">De nieuwe Archiefwet</a>',
    ),
  )
  const report = await buildSearchIndex(dist(), cache())
  expect(indexed(report)).toEqual([])
  expect(report.pages).toBe(3)
})

test('indexes the shard again when the text changed, with the new text', async () => {
  await writePost(
    'archiefwet',
    postPage('De nieuwe Archiefwet', 'Bewaren wordt eenvoudiger voor waterschappen.', ''),
  )
  expect(indexed(await buildSearchIndex(dist(), cache()))).toEqual(['nl/posts'])
  // Each page's fragment (its text and metadata for the results) is gzipped JSON.
  const fragments = path.join(dist(), 'pagefind', 'shards', 'nl', 'posts', 'fragment')
  const texts = await Promise.all(
    (await readdir(fragments)).map(async (file) =>
      gunzipSync(await readFile(path.join(fragments, file))).toString(),
    ),
  )
  expect(texts).toHaveLength(2)
  expect(texts.filter((text) => text.includes('waterschappen'))).toHaveLength(1)
})

describe('a group of older years, kept while few of its pages change', () => {
  let work: string
  const dist2 = () => path.join(work, 'dist')
  // Three posts a shard: 2026 alone, 2024-2025 grouped (also with one post fewer); the group is
  // indexed again past 2 changes.
  const build = () =>
    buildSearchIndex(dist2(), path.join(work, 'cache'), undefined, { postsPerShard: 3, editsUpTo: 2 })
  const post = async (slug: string, date: string, text: string) => {
    await mkdir(path.join(dist2(), 'blog', slug), { recursive: true })
    const html = postPage(`Bericht ${slug}`, text, '').replace(
      /data-search-date="[^"]*"/,
      `data-search-date="${date}"`,
    )
    await writeFile(path.join(dist2(), 'blog', slug, 'index.html'), html)
  }
  const shardList = async () =>
    JSON.parse(await readFile(path.join(dist2(), 'pagefind', 'search-shards.json'), 'utf8')) as Record<
      string,
      { shards: string[]; superseded: string[] }
    >
  /** Pagefind id -> the text of that fragment, for one shard in dist/. */
  async function fragments(shard: string): Promise<Map<string, string>> {
    const dir = path.join(dist2(), 'pagefind', 'shards', shard, 'fragment')
    const found = new Map<string, string>()
    for (const file of await readdir(dir))
      found.set(
        file.replace(/\.pf_fragment$/, ''),
        gunzipSync(await readFile(path.join(dir, file))).toString(),
      )
    return found
  }
  const slugOf = (text: string | undefined) => /\/blog\/([a-z]+)\//.exec(text ?? '')?.[1]
  const groupShards = ['/pagefind/shards/nl/posts-2024-2025/', '/pagefind/shards/nl/posts-2026/']
  let firstIds: Map<string, string>

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'search-edits-'))
    await mkdir(path.join(dist2(), 'over'), { recursive: true })
    await writeFile(path.join(dist2(), 'over', 'index.html'), plainPage)
    await post('dijken', '2024-02-01', 'Het waterschap versterkt de dijken.')
    await post('archief', '2024-05-01', 'Het archief gaat digitaal.')
    await post('inspraak', '2025-03-01', 'Bewoners praten mee over het plein.')
    await post('begroting', '2025-06-01', 'De begroting staat online.')
    await post('weeknotes', '2026-01-10', 'Elke vrijdag een weeknote.')
  })
  afterAll(() => rm(work, { recursive: true, force: true }))

  test('the first build indexes every shard, and hides nothing', async () => {
    expect(indexed(await build())).toEqual(['site', 'nl/posts-2024-2025', 'nl/posts-2026'])
    expect(await shardList()).toEqual({ nl: { shards: groupShards, superseded: [] } })
    firstIds = await fragments('nl/posts-2024-2025')
    expect([...firstIds.values()].map(slugOf).sort()).toEqual(['archief', 'begroting', 'dijken', 'inspraak'])
  })

  test('an edited old post is indexed with the newest year, and its old version is listed to be hidden', async () => {
    await post('dijken', '2024-02-01', 'Het waterschap versterkt de dijken met klei uit de uiterwaarden.')
    expect(indexed(await build())).toEqual(['nl/posts-2026'])
    const list = await shardList()
    expect(list.nl!.shards).toEqual(groupShards)
    // The group is the one of the first build; the id hidden is that of its old "dijken".
    expect(await fragments('nl/posts-2024-2025')).toEqual(firstIds)
    expect(list.nl!.superseded.map((id) => slugOf(firstIds.get(id)))).toEqual(['dijken'])
    const newest = [...(await fragments('nl/posts-2026')).values()]
    expect(newest.map(slugOf).sort()).toEqual(['dijken', 'weeknotes'])
    expect(newest.find((text) => slugOf(text) === 'dijken')).toContain('uiterwaarden')
  })

  test('an old post that went is hidden too, without indexing anything again', async () => {
    await rm(path.join(dist2(), 'blog', 'archief'), { recursive: true })
    expect(indexed(await build())).toEqual([])
    const { superseded } = (await shardList()).nl!
    expect(superseded.map((id) => slugOf(firstIds.get(id))).sort()).toEqual(['archief', 'dijken'])
  })

  test('past its limit of changes, the group is indexed whole again and the newest year is its own again', async () => {
    await post('inspraak', '2025-03-01', 'Bewoners praten mee over het plein en de bomen.')
    expect(indexed(await build())).toEqual(['nl/posts-2024-2025', 'nl/posts-2026'])
    expect(await shardList()).toEqual({ nl: { shards: groupShards, superseded: [] } })
    const texts = [...(await fragments('nl/posts-2024-2025')).values()]
    expect(texts.map(slugOf).sort()).toEqual(['begroting', 'dijken', 'inspraak'])
    expect(texts.filter((text) => /uiterwaarden|de bomen/.test(text))).toHaveLength(2)
    expect([...(await fragments('nl/posts-2026')).values()].map(slugOf)).toEqual(['weeknotes'])
  })
})
