/**
 * The search index build (scripts/lib/search/) on a small dist/ of its own, with the real Pagefind:
 * a shard is indexed again when what Pagefind reads changed, and copied from the cache when only
 * the page around it changed (the related posts and neighbour links that every new post touches).
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, expect, test } from 'vitest'

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
