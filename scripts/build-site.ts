/**
 * `npm run build`: the book (EPUB and PDF, skipped when unchanged), then the static site from
 * content/ into dist/ (Astro shows its progress) with the book's downloads, then a summary: pages,
 * files, size and time. Needs no CMS and no database.
 */
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { checkBuiltSite } from './check-dist'
import { rememberContentChecks } from './lib/contentCheckMemo'
import { openCheckMemo } from '../model/files/checkMemo'
import { readContent } from '../model/files/readContent'
import { REDIRECTS_FILE } from '../model/redirects'
import { writeRedirects } from './lib/redirects/writeRedirects'
import { bookOutDir } from '../site/lib/bookDownloads'
import { buildBookForSite, copyBookDownloads } from './lib/book/site'
import { astroPageStamps } from './lib/astroPageCopies'
import { astroHeapLimitMb, runAstroBuild, type AstroExit } from './lib/astroChild'
import { pageLine } from './lib/astroPageLines'
import { renderWithRenderer, RendererUnavailable, stopRenderer } from './lib/siteRenderer/client'
import { lockBuildCaches } from './lib/buildLock'
import { unsafePagesIn } from './lib/pageSafety'
import { rebaseRootLinks } from './lib/rebaseRootLinks'
import { writeHeadersFile } from './lib/siteHeaders'
import { dirStats, megabytes } from './lib/dirStats'
import { filesUnder } from './lib/filesUnder'
import { fingerprint } from './lib/fingerprint'
import { elapsed, logger } from './lib/log'
import { requireNode } from './lib/requireNode'
import { runNode } from './lib/runNode'
import { buildSearchIndex, searchSummary } from './lib/search'
import { postsPerShard } from './lib/search/shards'

const root = path.resolve(import.meta.dirname, '..')
const log = logger('build')

const astroCacheDir = path.resolve(root, process.env.ASTRO_CACHE_DIR || '.cache/astro')
const searchCacheDir = path.resolve(root, process.env.SEARCH_CACHE_DIR || '.cache/search')

/** Runs one step of the build and notes how long it took, for the summary line. */
async function step<T>(timings: string[], name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now()
  const result = await run()
  timings.push(`${name} ${elapsed(started)}`)
  return result
}

async function main(): Promise<void> {
  requireNode()
  stopWithParent()
  const start = performance.now()
  const timings: string[] = []
  // A wrong ASTRO_HEAP_MB or SEARCH_POSTS_PER_SHARD fails here, before anything is built.
  const heapLimitMb = astroHeapLimitMb()
  const searchPostsPerShard = postsPerShard()
  await lockBuildCaches(astroCacheDir, (holder) =>
    log.info(
      `waiting for another build that uses ${path.relative(root, astroCacheDir)}/ (process ${holder})`,
    ),
  )
  await rememberContentChecks()
  if (process.env.SITE_FULL_BUILD === '1') await forgetEverythingBuiltBefore()
  await forgetRenderedMarkdownIfPipelineChanged()
  await forgetPagesOfAnUnfinishedBuild()
  const outDir = path.resolve(root, process.env.SITE_OUT_DIR || 'dist')
  if (process.env.SITE_PREVIEW === '1') {
    // A draft's preview in the CMS (cms/publish/preview.ts): the pages only, served behind login.
    log.info(`building a preview into ${outDir}/`)
    await step(timings, 'pages', () => astroBuild(outDir, heapLimitMb))
    // A draft is anyone's text, shown to an editor who is logged in: the same safety check as live.
    const unsafe = await unsafePagesIn(outDir)
    if (unsafe.length) throw new Error(`the preview is not safe to show:\n${unsafe.join('\n')}`)
    await rebaseRootLinks(outDir, process.env.SITE_BASE || '/')
    log.info(`preview built (${elapsed(start)})`)
    return
  }
  // The book first: the book page lists its downloads (scripts/lib/book/site.ts).
  await step(timings, 'book', buildBookForSite)
  log.info(`building the site from content/ into ${path.relative(root, outDir)}/`)
  await step(timings, 'pages', () => astroBuild(outDir, heapLimitMb))
  log.info(renderSummary(astroOutput))
  await copyBookDownloads(outDir)
  // Search: Pagefind indexes the built pages, shard by shard (scripts/lib/search/).
  // What the search index and the checks learnt of each page is kept under the stamp of Astro's
  // copy of it: pages Astro did not render again are not read again (scripts/lib/astroPageCopies.ts).
  const stamps = astroPageStamps(astroCacheDir, outDir)
  // dist/ is listed twice, not once per step (half a second each at 18,000 pages): its pages for
  // the search index, and everything once the index, redirects and headers are in.
  const search = await step(timings, 'search index', () =>
    buildSearchIndex(outDir, searchCacheDir, stamps, {
      postsPerShard: searchPostsPerShard,
      files: filesUnder(outDir),
    }),
  )
  // Old addresses (content/redirects.yml): after the search index, so the index leaves them out.
  await step(timings, 'redirects', () => redirectOldAddresses(outDir))
  // The headers the site server sends, for static hosts that read a `_headers` file.
  await writeHeadersFile(outDir)
  const files = filesUnder(outDir)
  // Counted while the checks run.
  const counted = dirStats(outDir, files)
  counted.catch(() => undefined)
  // A build that breaks a link, loads from elsewhere or blows a budget does not count as built.
  if (!(await step(timings, 'checks', () => checkBuiltSite(stamps, files))))
    throw new Error('the built site has problems (listed above)')
  const stats = await counted
  log.info(
    `site: ${stats.pages} pages, ${stats.files} files, ${megabytes(stats.bytes)} in ${path.relative(root, outDir)}/ (${elapsed(start)})`,
  )
  log.info(searchSummary(search))
  log.info(`time per step: ${timings.join(', ')}`)
  await oldFilesGone
}

/** The redirect pages, `_redirects` and the nginx map of content/redirects.yml (scripts/lib/redirects/). */
async function redirectOldAddresses(outDir: string): Promise<void> {
  const contentDir = path.resolve(root, process.env.CONTENT_DIR || 'content')
  // Most sites have no old addresses: then content/ is not read again at all.
  if (!(await stat(path.join(contentDir, REDIRECTS_FILE)).catch(() => undefined))) return
  // With the memo of this build's content checks, only files that changed are parsed again.
  const memo = await openCheckMemo(process.env.CONTENT_CHECK_CACHE, process.env.CONTENT_CHECK_VERSION)
  const { set } = await readContent(contentDir, { memo })
  const summary = await writeRedirects(outDir, set, process.env.SITE_URL || 'https://openambt.example')
  log.info(
    `old addresses: ${summary.pages} redirect pages, ${summary.rules} rules in _redirects and redirects.nginx.conf`,
  )
  for (const from of summary.shadowed) log.info(`old address ${from} is a page of the new site: no redirect`)
  for (const line of summary.unresolved) log.warn(`old address not redirected: ${line}`)
}

/** Pages Astro wrote in the last `astroBuild()`: rendered, or copied from the incremental cache. */
const astroOutput = { rendered: 0, reused: 0 }

/**
 * Where Astro itself builds, always the same folder, before the result moves to `outDir`. Astro
 * writes its output folder into the code of its image module (astro:assets), so with a different
 * folder every build (the publish flow's `builds/<id>.partial`) every page that shows an image
 * would count as changed code and be rendered again.
 */
const astroOutDir = path.join(astroCacheDir, 'out')

async function astroBuild(outDir: string, heapLimitMb: number | undefined): Promise<void> {
  const pending = path.join(astroCacheDir, UNFINISHED_MARKER)
  await mkdir(astroCacheDir, { recursive: true })
  await writeFile(pending, `${process.pid}\n`)
  const releaseAstroFolder = await lockAstroProjectFolder()
  try {
    // Not for a draft's preview: its base address differs every time.
    const warm = process.env.SITE_WARM_RENDERER === '1' && process.env.SITE_PREVIEW !== '1'
    if (!(warm && (await pagesFromRenderer(heapLimitMb)))) await pagesFromAstroBuild(heapLimitMb)
  } finally {
    releaseAstroFolder()
  }
  await moveFolder(astroOutDir, outDir)
  await rm(pending, { force: true })
}

/** The pages by a one-off `astro build`, again without a heap limit if it ran out of memory. */
async function pagesFromAstroBuild(heapLimitMb: number | undefined): Promise<void> {
  let exit = await astroPages(heapLimitMb)
  if (exit.outOfMemory && heapLimitMb) {
    // Slower and hungrier, but published: the content outgrew the limit, not the machine.
    log.warn(
      `Astro needed more than its ${heapLimitMb} MB heap (ASTRO_HEAP_MB); building the pages again without a limit. Raise ASTRO_HEAP_MB to skip this second try.`,
    )
    // Pages it rendered before it stopped are in the cache under the old keys (see UNFINISHED_MARKER).
    await forgetIncrementalPages()
    exit = await astroPages(undefined)
  }
  if (exit.code !== 0)
    throw new Error(
      exit.outOfMemory
        ? 'astro build ran out of memory (the message above says how much it had)'
        : `astro build failed with exit code ${exit.code}; the message above names the file`,
    )
}

/**
 * SITE_WARM_RENDERER=1 (the CMS's publishing): the pages by the renderer that stays running
 * (scripts/site-renderer.ts), which renders only what changed. False when it cannot be had (it
 * did not start, or stopped mid-build): the build then runs `astro build` as usual.
 */
async function pagesFromRenderer(heapLimitMb: number | undefined): Promise<boolean> {
  Object.assign(astroOutput, { rendered: 0, reused: 0 })
  try {
    const report = await renderWithRenderer({
      root,
      astroCacheDir,
      heapLimitMb,
      env: { ...process.env, SITE_OUT_DIR: astroOutDir, ASTRO_TELEMETRY_DISABLED: '1' },
      onLine: (line) => process.stdout.write(`${line}\n`),
      onStart: (why) => log.info(`starting the site renderer, which builds every page once (${why})`),
    })
    Object.assign(astroOutput, report)
    return true
  } catch (error) {
    if (!(error instanceof RendererUnavailable)) throw error
    log.warn(`${error.message}; building the pages with astro build instead`)
    return false
  }
}

/**
 * One `astro build` into `astroOutDir`. Astro's output passes through as it comes; its per-page
 * lines are counted on the way, so the summary says how much an incremental build reused
 * ("(restored)": copied from the cache).
 */
async function astroPages(heapLimitMb: number | undefined): Promise<AstroExit> {
  await rm(astroOutDir, { recursive: true, force: true })
  Object.assign(astroOutput, { rendered: 0, reused: 0 })
  return runAstroBuild({
    root,
    heapLimitMb,
    env: {
      ...process.env,
      SITE_OUT_DIR: astroOutDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}),
    },
    onLine: countPage,
  })
}

/**
 * Astro keeps files of a build in the project's own `.astro/`, wherever its caches and output are:
 * the image imports of the content (`content-assets.mjs`), and the code it renders the pages with
 * when its output folder lies outside the project (`.prerender/`). Two builds of one checkout at
 * once (a draft's preview beside a publish, tests side by side) overwrite and delete each other's
 * files there mid-render, so they take turns for the Astro step; the rest of a build runs freely.
 */
async function lockAstroProjectFolder(): Promise<() => void> {
  const shared = path.join(root, '.astro')
  return lockBuildCaches(shared, (holder) =>
    log.info(
      `waiting for another build's Astro step, which uses ${path.relative(root, shared)}/ (process ${holder})`,
    ),
  )
}

/**
 * Empties `to` the way Astro empties its output folder (all but `.git`) and moves what is in `from`
 * into it: renames, or copies where the two are on different file systems. The old files are
 * moved aside at once and deleted while the search index and the checks run (`oldFilesGone`):
 * at 18,000 pages deleting them takes seconds.
 */
async function moveFolder(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true })
  const aside = path.join(path.dirname(to), `.${path.basename(to)}.old`)
  // A build that stopped halfway may have left its old files aside.
  await rm(aside, { recursive: true, force: true })
  const old = (await readdir(to)).filter((name) => name !== '.git')
  if (old.length) {
    await mkdir(aside)
    for (const name of old) await rename(path.join(to, name), path.join(aside, name))
    oldFilesGone = removeInBackground(aside)
  }
  for (const name of await readdir(from)) {
    try {
      await rename(path.join(from, name), path.join(to, name))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
      await cp(path.join(from, name), path.join(to, name), { recursive: true })
    }
  }
  await rm(from, { recursive: true, force: true })
}

/** The deletion of the last build's files, which `moveFolder` leaves running. */
let oldFilesGone: Promise<void> = Promise.resolve()

/**
 * Deletes a folder in a Node process of its own: tens of thousands of deletions in this process
 * would queue before the file reads of the search index and the checks (one thread pool), and make
 * them many times slower.
 */
async function removeInBackground(dir: string): Promise<void> {
  const failed = (why: string) => log.warn(`could not delete the last build's files in ${dir}: ${why}`)
  const remove = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })'
  await runNode(['-e', remove, dir]).then(
    (code) => code === 0 || failed(`exit code ${code}`),
    (error: Error) => failed(error.message),
  )
}

function countPage(line: string): void {
  const page = pageLine(line)
  if (page) astroOutput[page.reused ? 'reused' : 'rendered']++
}

/** "pages and feeds: 12 rendered, 263 copied unchanged from the last build (incremental)". */
function renderSummary({ rendered, reused }: typeof astroOutput): string {
  return reused > 0
    ? `pages and feeds: ${rendered} rendered, ${reused} copied unchanged from the last build (incremental)`
    : `pages and feeds: ${rendered} rendered (none reused from an earlier build)`
}

/**
 * SITE_FULL_BUILD=1 (an editor's "rebuild everything"): rendered Markdown, the pages kept for
 * incremental builds, the search shards and the book are made again. Re-encoded images stay: their
 * cache is keyed by the image's bytes.
 */
async function forgetEverythingBuiltBefore(): Promise<void> {
  log.info('full build: dropping the cached pages, search shards and book')
  await rm(path.join(astroCacheDir, 'data-store.json'), { force: true })
  await forgetIncrementalPages()
  await rm(searchCacheDir, { recursive: true, force: true })
  await rm(bookOutDir(), { recursive: true, force: true })
}

/**
 * Astro's incremental build cache (astro.config.mjs, experimental.incrementalBuild): the list of
 * pages with their cache keys, and a copy of each page. Without it every page is rendered.
 */
async function forgetIncrementalPages(): Promise<void> {
  // A renderer that stays running holds the pages in memory too (scripts/site-renderer.ts).
  await stopRenderer(astroCacheDir)
  await rm(path.join(astroCacheDir, 'incremental-build.json'), { force: true })
  await rm(path.join(astroCacheDir, 'dist'), { recursive: true, force: true })
}

/** Written before Astro starts, removed when it finished: its presence means a build broke off. */
const UNFINISHED_MARKER = 'astro-build.unfinished'

/**
 * Astro overwrites the cached copy of each page as it renders it, but writes the list of cache keys
 * only at the end. A build that broke off (a page that failed to render, a killed process) leaves
 * new copies under the old keys: if the content then went back to what it was (the editor undid the
 * change that broke the build), the old key would match and the copy of the broken-off build would
 * be served. So after a build that did not finish, the page cache starts over.
 */
async function forgetPagesOfAnUnfinishedBuild(): Promise<void> {
  if (!(await stat(path.join(astroCacheDir, UNFINISHED_MARKER)).catch(() => undefined))) return
  log.info('the last page build did not finish: rendering every page again')
  await forgetIncrementalPages()
}

/**
 * Under the CMS (cms/publish/runSiteBuild.ts) a build runs in its own process group and must not
 * outlive the server that started it: if that server is killed, the build stops too, with Astro,
 * Pagefind and Chromium, instead of writing into a folder the restarted server cleans up.
 */
function stopWithParent(): void {
  const parent = Number(process.env.SITE_BUILD_PARENT_PID)
  if (!parent) return
  setInterval(() => {
    try {
      process.kill(parent, 0) // only asks whether it is still there
    } catch {
      process.kill(0, 'SIGKILL') // 0: our whole process group
    }
  }, 500).unref()
}

/**
 * Astro keeps rendered Markdown between builds, keyed by each file's content. When our Markdown
 * plugins change, that cache is stale although no content file changed, so it is dropped.
 */
async function forgetRenderedMarkdownIfPipelineChanged(): Promise<void> {
  const stamp = path.join(astroCacheDir, 'markdown-pipeline.sha256')
  const current = await fingerprint(root, [
    'site/lib/markdown',
    // What the loader keeps of each file (the body, or only its number of words).
    'site/lib/contentLoader.ts',
    // The content contract: the Markdown dialect, references, addresses.
    'model',
    // The words a body's video links and scrolling tables carry.
    'site/lib/i18n.ts',
    'astro.config.mjs',
  ])
  if ((await readFile(stamp, 'utf8').catch(() => '')) === current) return
  await rm(path.join(astroCacheDir, 'data-store.json'), { force: true })
  await mkdir(astroCacheDir, { recursive: true })
  await writeFile(stamp, current)
}

main().catch((error: unknown) => {
  log.error((error as Error).message)
  process.exitCode = 1
})
