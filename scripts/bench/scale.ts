/**
 * `npm run bench:scale [-- --posts 10000]`: the site at archive scale. Generates content of that
 * size (`npm run content:generate`), then times `npm run build` on it with the peak memory of the
 * whole process tree, step by step the way the archive lives:
 *
 * - cold: no caches at all (a new machine, or `SITE_FULL_BUILD`);
 * - no change: the same content again;
 * - one post changed, a new post, that post deleted: what a publish costs;
 * - the same again with the renderer that stays running between builds (SITE_WARM_RENDERER=1, as
 *   the CMS publishes): its first build, no change, another post changed, a new post, deleted;
 *   its memory counts with the build's;
 * - search: `npm run bench:search` on the result.
 *
 * Every step is checked against its budget (issue #17), printed as a table and written to
 * .cache/bench/scale-<posts>.json; the command fails when a budget is missed. Everything it builds
 * lives under .cache/scale/, apart from the repository's own dist/ and caches.
 */
import { cp, mkdir, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { setTimeout } from 'node:timers/promises'

import { logger } from '../lib/log'
import { measure, type Measured } from '../lib/bench/processTree'
import { requireNode } from '../lib/requireNode'
import { stopRenderer } from '../lib/siteRenderer/client'
import { IDLE_AFTER_BUILD_MS, rendererSocket } from '../lib/siteRenderer/protocol'

const log = logger('bench')
const root = path.resolve(import.meta.dirname, '../..')
const work = path.join(root, '.cache/scale')
const GiB = 1024 ** 3

/** The budgets of issue #17, on a 2-core machine. */
const BUDGETS = {
  coldSeconds: 180,
  coldBytes: 2 * GiB,
  /** A publish goes live within 10 s; the build is most of it. */
  changeSeconds: 10,
  changeBytes: 2 * GiB,
} as const

type Row = {
  step: string
  seconds: number
  peakMiB: number
  budgetSeconds: number
  budgetMiB: number
  ok: boolean
  /** The build's own account: time per step, pages rendered and reused. */
  detail: string
}

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`)
  if (index < 0) return fallback
  const value = Number(process.argv[index + 1])
  if (!Number.isInteger(value) || value < 2)
    throw new Error(`--${name} takes a whole number of at least 2, not "${process.argv[index + 1] ?? ''}"`)
  return value
}

const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs')

/** Time for the renderer's work between builds (2-5 s at 10,000 posts) once it starts. */
const BETWEEN_BUILDS_MARGIN_MS = 10_000

async function main(): Promise<void> {
  requireNode()
  const posts = option('posts', 10000)
  const content = path.join(work, 'content')
  const dist = path.join(work, 'dist')
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONTENT_DIR: content,
    SITE_OUT_DIR: dist,
    ASTRO_CACHE_DIR: path.join(work, 'astro'),
    SEARCH_CACHE_DIR: path.join(work, 'search'),
    BOOK_OUT_DIR: path.join(work, 'book'),
    CONTENT_CHECK_CACHE: path.join(work, 'content-checks.json'),
    DIST_CHECK_CACHE: path.join(work, 'dist-checks.json'),
    NO_COLOR: '1',
  }

  log.info(`generating ${posts} posts into ${path.relative(root, content)}/`)
  await rm(work, { recursive: true, force: true })
  await mkdir(work, { recursive: true })
  const generated = await measure(
    process.execPath,
    [tsx, 'scripts/generate-content.ts', '--posts', String(posts), '--out', content],
    { cwd: root, env },
  )
  if (generated.exitCode !== 0) throw new Error('generating the content failed (see above)')

  const rows: Row[] = []
  // With the renderer that stays running (as publishing builds), its memory counts too.
  const renderer = { on: false, socket: rendererSocket(String(env.ASTRO_CACHE_DIR)) }
  const build = async (step: string, cold: boolean, expect?: (dist: string) => Promise<void>) => {
    // Publishes come minutes apart: the renderer does its work between builds before the next.
    if (renderer.on && !cold) await setTimeout(IDLE_AFTER_BUILD_MS + BETWEEN_BUILDS_MARGIN_MS)
    log.info(`${step}: npm run build${renderer.on ? ' with the renderer that stays running' : ''}`)
    const result = await measure(process.execPath, [tsx, 'scripts/build-site.ts'], {
      cwd: root,
      env: renderer.on ? { ...env, SITE_WARM_RENDERER: '1' } : env,
      alsoCommand: renderer.on ? renderer.socket : undefined,
    })
    if (result.exitCode !== 0) throw new Error(`${step}: the build failed (see above)`)
    await expect?.(dist)
    rows.push(row(step, result, cold))
  }

  await build('cold build', true)
  await build('no change', false)
  const postsDir = path.join(content, 'posts')
  const names = (await readdir(postsDir)).filter((name) => name.endsWith('.nl.md')).sort()
  await publishSteps(build, postsDir, names[Math.floor(names.length / 2)], dist, '')

  // The same steps as publishing builds them: the renderer's first build is a full one.
  renderer.on = true
  await build('renderer starts', true)
  await build('publish: no change', false)
  await publishSteps(build, postsDir, names[Math.floor(names.length / 3)], dist, 'publish: ')
  await stopRenderer(String(env.ASTRO_CACHE_DIR))

  log.info('search: npm run bench:search')
  const search = await measure(process.execPath, [tsx, 'scripts/bench/search.ts'], { cwd: root, env })

  report(posts, rows, search)
  const file = path.join(root, '.cache/bench', `scale-${posts}.json`)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(
    file,
    `${JSON.stringify({ posts, date: new Date().toISOString(), budgets: BUDGETS, steps: rows, search: { ok: search.exitCode === 0, seconds: search.seconds } }, null, 2)}\n`,
  )
  log.info(`written to ${path.relative(root, file)}`)
  if (rows.some((each) => !each.ok) || search.exitCode !== 0) {
    log.error('a budget was missed (marked ✗ above)')
    process.exitCode = 1
  }
  await cp(file, path.join(work, 'result.json'))
}

type Build = (step: string, cold: boolean, expect?: (dist: string) => Promise<void>) => Promise<void>

/** One old post changed, a new post, that post deleted: each built and checked in the site. */
async function publishSteps(build: Build, postsDir: string, old: string, dist: string, prefix: string) {
  const changed = path.join(postsDir, old)
  const marker = `Bijgewerkt voor de meting van ${new Date().toISOString().slice(0, 10)}.`
  await writeFile(changed, `${await readFile(changed, 'utf8')}\n${marker}\n`)
  await build(`${prefix}one post changed`, false, async () => {
    const slug = /^slug: (.*)$/m.exec(await readFile(changed, 'utf8'))![1].trim()
    const page = await readFile(path.join(dist, 'blog', slug, 'index.html'), 'utf8')
    if (!page.includes(marker)) throw new Error(`the changed post /blog/${slug}/ does not show the change`)
  })

  const newId = `meting-nieuw-bericht${prefix ? '-2' : ''}`
  const newFile = path.join(postsDir, `${newId}.nl.md`)
  const template = await readFile(path.join(postsDir, old), 'utf8')
  await writeFile(
    newFile,
    template
      .replace(/^slug: .*$/m, `slug: ${newId}`)
      .replace(/^title: .*$/m, 'title: Een nieuw bericht voor de meting')
      .replace(/^date: .*$/m, `date: ${new Date().toISOString().slice(0, 10)}`),
  )
  await build(`${prefix}new post`, false, async () => {
    await readFile(path.join(dist, 'blog', newId, 'index.html'))
    const index = await readFile(path.join(dist, 'blog', 'index.html'), 'utf8')
    if (!index.includes(`/blog/${newId}/`)) throw new Error('the new post is not on the blog index')
  })

  await unlink(newFile)
  await build(`${prefix}deleted post`, false, async () => {
    const gone = await readFile(path.join(dist, 'blog', newId, 'index.html')).then(
      () => false,
      () => true,
    )
    if (!gone) throw new Error('the deleted post is still in the site')
  })
}

function row(step: string, result: Measured, cold: boolean): Row {
  const budgetSeconds = cold ? BUDGETS.coldSeconds : BUDGETS.changeSeconds
  const budgetBytes = cold ? BUDGETS.coldBytes : BUDGETS.changeBytes
  const steps = /time per step: (.*)$/m.exec(result.output)?.[1] ?? ''
  const pages = /pages and feeds: (\d+) rendered(?:, (\d+) copied)?/.exec(result.output)
  return {
    step,
    seconds: Number(result.seconds.toFixed(1)),
    peakMiB: Math.round(result.peakBytes / 1024 ** 2),
    budgetSeconds,
    budgetMiB: budgetBytes / 1024 ** 2,
    ok: result.seconds <= budgetSeconds && result.peakBytes <= budgetBytes,
    detail: [pages ? `${pages[1]} rendered, ${pages[2] ?? 0} reused` : '', steps].filter(Boolean).join('; '),
  }
}

function report(posts: number, rows: Row[], search: Measured): void {
  log.info(`at ${posts} posts:`)
  log.info('| step | time | budget | peak memory | budget | | detail |')
  log.info('| --- | --- | --- | --- | --- | --- | --- |')
  for (const each of rows)
    log.info(
      `| ${each.step} | ${each.seconds} s | ${each.budgetSeconds} s | ${each.peakMiB} MiB | ${each.budgetMiB} MiB | ${each.ok ? '✓' : '✗'} | ${each.detail} |`,
    )
  const searchLines = search.output
    .split('\n')
    .filter((line) => /first query|results after|budget/.test(line))
  log.info(
    `| search | ${search.seconds.toFixed(1)} s | | | | ${search.exitCode === 0 ? '✓' : '✗'} | see below |`,
  )
  for (const line of searchLines) log.info(`  ${line.replace(/^\[bench\] /, '')}`)
}

main().catch((error: unknown) => {
  log.error((error as Error).message)
  process.exitCode = 1
})
