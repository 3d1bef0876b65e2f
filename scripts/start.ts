/**
 * `npm start`: everything on one machine with the embedded default database.
 *   1. checks Node.js, keeps a PAYLOAD_SECRET in data/ when none is given,
 *   2. builds the admin when its sources changed,
 *   3. applies migrations, creates the first admin and imports content/ into an empty database, and
 *      queues a build of the site,
 *   4. starts the CMS on http://localhost:3000/admin, which runs that build (and one after every
 *      publish) and swaps each finished build in as the live site,
 *   5. serves the live site on http://localhost:4321/,
 * as one process tree that stops cleanly on Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'

import { liveLink } from '../cms/publish/liveSite'
import { ensureCmsBuild } from './lib/cmsBuild'
import { elapsed, logger } from './lib/log'
import { loadOrCreateSecret } from './lib/payloadSecret'
import { requireNode } from './lib/requireNode'

const log = logger('start')
const root = path.resolve(import.meta.dirname, '..')
const port = Number(process.env.CMS_PORT || 3000)
const sitePort = Number(process.env.SITE_PORT || 4321)
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs')
const next = path.join(root, 'node_modules/next/dist/bin/next')

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(args[0])} ${args[1] ?? ''} exited with ${code}`)),
    )
  })
}

async function waitUntilServing(url: string, server: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`the server for ${url} stopped with exit code ${server.exitCode}`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`nothing answered at ${url} within ${timeoutMs / 1000} s`)
}

async function main(): Promise<void> {
  requireNode()
  const started = performance.now()
  const dataDir = path.join(root, 'data')
  await mkdir(dataDir, { recursive: true })
  const { secret, created } = await loadOrCreateSecret(dataDir)
  if (created) log.info('generated a PAYLOAD_SECRET and stored it in data/payload-secret')

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PROJECT_ROOT: root,
    PAYLOAD_SECRET: secret,
  }
  log.info(`database: ${env.DATABASE_URL || 'file:./data/cms.db (SQLite, the default)'}`)

  await ensureCmsBuild(root, env)
  await run([tsx, 'scripts/prepare-cms.ts'], {
    ...env,
    PAYLOAD_JOBS_AUTORUN: 'false',
    DISABLE_PAYLOAD_HMR: 'true',
  })

  // The static server reads through the live link on every request, so a swap shows at once.
  const children = [
    spawn(process.execPath, [tsx, 'scripts/serve-dist.ts'], {
      cwd: root,
      env: { ...env, SITE_OUT_DIR: liveLink, SITE_PORT: String(sitePort) },
      stdio: 'inherit',
    }),
    spawn(process.execPath, [next, 'start', 'cms', '--port', String(port)], {
      cwd: root,
      env,
      stdio: 'inherit',
    }),
  ]
  const [site, cms] = children
  let stopping = false
  const stop = (reason: string, exitCode = 0) => {
    if (stopping) return
    stopping = true
    process.exitCode = exitCode
    log.info(`${reason}: stopping the CMS and the site`)
    for (const child of children) child.kill('SIGTERM')
    setTimeout(() => children.forEach((child) => child.kill('SIGKILL')), 10_000).unref()
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
  for (const [child, name] of [
    [cms, 'the CMS'],
    [site, 'the site server'],
  ] as const)
    child.on('exit', (code, signal) => {
      if (!stopping) {
        log.error(`${name} stopped unexpectedly (${signal ?? `exit code ${code}`})`)
        stop(`${name} stopped`, code || 1)
      }
      if (children.every((each) => each.exitCode !== null || each.signalCode !== null)) process.exit()
    })

  // The first request starts Payload inside the server, and with it the jobs that build the site.
  await waitUntilServing(`http://localhost:${port}/api/globals/site-settings`, cms)
  log.info(`CMS ready in ${elapsed(started)} at http://localhost:${port}/admin; building the site`)
  await waitUntilServing(`http://localhost:${sitePort}/`, site, 600_000)
  log.info(`ready in ${elapsed(started)}: site at http://localhost:${sitePort}/ (Ctrl-C stops)`)
}

main().catch((error: unknown) => {
  log.error((error as Error).message)
  if ((error as Error).cause) log.error(`cause: ${String((error as Error).cause)}`)
  process.exit(1)
})
