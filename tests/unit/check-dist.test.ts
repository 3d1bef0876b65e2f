import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'

import { openCheckMemo } from '../../model/files/checkMemo'
import { checkDist } from '../../scripts/lib/checkDist'

const site = 'https://openambt.example'

const page = ({ lang = 'nl', head = '', body = '' }: { lang?: string; head?: string; body?: string }) =>
  `<!doctype html><html lang="${lang}"><head><title>Titel</title><meta name="description" content="Omschrijving">` +
  `<link rel="canonical" href="${site}/"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'">${head}</head><body><main id="inhoud">${body}</main></body></html>`

async function distWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dist-'))
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await writeFile(path.join(dir, file), text)
  }
  return dir
}

describe(checkDist, () => {
  test('returns no problems for a small, correct site', async () => {
    const dist = await distWith({
      'index.html': page({
        body: '<a href="/blog/">Blog</a> <a href="/blog/#inhoud">Inhoud</a> <a href="https://example.org/">extern</a>',
      }),
      'blog/index.html': page({ body: '<a href="/">Home</a>' }),
      'blog/rss.xml': `<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title><item><link>${site}/blog/</link></item></channel></rss>`,
    })
    const report = await checkDist(dist, site)
    expect(report.problems).toEqual([])
    expect(report.pages).toBe(2)
    expect(report.javascriptBytes).toBe(0)
  })

  test('returns a problem for each broken link, missing anchor, foreign resource, script and missing metadata', async () => {
    const dist = await distWith({
      'index.html': page({
        head: '<link rel="stylesheet" href="https://fonts.example.com/font.css">',
        body: '<a href="/bestaat-niet/">weg</a> <a href="#nergens">anker</a> <img src="/media/weg.jpg" alt=""> <script>alert(1)</script>',
      }),
      'en/index.html': '<!doctype html><html><head><title></title></head><body></body></html>',
      'blog/rss.xml': '<rss><channel><title>Blog</title></channel>',
    })
    const { problems } = await checkDist(dist, site)
    expect(problems).toEqual(
      expect.arrayContaining([
        'dist/index.html: loads "https://fonts.example.com/font.css" from another origin',
        'dist/index.html: broken link "/bestaat-niet/"',
        'dist/index.html: link to "#nergens" has no element with that id on the page',
        'dist/index.html: missing file "/media/weg.jpg"',
        "dist/index.html: carries 8 bytes of JavaScript; only the search page may (and a page with a reader's form 1024 bytes)",
        'dist/en/index.html: <html> has no lang="nl" or lang="en"',
        'dist/en/index.html: the page has no <title>',
        'dist/en/index.html: the page has no meta description',
        'dist/en/index.html: the page has no absolute canonical link',
        expect.stringMatching(/^dist\/blog\/rss\.xml:\d+: not well-formed XML/),
      ]),
    )
  })

  test('lets a page with a reader’s form carry its small timer script, and no more', async () => {
    const withScript = (bytes: number) =>
      distWith({
        'index.html': page({
          body: '<form method="post" action="http://localhost:3000/forms/tip" data-reader-form></form><script type="module" src="/_astro/timer.js"></script>',
        }),
        '_astro/timer.js': 'x'.repeat(bytes),
      })
    expect((await checkDist(await withScript(500), site)).problems).toEqual([])
    expect((await checkDist(await withScript(2000), site)).problems).toEqual([
      "dist/index.html: carries 2000 bytes of JavaScript; only the search page may (and a page with a reader's form 1024 bytes)",
    ])
  })

  test('returns a problem for a page over the HTML and CSS budget', async () => {
    const filler = Array.from(
      { length: 6000 },
      (_, i) => `<p>Alinea ${i} met tekst ${(i * 7919) % 104729}</p>`,
    ).join('')
    const { problems } = await checkDist(await distWith({ 'index.html': page({ body: filler }) }), site)
    expect(problems).toEqual([
      expect.stringMatching(
        /^dist\/index\.html: \d+\.\d KB of compressed HTML and CSS; the budget is 25 KB$/,
      ),
    ])
  })

  test('counts the font files a page needs: an italic face only where text is in italics', async () => {
    const face = (file: string, range: string, style = 'normal') =>
      `@font-face{font-family:S;font-style:${style};src:url(./${file}) format('woff2');unicode-range:${range}}`
    const css = [
      face('latin.woff2', 'U+0000-00FF'),
      face('latin-ext.woff2', 'U+0100-024F'),
      face('latin-italic.woff2', 'U+0000-00FF', 'italic'),
    ].join('')
    const head = '<link rel="stylesheet" href="/site.css">'
    const { problems, maxFontFiles } = await checkDist(
      await distWith({
        'site.css': css,
        'index.html': page({ head, body: '<p>Łukasz schrijft</p>' }),
        'quote/index.html': page({ head, body: '<p>Zo zei <em>Jan</em> het.</p>' }),
        'both/index.html': page({ head, body: '<p>Łukasz zei <em>dit</em>.</p>' }),
      }),
      site,
    )
    expect(maxFontFiles).toBe(3)
    expect(problems).toEqual(['dist/both/index.html: needs 3 font files; the budget is 2'])
  })

  test('returns a problem when the search page has no complete search bundle of its own', async () => {
    const dist = await distWith({
      'zoeken/index.html': page({}),
      'pagefind/pagefind.js': '',
      'pagefind/pagefind-entry.json': '{}',
      'pagefind/search-shards.json': JSON.stringify({
        nl: { shards: ['/pagefind/shards/nl/tips/', 'https://cdn.example.com/pagefind/'], superseded: [] },
        en: ['/pagefind/shards/en/tips/'],
      }),
    })
    const { problems } = await checkDist(dist, site)
    expect(problems).toEqual([
      'dist/pagefind/pagefind-worker.js: missing; the search page needs it (was the search index built?)',
      'dist/pagefind/pagefind-component-ui.js: missing; the search page needs it (was the search index built?)',
      'dist/pagefind/pagefind-component-ui.css: missing; the search page needs it (was the search index built?)',
      'dist/pagefind/search-shards.json: shard "/pagefind/shards/nl/tips/" (nl) has no pagefind-entry.json',
      'dist/pagefind/search-shards.json: shard "https://cdn.example.com/pagefind/" (nl) is not in /pagefind/ on our own origin',
      'dist/pagefind/search-shards.json: "en" needs a list of shards and a list of superseded ids',
    ])
  })
})

describe('checkDist with remembered pages', () => {
  test('a page is checked again when its HTML changed, and the same page in two places is named by each', async () => {
    const same = page({ body: '<a href="/weg/">weg</a>' })
    const dist = await distWith({
      'index.html': page({ body: '<a href="/blog/">Blog</a>' }),
      'blog/index.html': page({ body: '<a href="/">Home</a>' }),
      'a/index.html': same,
      'b/index.html': same,
    })
    const memoFile = path.join(dist, '..', `${path.basename(dist)}-memo.json`)
    const check = async () => checkDist(dist, site, { memo: await openCheckMemo(memoFile, 'v1') })

    const first = await check()
    expect(first.problems).toEqual([
      'dist/a/index.html: broken link "/weg/"',
      'dist/b/index.html: broken link "/weg/"',
    ])
    // The memo now knows every page; the broken link is still reported from it.
    expect((await check()).problems).toEqual(first.problems)

    await writeFile(path.join(dist, 'blog/index.html'), page({ body: '<a href="/nergens/">kapot</a>' }))
    await writeFile(path.join(dist, 'a/index.html'), page({ body: '<a href="/">Home</a>' }))
    expect((await check()).problems).toEqual([
      'dist/b/index.html: broken link "/weg/"',
      'dist/blog/index.html: broken link "/nergens/"',
    ])
  })
})
