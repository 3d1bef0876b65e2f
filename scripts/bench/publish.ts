/**
 * `npm run bench:publish`: publish-to-live on the demo content. Starts everything as `npm start`
 * does (a fresh database, content/ copy and live folder in a temporary directory, on ports 3400
 * and 4721), then publishes a post through the REST API several times and measures the seconds
 * until its page answers on the live site, with where the time went (from the build's record and
 * its log). The target is 10 seconds. `-- --runs 5` for more runs.
 *
 * `-- --scale [--posts 10000]` does the same on the generated archive of `npm run bench:scale`
 * (`.cache/scale/content/`, generated first when it is missing or of another size): the first
 * start then imports all of it into the CMS and builds the live site cold, and both are timed too.
 */
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { logger } from '../lib/log'
import { measure } from '../lib/bench/processTree'

const log = logger('bench')
const root = path.resolve(import.meta.dirname, '../..')
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs')
const numberOption = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`)
  const value = index > 0 ? Number(process.argv[index + 1]) : fallback
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} takes a whole number of at least 1, not "${process.argv[index + 1] ?? ''}"`)
  return value
}
const runs = numberOption('runs', 3)
const scale = process.argv.includes('--scale')
const scalePosts = numberOption('posts', 10000)
const cms = 'http://localhost:3400'
const live = 'http://localhost:4721'
const admin = { email: 'bench@example.org', password: 'bench-wachtwoord-0123456789' }
const TARGET_SECONDS = 10

/** The generated archive of that size, made first when it is not there yet. */
async function scaleContent(): Promise<string> {
  const content = path.join(root, '.cache/scale/content')
  const marker = path.join(content, '.generated-content.json')
  const made = existsSync(marker) ? (JSON.parse(readFileSync(marker, 'utf8')) as { posts?: number }) : {}
  if (made.posts === scalePosts) return content
  log.info(`generating ${scalePosts} posts into ${path.relative(root, content)}/`)
  const generated = await measure(
    process.execPath,
    [tsx, 'scripts/generate-content.ts', '--posts', String(scalePosts), '--out', content],
    { cwd: root, env: process.env },
  )
  if (generated.exitCode !== 0) throw new Error('generating the content failed (see above)')
  return content
}

const dir = mkdtempSync(path.join(tmpdir(), 'bench-publish-'))
cpSync(scale ? await scaleContent() : path.join(root, 'content'), path.join(dir, 'content'), {
  recursive: true,
})
const startedAt = Date.now()
const server = spawn(process.execPath, [tsx, 'scripts/start.ts'], {
  cwd: root,
  env: {
    ...process.env,
    DATABASE_URL: `file:${path.join(dir, 'cms.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    CONTENT_DIR: path.join(dir, 'content'),
    SITE_DIR: path.join(dir, 'site'),
    ASTRO_CACHE_DIR: path.join(dir, 'cache/astro'),
    SEARCH_CACHE_DIR: path.join(dir, 'cache/search'),
    BOOK_OUT_DIR: path.join(dir, 'cache/book'),
    CMS_PORT: '3400',
    SITE_PORT: '4721',
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    PAYLOAD_SECRET: 'bench-secret-for-this-run-only-0123456789abcdef',
  },
  // At scale the import and the cold build take many minutes: their progress is shown.
  stdio: ['ignore', scale ? 'inherit' : 'ignore', 'inherit'],
})
// The copy, its database and its live sites (half a gigabyte at scale) go with the server.
server.on('exit', () => rmSync(dir, { recursive: true, force: true }))

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
  everyMs = 100,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return
    await sleep(everyMs)
  }
  throw new Error(`timed out waiting for ${what}`)
}

type Build = {
  trigger: string
  status: string
  startedAt: string
  finishedAt: string
  summary: string
  log: string
}

async function main(): Promise<void> {
  log.info(
    `starting the CMS and the live site in ${dir} (first start builds the admin and imports ${scale ? `${scalePosts} posts` : 'the demo'})`,
  )
  await waitFor(
    'the CMS',
    async () => (await fetch(`${cms}/api/globals/site-settings`)).ok,
    3 * 3600_000,
    1000,
  )
  const imported = (Date.now() - startedAt) / 1000
  await waitFor('the first live build', async () => (await fetch(`${live}/`)).ok, 3 * 3600_000, 1000)
  const firstLive = (Date.now() - startedAt) / 1000
  log.info(
    `the CMS answered after ${imported.toFixed(0)} s (admin build and import), the live site after ${firstLive.toFixed(0)} s`,
  )
  const login = await fetch(`${cms}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(admin),
  })
  const { token } = (await login.json()) as { token: string }
  const headers = { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }
  const authors = await fetch(`${cms}/api/users?where[contentId][equals]=marloes-jansen&depth=0`, { headers })
  const authorId = ((await authors.json()) as { docs: { id: number }[] }).docs[0].id

  const results: number[] = []
  for (let run = 1; run <= runs; run++) {
    const title = `Meetbericht ${run} voor publiceren naar live`
    const slug = `meetbericht-${run}-voor-publiceren-naar-live`
    const paragraph = (text: string) => ({
      type: 'paragraph',
      version: 1,
      children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
    })
    const started = Date.now()
    const created = await fetch(`${cms}/api/posts`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        title,
        summary: 'Een bericht om de tijd van publiceren tot live te meten.',
        authors: [authorId],
        _status: 'published',
        body: {
          root: { type: 'root', version: 1, children: [paragraph('Gemeten van publiceren tot live.')] },
        },
      }),
    })
    if (!created.ok) throw new Error(`publishing failed: HTTP ${created.status} ${await created.text()}`)
    await waitFor(
      `/blog/${slug}/ on the live site`,
      async () => (await fetch(`${live}/blog/${slug}/`)).ok,
      120_000,
      50,
    )
    const seconds = (Date.now() - started) / 1000
    results.push(seconds)

    // The page is live a moment before the build's record is finished; wait for the record.
    let build: Build | undefined
    await waitFor(
      'the build record',
      async () => {
        const builds = await fetch(`${cms}/api/site-builds?sort=-startedAt&limit=1&depth=0`, { headers })
        build = ((await builds.json()) as { docs: Build[] }).docs[0]
        return build?.status !== 'running'
      },
      30_000,
    )
    if (!build) throw new Error('no build record')
    const waited = (new Date(build.startedAt).getTime() - started) / 1000
    const steps = build.log.match(/time per step: (.*)/)?.[1] ?? 'n/a'
    log.info(`run ${run}: live after ${seconds.toFixed(1)} s`)
    log.info(`  queued and waiting (burst delay, then the next poll): ${waited.toFixed(1)} s`)
    log.info(`  ${build.summary}`)
    log.info(`  inside the build: ${steps}`)
    await sleep(1500)
  }
  const median = [...results].sort((a, b) => a - b)[Math.floor(results.length / 2)]
  log.info(
    `publish-to-live, median of ${runs}: ${median.toFixed(1)} s (target ${TARGET_SECONDS} s): ${results.map((each) => each.toFixed(1)).join(', ')}`,
  )
  if (median > TARGET_SECONDS) process.exitCode = 1
}

main()
  .catch((error: unknown) => {
    log.error((error as Error).message)
    process.exitCode = 1
  })
  .finally(() => server.kill('SIGTERM'))
