/**
 * The WordPress import (scripts/lib/wordpress/) on a real export file and a real uploads folder,
 * into a copy of the repository's content/: what users rely on is that published posts arrive in
 * our dialect, that nothing else does and is listed, that a second run changes nothing, and that
 * every old address has a redirect the site can resolve.
 */
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { readContent, slugsInContent } from '../../model/files/readContent'
import { resolveRedirects } from '../../model/redirects'
import { convertBody } from '../../scripts/lib/wordpress/convertBody'
import { importWordpress } from '../../scripts/lib/wordpress/importWordpress'
import { readWxr, WxrError } from '../../scripts/lib/wordpress/readWxr'
import { redirectPageHtml, writeRedirects } from '../../scripts/lib/redirects/writeRedirects'
import { unsafeMarkup } from '../../scripts/lib/pageSafety'
import { fromHtml } from 'hast-util-from-html'

const fixtures = path.resolve(import.meta.dirname, '../fixtures/wordpress')
const repoContent = path.resolve(import.meta.dirname, '../../content')
let dir: string
let out: string

const run = (exportFile = path.join(fixtures, 'export.xml')) =>
  importWordpress(
    {
      exportFile,
      uploads: path.join(fixtures, 'uploads'),
      out,
      report: path.join(dir, 'report.md'),
      dryRun: false,
    },
    () => {},
  )

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wordpress-import-'))
  out = path.join(dir, 'content')
  await cp(repoContent, out, { recursive: true })
})
afterAll(() => rm(dir, { recursive: true, force: true }))

const noNotes = {
  note: () => {},
  image: () => 'foto',
  link: (href: string) => href,
  attachmentUrl: () => undefined,
}

describe('converting bodies', () => {
  test('classic editor: bare paragraphs separated by blank lines, a caption shortcode, an auto-embed', () => {
    const markdown = convertBody(
      'Eerste alinea.\n\nTweede alinea met <em>nadruk</em>.\n\n[caption id="attachment_3"]<img src="https://x.example/wp-content/uploads/a.jpg" alt="Een zaal"> Volle zaal[/caption]\n\nhttps://youtu.be/dQw4w9WgXcQ',
      noNotes,
    )
    expect(markdown).toBe(
      'Eerste alinea.\n\nTweede alinea met _nadruk_.\n\n::figure{image="foto" caption="Volle zaal"}\n\n::video{url="https://www.youtube.com/watch?v=dQw4w9WgXcQ" title="Video op YouTube"}\n',
    )
  })

  test('block editor: headings, lists, quotes, tables, code, images without caption in a paragraph of their own', () => {
    const markdown = convertBody(
      '<!-- wp:heading --><h2>Aanpak</h2><!-- /wp:heading -->\n<!-- wp:paragraph --><p>Tekst <img src="/wp-content/uploads/b.png" alt="Schema"> erna.</p><!-- /wp:paragraph -->\n<!-- wp:quote --><blockquote class="wp-block-quote"><p>Citaat</p><cite>Bron</cite></blockquote><!-- /wp:quote -->\n<!-- wp:code --><pre class="wp-block-code"><code class="language-php">echo 1;</code></pre><!-- /wp:code -->',
      noNotes,
    )
    expect(markdown).toBe(
      '## Aanpak\n\nTekst\n\n![Schema](media:foto)\n\nerna.\n\n> Citaat\n>\n> Bron\n\n```\necho 1;\n```\n',
    )
  })

  test('what cannot be converted is noted with its line, never dropped silently', () => {
    const notes: string[] = []
    convertBody(
      'Alinea.\n\n[contact-form-7 id="1"]\n\n<iframe src="https://kaart.example/embed"></iframe>\n\n<!-- wp:archives /-->',
      {
        ...noNotes,
        note: (line, message) => notes.push(`${line}: ${message}`),
      },
    )
    expect(notes).toEqual([
      expect.stringMatching(/^3: shortcode \[contact-form-7\]/),
      expect.stringMatching(/^5: embedded frame https:\/\/kaart\.example\/embed/),
      expect.stringMatching(/^7: block "archives"/),
    ])
  })
})

describe('importing an export', () => {
  test('a malformed file is refused with its line and column', async () => {
    const xml = await readFile(path.join(fixtures, 'broken.xml'), 'utf8')
    expect(() => readWxr(xml)).toThrow(WxrError)
    expect(() => readWxr(xml)).toThrow(/line 251, column \d+/)
  })

  test('published posts and pages are imported; every other status is reported by title and id', async () => {
    const { report } = await run()
    expect(report.imported).toMatchObject({ posts: 3, pages: 1, authors: 2, media: 2 })
    expect(report.notPublished.map((item) => `${item.status} ${item.id}`)).toEqual([
      'draft 15',
      'private 16',
      'pending 17',
      'future 18',
      'trash 19',
    ])
    expect(report.comments).toBe(2)
    expect(report.missingMedia).toEqual(['2019/03/ontbreekt.png'])
    expect(report.customFields).toEqual(['post "Twitter voor wethouders: vijf lessen" (WP 12): leestijd'])
    expect(report.mergedTopics.join('\n')).toContain('tag "sociale média"')
    const post = await readFile(path.join(out, 'posts/wp-12.nl.md'), 'utf8')
    expect(post).toContain('hero: wp-30')
    expect(post).toContain('[ons verslag van de participatieavond](post:wp-13)')
    expect(await stat(path.join(out, 'posts/wp-14.en.md'))).toBeTruthy()
    const author = await readFile(path.join(out, 'authors/wp-author-2.nl.md'), 'utf8')
    expect(author).not.toContain('@')
    expect(await readFile(path.join(dir, 'report.md'), 'utf8')).toContain('Terugblik 2024" (WP 18): future')
  })

  test('everything written passes the content contract, and every old address resolves', async () => {
    const { set, problems } = await readContent(out)
    expect(problems).toEqual([])
    const { resolved, unresolved } = resolveRedirects(set.redirects, slugsInContent(set))
    expect(unresolved).toEqual([])
    const to = (from: string) => resolved.find((redirect) => redirect.from === from)?.to
    expect(to('/2019/03/12/twitter-voor-wethouders/')).toBe('/blog/twitter-voor-wethouders/')
    expect(to('/?p=13')).toBe('/blog/participatieavond-deventer/')
    expect(to('/en/2021/05/04/open-government-flanders/')).toBe('/en/blog/open-government-flanders/')
    expect(to('/category/communicatie/sociale-media/')).toBe('/onderwerpen/sociale-media/')
    expect(to('/tag/participatie/')).toMatch(/^\/onderwerpen\//)
    expect(to('/author/marieke/')).toBe('/auteurs/marieke-de-vries/')
    expect(to('/?page_id=20')).toBe('/over-ons-2/')
    expect(to('/feed/')).toBe('/blog/rss.xml')
  })

  test('a second run writes nothing', async () => {
    const before = await stat(path.join(out, 'posts/wp-12.nl.md'))
    const { written, unchanged } = await run()
    expect(written).toEqual([])
    expect(unchanged).toBeGreaterThan(10)
    expect((await stat(path.join(out, 'posts/wp-12.nl.md'))).mtimeMs).toBe(before.mtimeMs)
  })

  test('a newer export with one changed post updates only that file', async () => {
    const xml = await readFile(path.join(fixtures, 'export.xml'), 'utf8')
    const newer = path.join(dir, 'newer.xml')
    await writeFile(newer, xml.replace('Flemish cities publish', 'Flemish and Dutch cities publish'))
    const { written } = await run(newer)
    expect(written).toEqual(['posts/wp-14.en.md'])
  })
})

describe('redirects in the built site', () => {
  test('a redirect page per old path, _redirects and an nginx map, with pages that pass the safety check', async () => {
    const { set } = await readContent(out)
    const dist = path.join(dir, 'dist')
    const summary = await writeRedirects(dist, set, 'https://openambt.example')
    expect(summary.unresolved).toEqual([])
    const page = await readFile(path.join(dist, '2019/03/12/twitter-voor-wethouders/index.html'), 'utf8')
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/blog/twitter-voor-wethouders/">')
    expect(page).toContain(
      '<link rel="canonical" href="https://openambt.example/blog/twitter-voor-wethouders/">',
    )
    expect(page).toContain('noindex')
    expect(unsafeMarkup(fromHtml(page), 'page')).toEqual([])
    expect(await readFile(path.join(dist, '_redirects'), 'utf8')).toContain(
      '/  p=12  /blog/twitter-voor-wethouders/  301',
    )
    expect(await readFile(path.join(dist, 'redirects.nginx.conf'), 'utf8')).toContain(
      '"/?p=12" "/blog/twitter-voor-wethouders/";',
    )
  })

  test('a refresh to another site is still refused', () => {
    const html = redirectPageHtml('/blog/', 'https://openambt.example').replace(
      'url=/blog/',
      'url=https://evil.example/',
    )
    expect(unsafeMarkup(fromHtml(html), 'page').join('\n')).toContain('refresh')
  })
})
