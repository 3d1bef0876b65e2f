/**
 * After an incremental build, the search index and the checks read only the pages Astro rendered
 * again; the pages it copied from its cache are known by the stamp of that copy
 * (scripts/lib/astroPageCopies.ts). Here a build is played by hand: Astro's kept copies in
 * <cache>/dist/ and the output in dist/, the way Astro writes them.
 */
import { copyFile, link, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from 'vitest'

import { openCheckMemo } from '../../model/files/checkMemo'
import { astroPageStamps } from '../../scripts/lib/astroPageCopies'
import { checkDist } from '../../scripts/lib/checkDist'
import { findSearchPages } from '../../scripts/lib/search/pages'

const site = 'https://openambt.example'

const page = (body: string, date = '2026-05-01') =>
  `<!doctype html><html lang="nl"><head><title>Titel</title><meta name="description" content="Omschrijving">` +
  `<link rel="canonical" href="${site}/"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'"></head>` +
  `<body><main id="inhoud"><article data-pagefind-body data-search-kind="post" data-search-date="${date}">${body}</article></main></body></html>`

async function playedBuild() {
  const work = await mkdtemp(path.join(tmpdir(), 'astro-copies-'))
  const cache = path.join(work, 'astro')
  const dist = path.join(work, 'dist')
  /** Astro renders a page: its kept copy and its output, the same bytes. */
  const render = async (file: string, html: string) => {
    for (const dir of [path.join(cache, 'dist'), dist]) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
      await writeFile(path.join(dir, file), html)
    }
  }
  /** Astro copies an unchanged page from its cache into the output. */
  const keep = (file: string) => copyFile(path.join(cache, 'dist', file), path.join(dist, file))
  return { work, cache, dist, render, keep, stamps: () => astroPageStamps(cache, dist) }
}

test('the checks read again what Astro rendered again, and know the pages it kept without reading them', async () => {
  const build = await playedBuild()
  const memoFile = path.join(build.work, 'checks.json')
  const check = async () =>
    (await checkDist(build.dist, site, { memo: await openCheckMemo(memoFile, 'v1'), stamps: build.stamps() }))
      .problems

  await build.render('index.html', page('<a href="/blog/a/">A</a> <a href="/blog/b/">B</a>'))
  await build.render('blog/a/index.html', page('<a href="/weg/">weg</a>'))
  await build.render('blog/b/index.html', page('<a href="/">Home</a>'))
  expect(await check()).toEqual(['dist/blog/a/index.html: broken link "/weg/"'])

  // The next build renders b again, now with a broken link, and keeps a and the home page.
  await build.keep('index.html')
  await build.keep('blog/a/index.html')
  await build.render('blog/b/index.html', page('<a href="/nergens/">kapot</a>'))
  expect(await check()).toEqual([
    'dist/blog/a/index.html: broken link "/weg/"',
    'dist/blog/b/index.html: broken link "/nergens/"',
  ])

  // A kept page is known by its copy's stamp: the output (here changed behind Astro's back, to the
  // same size) is not read again. (Only the
  // build that just ran passes stamps; `npm run check:dist` on its own reads every page.)
  await writeFile(path.join(build.dist, 'blog/a/index.html'), page('<a href="/wag/">weg</a>'))
  expect(await check()).toContain('dist/blog/a/index.html: broken link "/weg/"')

  // A page of another size than its kept copy was changed after Astro: it is read.
  await writeFile(path.join(build.dist, 'blog/a/index.html'), page('<a href="/">Home</a>'))
  expect(await check()).toEqual(['dist/blog/b/index.html: broken link "/nergens/"'])
})

test('the search index reads again what Astro rendered again, and knows the pages it kept', async () => {
  const build = await playedBuild()
  const memoFile = path.join(build.work, 'pages.json')
  const pages = async () =>
    (
      await findSearchPages(build.dist, 'pagefind', {
        memo: await openCheckMemo(memoFile, 'v1'),
        stamps: build.stamps(),
      })
    ).map(({ url, date }) => ({ url, date }))

  await build.render('index.html', '<!doctype html><html lang="nl"><body>Home, not searchable</body></html>')
  await build.render('blog/a/index.html', page('Over open data', '2024-01-10'))
  await build.render('blog/b/index.html', page('Over webcare', '2025-03-02'))
  expect(await pages()).toEqual([
    { url: '/blog/a/', date: '2024-01-10' },
    { url: '/blog/b/', date: '2025-03-02' },
  ])

  await build.keep('index.html')
  await build.keep('blog/a/index.html')
  await build.render('blog/b/index.html', page('Over webcare, herzien', '2025-03-09'))
  expect(await pages()).toEqual([
    { url: '/blog/a/', date: '2024-01-10' },
    { url: '/blog/b/', date: '2025-03-09' },
  ])
})

test('a page the renderer rendered, linked into its own copy of the build, is known by its own stamp', async () => {
  const build = await playedBuild()
  const file = 'blog/a/index.html'
  await build.render(file, page('Over open data'))
  // The renderer renders it again: Astro's copy goes, and the page is linked into its mirror.
  await rm(path.join(build.cache, 'dist', file))
  await build.render('index.html', page('Home'))
  const output = path.join(build.dist, file)
  await writeFile(`${output}.new`, page('Over open data, herzien'))
  await rename(`${output}.new`, output)
  await mkdir(path.join(build.work, 'mirror/blog/a'), { recursive: true })
  await link(output, path.join(build.work, 'mirror', file))

  const first = build.stamps()(file)
  expect(first).toMatch(/^own /)
  // The next build: the same file (the same link), the same stamp, so it is not read again.
  expect(astroPageStamps(build.cache, build.dist)(file)).toBe(first)
  // Rendered anew (a new file, as the renderer writes): another stamp.
  await writeFile(`${output}.new`, page('Over open data, nog eens herzien'))
  await rename(`${output}.new`, output)
  await link(output, path.join(build.work, 'mirror', `${file}.next`))
  expect(build.stamps()(file)).not.toBe(first)
  // A page with neither a copy nor a second link (a one-off build's page without a cache key) is read.
  await rm(path.join(build.cache, 'dist', 'index.html'))
  expect(build.stamps()('index.html')).toBeUndefined()
})
