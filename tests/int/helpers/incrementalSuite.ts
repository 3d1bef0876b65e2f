/**
 * The incremental-build tests, for both ways `npm run build` makes the pages: a one-off `astro build`
 * on Astro's page cache (tests/int/site-incremental.test.ts), and the renderer that stays running
 * (SITE_WARM_RENDERER=1, tests/int/site-renderer.test.ts). Either way, after a change in content/
 * a rebuild renders the pages that show the change and keeps the others, and the result is byte for
 * byte what a full `astro build` of the same content makes. Real builds of a copy of content/, each
 * into a new folder, as the publish flow builds (builds/<id>.partial).
 */
import { execFileSync } from 'node:child_process'
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { pageLine } from '../../../scripts/lib/astroPageLines'
import { stopRenderer } from '../../../scripts/lib/siteRenderer/client'
import { rendererSocket } from '../../../scripts/lib/siteRenderer/protocol'
import { root, runScript } from './book'
import { differences, hrefWith, siteBuildEnv, siteFiles } from './siteBuilds'

export function incrementalBuildTests({ renderer }: { renderer: boolean }): void {
  let work: string
  let content: string
  let builds = 0
  /** The last incremental build: the state the next change starts from. */
  let last: Build

  type Build = { dir: string; output: string; rendered: Set<string>; restored: Set<string> }

  /** Which pages Astro rendered and which it copied from its cache, from its line per page. */
  function pagesOf(output: string): Pick<Build, 'rendered' | 'restored'> {
    const rendered = new Set<string>()
    const restored = new Set<string>()
    for (const line of output.split('\n')) {
      const page = pageLine(line)
      if (page) (page.reused ? restored : rendered).add(page.file)
    }
    return { rendered, restored }
  }

  /** `npm run build` of the copy of content/ into a new folder, on the caches of earlier builds. */
  function build(env: Record<string, string> = {}, caches = path.join(work, 'cache')): Build {
    const dir = path.join(work, `build-${++builds}`)
    const run = runScript('build-site.ts', {
      ...siteBuildEnv(content, dir, caches),
      // The renderer stops with this test process (SITE_BUILD_PARENT_PID), if not before.
      ...(renderer ? { SITE_WARM_RENDERER: '1', SITE_BUILD_PARENT_PID: String(process.pid) } : {}),
      ...env,
    })
    expect(run.status, run.output).toBe(0)
    const built = { dir, output: run.output, ...pagesOf(run.output) }
    if (!env.SITE_FULL_BUILD) last = built
    return built
  }

  /**
   * A full build (SITE_FULL_BUILD=1) of the same content on caches of its own, by a one-off
   * `astro build`: the reference.
   */
  const fullBuild = () =>
    build({ SITE_FULL_BUILD: '1', SITE_WARM_RENDERER: '0' }, path.join(work, `full-${builds + 1}`))

  /** The incremental build made exactly what a full build of the same content makes. */
  async function expectSameAsFullBuild(incremental: Build): Promise<void> {
    const full = fullBuild()
    expect(full.restored.size).toBe(0)
    expect(await differences(incremental.dir, full.dir), 'files that differ from a full build').toEqual({
      missing: [],
      extra: [],
      different: [],
    })
  }

  const page = (built: Build, urlPath: string) =>
    readFile(path.join(built.dir, urlPath, 'index.html'), 'utf8')
  const contentFile = (file: string) => path.join(content, file)
  async function edit(file: string, change: (text: string) => string): Promise<void> {
    const text = await readFile(contentFile(file), 'utf8')
    const changed = change(text)
    expect(changed, `${file} changed`).not.toBe(text)
    await writeFile(contentFile(file), changed)
  }

  /** The HTML pages of a build that contain `text`. */
  async function pagesWith(built: Build, text: string): Promise<string[]> {
    const found = []
    for (const [file, bytes] of await siteFiles(built.dir))
      if (file.endsWith('.html') && bytes.toString('utf8').includes(text)) found.push(file)
    return found.sort()
  }

  let first: Build

  beforeAll(async () => {
    work = await mkdtemp(path.join(process.env.TEST_RUN_DIR!, 'incremental-'))
    content = path.join(work, 'content')
    await cp(path.join(root, 'content'), content, { recursive: true })
    first = build()
  }, 300_000)

  afterAll(() => stopRenderer(path.join(work, 'cache/astro')))

  describe('an incremental rebuild', () => {
    // On the second blog page, linked from other posts' text, with a translation and neighbours.
    const post = 'posts/online-meedenken-over-een-plein.nl.md'
    const oldUrl = '/blog/drieduizend-mechelaars-over-een-plein/'
    const newUrl = '/blog/een-plein-vol-meningen/'
    const newTitle = 'Een plein vol meningen: wat online inspraak ons leerde'

    test('after a new title and slug, every page that shows the post shows the new ones; the rest is copied', async () => {
      expect(first.restored.size).toBe(0)
      const before = await page(first, oldUrl)
      const newer = hrefWith(before, 'rel="prev"')!
      const older = hrefWith(before, 'rel="next"')!
      const translation = new URL(hrefWith(before, 'hreflang="en"')!).pathname
      const showing = await pagesWith(first, `href="${oldUrl}"`)
      // Listings, topics, author, archive, and the neighbours' previous/next links.
      const showingTheTitle = [
        'blog/pagina/2/index.html',
        'onderwerpen/e-participatie/index.html',
        'onderwerpen/transparantie/index.html',
        'auteurs/pieter-claes/index.html',
        'blog/archief/2024/index.html',
        `${newer.slice(1)}index.html`,
        `${older.slice(1)}index.html`,
      ]
      expect(showing).toEqual(expect.arrayContaining(showingTheTitle))

      await edit(post, (text) =>
        text
          .replace(/^title: .*$/m, `title: "${newTitle}"`)
          .replace(/^slug: .*$/m, `slug: ${newUrl.split('/')[2]}`),
      )
      const next = build()

      expect(await page(next, newUrl)).toContain(newTitle)
      await expect(page(next, oldUrl)).rejects.toThrow(/ENOENT/)
      // Listings, topics, author, archive, and the neighbours' previous/next links: the new title.
      for (const file of showingTheTitle) {
        const html = await readFile(path.join(next.dir, file), 'utf8')
        expect(html, file).toContain(newTitle)
        expect(next.rendered.has(file), `${file} rendered`).toBe(true)
      }
      // Every page that linked to the post (text links in other posts too) links to its new address.
      for (const file of showing.filter((file) => !file.startsWith(oldUrl.slice(1)))) {
        const html = await readFile(path.join(next.dir, file), 'utf8')
        expect(html, file).toContain(`href="${newUrl}"`)
        expect(html, file).not.toContain(`href="${oldUrl}"`)
      }
      // The English translation's language link points at the new address.
      expect(new URL(hrefWith(await page(next, translation), 'hreflang="nl"')!).pathname).toBe(newUrl)
      expect(next.rendered.has(`${translation.slice(1)}index.html`)).toBe(true)

      // A post that shows nothing of this one was not rendered again, only copied.
      expect(showing).not.toContain('blog/ambtenaar-met-een-mening-op-linkedin/index.html')
      expect(next.restored).toContain('blog/ambtenaar-met-een-mening-op-linkedin/index.html')
      expect(next.rendered).not.toContain('blog/ambtenaar-met-een-mening-op-linkedin/index.html')
      expect(next.restored.size).toBeGreaterThan(next.rendered.size * 3)
      expect(next.output).toMatch(/pages and feeds: \d+ rendered, \d+ copied unchanged from the last build/)
      // No chapter links to the post: the book is kept without a look at the rest of content/.
      expect(next.output).toContain('[book] book unchanged (none of the files it is made from changed)')

      await expectSameAsFullBuild(next)
    }, 300_000)

    test('a removed post leaves no page behind, and no list or neighbour that shows it', async () => {
      const gone = '/blog/beleidsnota-schrijven-met-386-mensen/'
      const goneEn = new URL(hrefWith(await page(first, gone), 'hreflang="en"')!).pathname
      await rm(contentFile('posts/crowdsourcing-voor-een-beleidsnota.nl.md'))
      await rm(contentFile('posts/crowdsourcing-voor-een-beleidsnota.en.md'))
      const next = build()

      await expect(page(next, gone)).rejects.toThrow(/ENOENT/)
      await expect(page(next, goneEn)).rejects.toThrow(/ENOENT/)
      expect(await pagesWith(next, `href="${gone}"`)).toEqual([])
      expect(await pagesWith(next, `href="${goneEn}"`)).toEqual([])
      if (!renderer) expect(next.output).toMatch(/Pruned \d+ stale file\(s\) from the incremental cache/)

      await expectSameAsFullBuild(next)
    }, 300_000)

    test('a change to the navigation renders every page in that language again, and only those', async () => {
      await edit('site-settings.nl.yml', (text) =>
        text.replace('label: Tips\n', 'label: Tips van collega’s\n'),
      )
      const next = build()

      const pages = [...(await siteFiles(next.dir)).keys()].filter((file) => file.endsWith('.html'))
      const dutch = pages.filter((file) => !file.startsWith('en/') && file !== '404.html')
      expect(dutch.length).toBeGreaterThan(100)
      for (const file of dutch) {
        expect(next.rendered.has(file), `${file} rendered`).toBe(true)
        expect(await readFile(path.join(next.dir, file), 'utf8'), file).toContain('Tips van collega’s')
      }
      expect(next.restored).toContain('en/blog/counting-trees-together/index.html')
      expect(
        [...next.restored].every((file) => file.startsWith('en/')),
        'only English pages copied',
      ).toBe(true)

      await expectSameAsFullBuild(next)
    }, 300_000)

    test('names, alt texts, the book downloads and a new post reach every page that shows them', async () => {
      const chapterPages = async (built: Build, section: string) =>
        (await readdir(path.join(built.dir, section), { withFileTypes: true }))
          .filter((entry) => entry.isDirectory() && entry.name !== 'downloads')
          .map((entry) => `${section}/${entry.name}/index.html`)
      const byPieter = await pagesWith(last, 'href="/auteurs/pieter-claes/"')
      // A name is the same in both languages (content/README.md).
      for (const lang of ['nl', 'en'])
        await edit(`authors/pieter-claes.${lang}.md`, (text) =>
          text.replace(/^name: .*$/m, 'name: Pieter J. Claes'),
        )
      await edit('topics/crowdsourcing.nl.md', (text) => text.replace(/^name: .*$/m, 'name: Samen met velen'))
      // The alt text of a figure in a post's text (from the image's sidecar), and of a hero image.
      const withFigure = await pagesWith(last, 'Aantal open datasets van de provincie per jaar')
      await edit('media/blog-datasets-per-jaar.yml', (text) =>
        text.replace(/^ {2}nl: .*$/m, '  nl: Een nieuwe grafiek'),
      )
      await edit('media/blog-plein-kaart.yml', (text) =>
        text.replace(/^ {2}nl: .*$/m, '  nl: Een kaart van het plein'),
      )
      // A new paragraph changes the Dutch EPUB, so the size every Dutch chapter page gives for it.
      await edit('book/chapters/hoofdstuk-3.nl.md', (text) => `${text}\nEen nieuwe alinea voor de herdruk.\n`)
      await writeFile(
        contentFile('posts/een-nieuw-bericht.nl.md'),
        (await readFile(contentFile('posts/samen-bomen-tellen.nl.md'), 'utf8'))
          .replace(/^title: .*$/m, 'title: "Een nieuw bericht"')
          .replace(/^slug: .*$/m, 'slug: een-nieuw-bericht')
          .replace(/^date: .*$/m, 'date: 2026-07-01'),
      )
      const next = build()

      expect(await page(next, '/blog/een-nieuw-bericht/')).toContain('Samen met velen')
      expect(await pagesWith(next, 'Een nieuw bericht')).toEqual(
        expect.arrayContaining(['index.html', 'blog/index.html', 'onderwerpen/crowdsourcing/index.html']),
      )
      expect(withFigure.length).toBeGreaterThan(0)
      for (const file of withFigure)
        expect(await readFile(path.join(next.dir, file), 'utf8'), file).toContain('alt="Een nieuwe grafiek"')
      expect(await page(next, '/blog/een-plein-vol-meningen/')).toContain('alt="Een kaart van het plein"')
      const dutchPieter = byPieter.filter((file) => !file.startsWith('en/'))
      expect(dutchPieter.length).toBeGreaterThan(3)
      for (const file of dutchPieter)
        expect(await readFile(path.join(next.dir, file), 'utf8'), file).toContain('Pieter J. Claes')
      // A chapter changed: the book was made again.
      expect(next.output).toContain('[book] book: 2 files (EPUB in nl and en)')
      for (const file of await chapterPages(next, 'boek')) expect(next.rendered, file).toContain(file)
      for (const file of await chapterPages(next, 'en/book')) expect(next.restored, file).toContain(file)
      // After four incremental rebuilds, `npm run check:dist` finds nothing wrong (the build ran it too).
      const check = runScript('check-dist.ts', { SITE_OUT_DIR: next.dir })
      expect(check.status, check.output).toBe(0)
      expect(check.output).toContain('no problems')

      await expectSameAsFullBuild(next)
    }, 300_000)
  })
  // Only where there is a renderer: the one-off build has no process to kill between builds.
  if (renderer)
    describe('the renderer that stays running', () => {
      test('killed (kill -9), it is started afresh by the next build, which makes the same site', async () => {
        const socket = rendererSocket(path.join(work, 'cache/astro'))
        const pids = execFileSync('pgrep', ['-f', socket], { encoding: 'utf8' }).trim().split('\n')
        expect(pids.length, 'one renderer runs').toBe(1)
        process.kill(Number(pids[0]), 'SIGKILL')
        await edit('posts/samen-bomen-tellen.nl.md', (text) =>
          text.replace(/^title: .*$/m, 'title: "Bomen tellen, na een harde stop"'),
        )
        const next = build()

        expect(next.output).toContain(
          `starting the site renderer, which builds every page once (no renderer at ${socket})`,
        )
        expect(await page(next, '/blog/samen-bomen-tellen/')).toContain('Bomen tellen, na een harde stop')
        await expectSameAsFullBuild(next)
      }, 300_000)

      test('started on the page cache, it can later render a page that needs code its first build never ran', async () => {
        // A renderer that starts on Astro's page cache renders only the pages that changed. Astro
        // deletes the compiled site after that first build; a post with a figure in its text loads
        // the image code on demand, from that folder (keepRenderer.ts).
        const socket = rendererSocket(path.join(work, 'cache/astro'))
        process.kill(Number(execFileSync('pgrep', ['-f', socket], { encoding: 'utf8' }).trim()), 'SIGKILL')
        await edit('tips/tip-001.nl.md', (text) =>
          text.replace(/^title: .*$/m, 'title: "Een tip, na een harde stop"'),
        )
        const started = build()
        expect(started.output).toContain('starting the site renderer')
        const withFigure = 'blog/subsidieregister-als-open-data/index.html'
        expect(started.rendered, 'no page with a figure in its text rendered').not.toContain(withFigure)

        await edit('posts/open-data-bij-de-provincie.nl.md', (text) =>
          text.replace(/^title: .*$/m, 'title: "Het subsidieregister, open en met grafiek"'),
        )
        const next = build()

        expect(next.output).not.toContain('starting the site renderer')
        expect(next.rendered).toContain(withFigure)
        const html = await readFile(path.join(next.dir, withFigure), 'utf8')
        expect(html).toContain('Het subsidieregister, open en met grafiek')
        expect(html).toMatch(/<img[^>]*src="\/_astro\/blog-datasets-per-jaar[^"]*"/)
        await expectSameAsFullBuild(next)
      }, 300_000)
    })

  describe('a new image', () => {
    test('reaches the page that shows it, as a full build makes it', async () => {
      // Other bytes than any image before, so Astro has to make new optimised files of it.
      const bytes = await readFile(contentFile('media/blog-bomen-tellen.jpg'))
      await writeFile(
        contentFile('media/blog-bomen-in-de-wijk.jpg'),
        Buffer.concat([bytes, Buffer.from('extra')]),
      )
      await writeFile(
        contentFile('media/blog-bomen-in-de-wijk.yml'),
        'alt:\n  nl: Bomen in een woonstraat, geteld door buurtbewoners\n  en: Trees in a residential street, counted by residents\n',
      )
      // The hero is the same in both languages (content/README.md).
      for (const lang of ['nl', 'en'])
        await edit(`posts/samen-bomen-tellen.${lang}.md`, (text) =>
          text.replace(/^hero: .*$/m, 'hero: blog-bomen-in-de-wijk'),
        )
      const next = build()

      const html = await page(next, '/blog/samen-bomen-tellen/')
      expect(html).toContain('alt="Bomen in een woonstraat, geteld door buurtbewoners"')
      const image = /<img[^>]*src="(\/_astro\/blog-bomen-in-de-wijk[^"]*)"/.exec(html)?.[1]
      expect(image, 'the hero is an optimised file of the new image').toBeDefined()
      expect((await readFile(path.join(next.dir, image!))).length).toBeGreaterThan(1000)
      // The renderer that stays running cannot make new images in place: a fresh one builds in full.
      if (renderer)
        expect(next.output).toContain(
          'starting the site renderer, which builds every page once (an image changed',
        )

      await expectSameAsFullBuild(next)
    }, 300_000)
  })

  describe('the page cache', () => {
    const manifest = () => readFile(path.join(work, 'cache/astro/incremental-build.json'), 'utf8')

    test('is left alone by a preview build, even one on the same cache folder', async () => {
      const before = await manifest()
      build({ SITE_PREVIEW: '1', SITE_BASE: '/preview/site/test/' })
      expect(await manifest()).toBe(before)
      const next = build()
      expect(next.restored.size).toBeGreaterThan(200)
    }, 300_000)

    test('starts over after a build that broke off, and for a full build (SITE_FULL_BUILD=1)', async () => {
      // What build-site.ts leaves behind while Astro runs, and after a build that was cut off.
      await writeFile(path.join(work, 'cache/astro/astro-build.unfinished'), '1\n')
      const afterBreak = build()
      expect(afterBreak.output).toContain('the last page build did not finish')
      expect(afterBreak.restored.size).toBe(0)

      expect(build().restored.size).toBeGreaterThan(200)
      const full = build({ SITE_FULL_BUILD: '1' })
      expect(full.output).toContain('full build: dropping the cached pages')
      expect(full.restored.size).toBe(0)
      expect(build().restored.size).toBeGreaterThan(200)
    }, 300_000)
  })
}
