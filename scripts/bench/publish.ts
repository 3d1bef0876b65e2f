/**
 * `npm run bench:publish`: publish-to-live on the demo content. Starts everything as `npm start`
 * does (a fresh database, content/ copy and live folder in a temporary directory, on ports 3400
 * and 4721), then publishes a post through the REST API several times and measures the seconds
 * until its page answers on the live site, with where the time went (from the build's record and
 * its log). The target is 10 seconds. `-- --runs 5` for more runs.
 */
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { logger } from '../lib/log'

const log = logger('bench')
const root = path.resolve(import.meta.dirname, '../..')
const runsArgument = process.argv.indexOf('--runs')
const runs = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 3
const cms = 'http://localhost:3400'
const live = 'http://localhost:4721'
const admin = { email: 'bench@example.org', password: 'bench-wachtwoord-0123456789' }
const TARGET_SECONDS = 10

const dir = mkdtempSync(path.join(tmpdir(), 'bench-publish-'))
cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true })
const server = spawn(
  process.execPath,
  [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'],
  {
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
    stdio: ['ignore', 'ignore', 'inherit'],
  },
)

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
  log.info(`starting the CMS and the live site in ${dir} (first start builds the admin and imports the demo)`)
  await waitFor('the first live build', async () => (await fetch(`${live}/`)).ok, 900_000, 1000)
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
