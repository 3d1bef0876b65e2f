/**
 * The pages of the site, built by an Astro that stays running between builds (README, "Publishing
 * at scale"). Its first build is a full `astro build` (the programmatic one) that keeps its rendering
 * code and content store in memory (keepRenderer.ts). Every later build:
 *
 * 1. finds the files of content/ that changed (contentChanges.ts), and syncs only those into the
 *    content store through the content loaders' watchers (site/lib/contentWatchers.ts), or every
 *    file when a URL or an image's alt text that other files show changed;
 * 2. computes every page's cache key again (site/lib/pageKeys.ts) with fresh per-build memos
 *    (site/lib/perBuild.ts), and renders the pages whose key changed or that have none;
 * 3. writes a complete output folder: hard links to the files of the last build (its own copy of
 *    them, which nothing else writes to) and new files for the pages it rendered, and the sitemap.
 *
 * What it cannot do in place ends it (`NeedsFreshRenderer`), and the next renderer starts with a
 * full build: a change to the site's code, a new or changed image file (Astro makes the optimised
 * images of new ones at the end of a full build), a page that needs an image size not made before,
 * or a file the loader could not sync.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, link, mkdir, readdir, rename, rm, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { build } from 'astro'

import { contentIndex, loadedContentIndex, readOnlyChangedFiles } from '../../../site/lib/contentIndex'
import { contentWatchers } from '../../../site/lib/contentWatchers'
import { postponeStoreSave, refillPageStore } from '../../../site/lib/liveContentStores'
import { startNextBuild } from '../../../site/lib/perBuild'
import { fingerprint } from '../fingerprint'
import { astroCommon, astroGenerate, astroHooks, type BuildOptions } from './astroInternals'
import { answersMoved, contentChanges, contentStamps, type ContentStamps } from './contentChanges'
import { keepRenderer, type Kept } from './keepRenderer'
import { IDLE_AFTER_BUILD_MS } from './protocol'

/**
 * The code of the site, and of the renderer itself: a change to any of it needs Astro's bundler (or
 * a new process), so a fresh renderer.
 */
const SITE_CODE = [
  'site',
  'model',
  'public',
  'astro.config.mjs',
  'package-lock.json',
  'tsconfig.json',
  'scripts/site-renderer.ts',
  'scripts/lib/siteRenderer',
]

export class NeedsFreshRenderer extends Error {}

export type PagesReport = { rendered: number; reused: number }

type Page = { key: string | undefined; outFile: string }

type Options = {
  root: string
  contentDir: string
  /** Astro's cache folder (ASTRO_CACHE_DIR): the incremental build's list of pages and their copies. */
  cacheDir: string
  /** Where Astro builds (SITE_OUT_DIR of this process). */
  outDir: string
  say: (line: string) => void
}

export class WarmSite {
  #kept: Kept | undefined
  #code = ''
  #stamps: ContentStamps = new Map()
  #answers = new Map<string, string>()
  #pages = new Map<string, Page>()
  #broken: string | undefined
  readonly #mirror: string
  /** The next build's output, linked from the mirror ahead of time (`#whenIdle`). */
  readonly #prepared: string
  /** What the renderer does between builds (`#whenIdle`); the next build waits for it. */
  #background: Promise<void> = Promise.resolve()
  #idle: NodeJS.Timeout | undefined
  /** Lets Astro save the content store, which it otherwise does in the middle of a build. */
  #saveStore: (() => void) | undefined
  /** The compiled site of the first build, which Astro deletes (keepRenderer.ts). */
  readonly #compiled: string

  constructor(private readonly options: Options) {
    // The renderer's own hard-linked copy of its last output: build-site.ts moves the output on,
    // and later steps write beside those files, never into them.
    this.#mirror = path.join(options.cacheDir, 'renderer-last')
    this.#prepared = path.join(options.cacheDir, 'renderer-next')
    this.#compiled = path.join(options.cacheDir, 'renderer-compiled')
  }

  get started(): boolean {
    return this.#kept !== undefined
  }

  /** The first build: `astro build`, keeping the renderer. */
  async first(): Promise<void> {
    const { root, contentDir, outDir } = this.options
    this.#code = await fingerprint(root, SITE_CODE)
    this.#stamps = await contentStamps(contentDir)
    await rm(outDir, { recursive: true, force: true })
    await build({ root, integrations: [keepRenderer((kept) => (this.#kept = kept), this.#compiled)] })
    if (!this.#kept) throw new Error('Astro built no pages, so there is no renderer to keep')
    this.#answers = loadedContentIndex().answers()
    this.#pages = await this.#pagesOf(this.#kept.paths)
    await rm(this.#mirror, { recursive: true, force: true })
    await rm(this.#prepared, { recursive: true, force: true })
    await linkTree(outDir, this.#mirror)
    this.#whenIdle()
  }

  /**
   * Once no build came for a while (`IDLE_AFTER_BUILD_MS`): lets Astro save the content store (the
   * whole store, 100 MB and 2-3 s of this process at 10,000 posts) and links the next build's
   * output (31,000 links, 2-5 s). Right after a build, they would take the cores the rest of
   * that build needs (search index, checks); a build that comes sooner links its output itself.
   * After a failure the next build starts a fresh renderer.
   */
  #whenIdle(): void {
    clearTimeout(this.#idle)
    this.#idle = setTimeout(() => {
      this.#saveStore?.()
      this.#saveStore = undefined
      const started = performance.now()
      this.#background = rm(this.#prepared, { recursive: true, force: true })
        .then(() => linkTree(this.#mirror, this.#prepared))
        .then(
          () =>
            this.options.say(
              `renderer: ready for the next build (${((performance.now() - started) / 1000).toFixed(1)} s)`,
            ),
          (error: unknown) => {
            this.#broken = `getting ready for the next build failed (${(error as Error).message})`
            this.options.say(`renderer: ${this.#broken}`)
          },
        )
    }, IDLE_AFTER_BUILD_MS).unref()
  }

  /** A later build: only what changed is synced and rendered. */
  async next(): Promise<PagesReport> {
    clearTimeout(this.#idle)
    await this.#background
    if (this.#broken) throw new NeedsFreshRenderer(this.#broken)
    this.#saveStore ??= postponeStoreSave()
    try {
      return await this.#next()
    } catch (error) {
      // Half a sync or half a folder: this renderer's memory no longer matches any build.
      this.#broken = `the last build with this renderer failed (${(error as Error).message})`
      throw error
    } finally {
      this.#whenIdle()
    }
  }

  async #next(): Promise<PagesReport> {
    const { root, contentDir, outDir, say } = this.options
    const kept = this.#kept!
    const phases = new Phases()
    if ((await fingerprint(root, SITE_CODE)) !== this.#code)
      throw new NeedsFreshRenderer('the site code changed')
    const stamps = await contentStamps(contentDir)
    const changes = contentChanges(this.#stamps, stamps)
    const image = changes.find(({ file }) => file.startsWith(`media${path.sep}`) && !file.endsWith('.yml'))
    if (image) throw new NeedsFreshRenderer(`an image changed (content/${image.file})`)
    say(`renderer: ${changes.length} changed files in content/`)
    phases.done('changes')

    startNextBuild()
    readOnlyChangedFiles(changes.map(({ file }) => file.split(path.sep).join('/')))
    await rm(outDir, { recursive: true, force: true })
    // The last build linked the next output ahead of time, while nothing waited for it.
    const linked = existsSync(this.#prepared)
      ? rename(this.#prepared, outDir).catch(() => linkTree(this.#mirror, outDir))
      : linkTree(this.#mirror, outDir)
    // Awaited below; if a step before fails, its failure is the one reported.
    linked.catch(() => undefined)
    const answers = (await contentIndex()).answers()
    const everyFile = answersMoved(this.#answers, answers)
    phases.done('index')
    await this.#sync(changes, everyFile)
    refillPageStore()
    phases.done('sync')

    kept.prerenderer.app.routeCache.clearAll()
    const paths = ordered(await kept.prerenderer.getStaticPaths())
    const pages = await this.#pagesOf(paths)
    const render = paths.filter(({ pathname, cacheKey }) => {
      const before = this.#pages.get(pathname)
      return cacheKey === undefined || before?.key !== cacheKey
    })
    const gone = [...this.#pages.keys()].filter((pathname) => !pages.has(pathname))
    const goneFiles = gone.map((pathname) => this.#pages.get(pathname)!.outFile)
    phases.done('keys')
    await linked
    // Back while pages render, for the modules they import only when needed (keepRenderer.ts;
    // copied, not linked: 2-3 MB, and it may be on another disk than the cache);
    // gone again before the output is handed on.
    await rm(kept.compiledAt, { recursive: true, force: true })
    await cp(this.#compiled, kept.compiledAt, { recursive: true })
    phases.done('links')

    const written: string[] = []
    const { renderPath } = await astroGenerate()
    const buildOptions = kept.prerenderer.app.getOptions() as BuildOptions
    const assets = (globalThis as { astroAsset?: Record<string, unknown> }).astroAsset
    if (assets) assets.addStaticImage = kept.addStaticImage
    // A line per page as `astro build` writes it, so the same readers count them (astroPageLines.ts).
    const pageFile = (pathname: string) => `/${path.relative(outDir, pages.get(pathname)!.outFile)}`
    const rendering = new Set(render)
    for (const { pathname } of paths.filter((page) => !rendering.has(page)))
      say(`  ├─ ${pageFile(pathname)} (cached)`)
    try {
      for (const { pathname, route } of render) {
        const started = performance.now()
        const result = await renderPath({
          prerenderer: kept.prerenderer,
          pathname,
          route,
          options: buildOptions,
          logger: buildOptions.logger,
          collectMetadata: false,
        })
        if (!result) continue
        const file = fileURLToPath(result.outFile)
        await replaceFile(file, result.body)
        written.push(file)
        say(`  ├─ ${pageFile(pathname)} (+${Math.round(performance.now() - started)}ms)`)
      }
    } finally {
      await rm(kept.compiledAt, { recursive: true, force: true })
    }
    for (const file of goneFiles) await rm(file, { force: true })
    phases.done('render')
    const missing = missingImages(outDir)
    if (missing) throw new NeedsFreshRenderer(`a page needs an image that was not made yet (${missing})`)
    written.push(...(await this.#sitemap(paths)))
    phases.done('sitemap')

    // Pages without a key (home, indexes, feeds) have no copy there.
    const keyed = (pathname: string, key?: string) =>
      key !== undefined || this.#pages.get(pathname)?.key !== undefined
    const outFileOf = (pathname: string) => (pages.get(pathname) ?? this.#pages.get(pathname))!.outFile
    await forgetCachedCopies(
      this.options.cacheDir,
      [
        ...render
          .filter((page) => keyed(page.pathname, page.cacheKey))
          .map((page) => outFileOf(page.pathname)),
        ...gone.filter((pathname) => keyed(pathname)).map(outFileOf),
      ].map((file) => path.relative(outDir, file)),
    )
    await this.#updateMirror(written, goneFiles)
    phases.done('caches')
    this.#stamps = stamps
    this.#answers = answers
    this.#pages = pages
    say(
      `renderer: ${everyFile ? 'every file synced (a URL or alt text changed)' : `${changes.length} files synced`}, ${render.length} pages rendered, ${paths.length - render.length} kept (${phases})`,
    )
    return { rendered: render.length, reused: paths.length - render.length }
  }

  /** Syncs the changed files (or every file) of each collection through its loader's watcher. */
  async #sync(
    changes: { file: string; event: 'add' | 'change' | 'unlink' }[],
    everyFile: boolean,
  ): Promise<void> {
    const { contentDir } = this.options
    const problems: string[] = []
    for (const watcher of contentWatchers().values()) {
      if (!watcher.listening)
        throw new NeedsFreshRenderer('a content collection did not register its watcher')
      const mine = changes
        .map((change) => ({ ...change, file: path.join(contentDir, change.file) }))
        .filter(({ file }) => path.dirname(file) === watcher.folder && /\.(nl|en)\.md$/.test(file))
      const events = everyFile
        ? [
            ...(await readdir(watcher.folder))
              .filter((name) => /\.(nl|en)\.md$/.test(name))
              .map((name) => ({ event: 'change' as const, file: path.join(watcher.folder, name) })),
            ...mine.filter(({ event }) => event === 'unlink'),
          ]
        : mine
      for (const { event, file } of events) await watcher.emit(event, file)
      problems.push(...watcher.takeProblems())
    }
    if (problems.length) throw new Error(`content/ could not be synced:\n${problems.join('\n')}`)
  }

  /** Where each page's file is, by pathname, with its cache key. */
  async #pagesOf(paths: Kept['paths']): Promise<Map<string, Page>> {
    const { getOutFolder, getOutFile } = await astroCommon()
    const options = this.#kept!.prerenderer.app.getOptions() as BuildOptions & {
      settings: { config: { build: { format: string } } }
    }
    const pages = new Map<string, Page>()
    for (const { pathname, route, cacheKey } of paths) {
      const encoded = encodeURI(pathname)
      const folder = getOutFolder(options.settings, encoded, route)
      const outFile = fileURLToPath(getOutFile(options.settings.config.build.format, folder, encoded, route))
      pages.set(pathname, { key: cacheKey, outFile })
    }
    return pages
  }

  /** The sitemap of these pages, as `astro build` writes it at its end (the sitemap integration). */
  async #sitemap(paths: Kept['paths']): Promise<string[]> {
    const { outDir } = this.options
    // New files: the old ones are hard links to the files of the live site.
    const old = (await readdir(outDir)).filter((name) => /^sitemap.*\.xml$/.test(name))
    for (const name of old) await unlink(path.join(outDir, name))
    const options = this.#kept!.prerenderer.app.getOptions() as BuildOptions
    // In the order the integration sorts them into: it compares with localeCompare() and options,
    // which makes a collator per comparison (1 s at 18,000 pages); a sorted list takes one pass.
    const pages = paths
      .filter(({ route }) => route.type === 'page')
      .map(({ pathname }) => pathname.replace(/\/?$/, '/').replace(/^\//, ''))
      .sort(sitemapOrder)
    const { runHookBuildDone } = await astroHooks()
    await runHookBuildDone({ settings: options.settings, pages, routes: [], logger: options.logger })
    return (await readdir(outDir))
      .filter((name) => /^sitemap.*\.xml$/.test(name))
      .map((name) => path.join(outDir, name))
  }

  /** The mirror follows the output: the new files linked in, the removed ones out. */
  async #updateMirror(written: string[], gone: string[]): Promise<void> {
    const { outDir } = this.options
    const inMirror = (file: string) => path.join(this.#mirror, path.relative(outDir, file))
    for (const file of written) {
      const target = inMirror(file)
      await mkdir(path.dirname(target), { recursive: true })
      await rm(`${target}.renderer-link`, { force: true })
      await link(file, `${target}.renderer-link`)
      await rename(`${target}.renderer-link`, target)
    }
    for (const file of gone) await rm(inMirror(file), { force: true })
  }
}

const sitemapOrder = new Intl.Collator('en', { numeric: true }).compare

/** How long each step of a build took, for its last line: "changes 0.2 s, index 1.1 s, …". */
class Phases {
  #last = performance.now()
  #done: string[] = []
  done(name: string): void {
    this.#done.push(`${name} ${((performance.now() - this.#last) / 1000).toFixed(1)} s`)
    this.#last = performance.now()
  }
  toString(): string {
    return this.#done.join(', ')
  }
}

/**
 * Paths in the order and with the duplicates `astro build` would use (generate.js): the first of
 * two routes for one address wins, fallback routes come last.
 */
function ordered(paths: Kept['paths']): Kept['paths'] {
  const seen = new Set<string>()
  const unique = paths.filter(({ pathname }) => {
    const normalized = pathname.replace(/\/$/, '')
    if (seen.has(normalized)) return false
    seen.add(normalized)
    return true
  })
  return [
    ...unique.filter(({ route }) => route.type !== 'fallback'),
    ...unique.filter(({ route }) => route.type === 'fallback'),
  ]
}

/** A file written as a new file (a new inode), never into a hard link shared with another build. */
async function replaceFile(file: string, body: Buffer | string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(`${file}.renderer-new`, body)
  await rename(`${file}.renderer-new`, file)
}

/** `cp -al`: a folder of hard links, 18,000 pages in a few seconds. */
function linkTree(from: string, to: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const copy = spawn('cp', ['-al', from, to], { stdio: ['ignore', 'ignore', 'pipe'] })
    let errors = ''
    copy.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk))
    copy.on('error', (cause) => reject(new Error('could not start cp to link the last build', { cause })))
    copy.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`cp -al ${from} ${to} failed (exit code ${code}): ${errors}`)),
    )
  })
}

/** An optimised image a page points at that is not in the output, or undefined. */
function missingImages(outDir: string): string | undefined {
  type Transforms = Map<string, { transforms: Map<string, { finalPath: string }> }>
  const images = (globalThis as { astroAsset?: { staticImages?: Transforms } }).astroAsset?.staticImages
  for (const { transforms } of images?.values() ?? [])
    for (const { finalPath } of transforms.values()) {
      const file = path.join(outDir, decodeURI(finalPath.split('?')[0]))
      if (!existsSync(file)) return finalPath
    }
  return undefined
}

/**
 * Astro's incremental cache (incremental-build.json and its copies of pages) stays as the last full
 * build left it, but without the copies of the pages this renderer rendered or removed: they are
 * old, and `npm run build` and the search index's stamps (astroPageCopies.ts) must not take them
 * for current. Astro renders a page whose copy is missing even when its cache key matches
 * (astro/dist/core/build/generate.js, restoreOutputFile), so the manifest itself (44 MB at
 * 10,000 posts, a second to rewrite) is left as it is.
 */
async function forgetCachedCopies(cacheDir: string, files: string[]): Promise<void> {
  for (const file of files) await rm(path.join(cacheDir, 'dist', file), { force: true })
}
