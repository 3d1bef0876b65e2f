/**
 * `npm run build`: the book (EPUB and PDF, skipped when unchanged), then the static site from
 * content/ into dist/ (Astro shows its progress) with the book's downloads, then a summary: pages,
 * files, size and time. Needs no CMS and no database.
 */
import { spawn } from 'node:child_process'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { checkBuiltSite } from './check-dist'
import { bookOutDir } from '../site/lib/bookDownloads'
import { buildBookForSite, copyBookDownloads } from './lib/book/site'
import { dirStats, megabytes } from './lib/dirStats'
import { fingerprint } from './lib/fingerprint'
import { elapsed, logger } from './lib/log'
import { requireNode } from './lib/requireNode'
import { buildSearchIndex, searchSummary } from './lib/search'

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
  if (process.env.SITE_FULL_BUILD === '1') await forgetEverythingBuiltBefore()
  await forgetRenderedMarkdownIfPipelineChanged()
  const outDir = path.resolve(root, process.env.SITE_OUT_DIR || 'dist')
  if (process.env.SITE_PREVIEW === '1') {
    // A draft's preview in the CMS (cms/publish/preview.ts): the pages only, served behind login.
    log.info(`building a preview into ${outDir}/`)
    await step(timings, 'pages', () => astroBuild())
    log.info(`preview built (${elapsed(start)})`)
    return
  }
  // The book first: the book page lists its downloads (scripts/lib/book/site.ts).
  await step(timings, 'book', buildBookForSite)
  log.info(`building the site from content/ into ${path.relative(root, outDir)}/`)
  await step(timings, 'pages', () => astroBuild())
  await copyBookDownloads(outDir)
  // Search: Pagefind indexes the built pages, shard by shard (scripts/lib/search/).
  const search = await step(timings, 'search index', () => buildSearchIndex(outDir, searchCacheDir))
  const stats = await dirStats(outDir)
  // A build that breaks a link, loads from elsewhere or blows a budget does not count as built.
  if (!(await step(timings, 'checks', () => checkBuiltSite())))
    throw new Error('the built site has problems (listed above)')
  log.info(
    `site: ${stats.pages} pages, ${stats.files} files, ${megabytes(stats.bytes)} in ${path.relative(root, outDir)}/ (${elapsed(start)})`,
  )
  log.info(searchSummary(search))
  log.info(`time per step: ${timings.join(', ')}`)
}

async function astroBuild(): Promise<void> {
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'inherit',
    })
    child.on('error', reject)
    child.on('exit', (exitCode) => resolve(exitCode ?? 1))
  })
  if (code !== 0)
    throw new Error(`astro build failed with exit code ${code}; the message above names the file`)
}

/**
 * SITE_FULL_BUILD=1 (an editor's "rebuild everything"): rendered Markdown, the search shards and
 * the book are made again. Re-encoded images stay: their cache is keyed by the image's bytes.
 */
async function forgetEverythingBuiltBefore(): Promise<void> {
  log.info('full build: dropping the cached pages, search shards and book')
  await rm(path.join(astroCacheDir, 'data-store.json'), { force: true })
  await rm(searchCacheDir, { recursive: true, force: true })
  await rm(bookOutDir(), { recursive: true, force: true })
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
    'cms/content/markdown',
    'cms/content/references.ts',
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
