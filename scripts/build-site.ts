/**
 * `npm run build`: the book (EPUB and PDF, skipped when unchanged), then the static site from
 * content/ into dist/ (Astro shows its progress) with the book's downloads, then a summary: pages,
 * files, size and time. Needs no CMS and no database.
 */
import { spawn } from 'node:child_process'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { checkBuiltSite } from './check-dist'
import { buildBookForSite, copyBookDownloads } from './lib/book/site'
import { dirStats, megabytes } from './lib/dirStats'
import { fingerprint } from './lib/fingerprint'
import { elapsed, logger } from './lib/log'
import { requireNode } from './lib/requireNode'
import { buildSearchIndex, searchSummary } from './lib/search'

const root = path.resolve(import.meta.dirname, '..')
const log = logger('build')

async function main(): Promise<void> {
  requireNode()
  const start = performance.now()
  await forgetRenderedMarkdownIfPipelineChanged()
  const outDir = path.resolve(root, process.env.SITE_OUT_DIR || 'dist')
  // The book first: the book page lists its downloads (scripts/lib/book/site.ts).
  await buildBookForSite()
  log.info(`building the site from content/ into ${path.relative(root, outDir)}/`)
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
  await copyBookDownloads(outDir)
  // Search: Pagefind indexes the built pages, shard by shard (scripts/lib/search/).
  const search = await buildSearchIndex(
    outDir,
    path.resolve(root, process.env.SEARCH_CACHE_DIR || '.cache/search'),
  )
  const stats = await dirStats(outDir)
  // A build that breaks a link, loads from elsewhere or blows a budget does not count as built.
  if (!(await checkBuiltSite())) throw new Error('the built site has problems (listed above)')
  log.info(
    `site: ${stats.pages} pages, ${stats.files} files, ${megabytes(stats.bytes)} in ${path.relative(root, outDir)}/ (${elapsed(start)})`,
  )
  log.info(searchSummary(search))
}

/**
 * Astro keeps rendered Markdown between builds, keyed by each file's content. When our Markdown
 * plugins change, that cache is stale although no content file changed, so it is dropped.
 */
async function forgetRenderedMarkdownIfPipelineChanged(): Promise<void> {
  const cacheDir = path.resolve(root, process.env.ASTRO_CACHE_DIR || '.cache/astro')
  const stamp = path.join(cacheDir, 'markdown-pipeline.sha256')
  const current = await fingerprint(root, [
    'site/lib/markdown',
    'cms/content/markdown',
    'cms/content/references.ts',
    'astro.config.mjs',
  ])
  if ((await readFile(stamp, 'utf8').catch(() => '')) === current) return
  await rm(path.join(cacheDir, 'data-store.json'), { force: true })
  await mkdir(cacheDir, { recursive: true })
  await writeFile(stamp, current)
}

main().catch((error: unknown) => {
  log.error((error as Error).message)
  process.exitCode = 1
})
