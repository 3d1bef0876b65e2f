/**
 * `npm start`: everything on one machine with the embedded default database.
 *   1. checks Node.js, keeps a PAYLOAD_SECRET in data/ when none is given,
 *   2. builds the admin when its sources changed,
 *   3. applies migrations, creates the first admin and imports content/ into an empty database, and
 *      queues a build of the site,
 *   4. starts the CMS on http://localhost:3000/admin, which runs that build (and one after every
 *      publish) and swaps each finished build in as the live site,
 *   5. serves the live site on http://localhost:4321/, restarting that server if it crashes,
 * as one process tree that stops cleanly on Ctrl-C. Both listen on HOST, 127.0.0.1 (this machine
 * only) by default: in production a reverse proxy with TLS sits in front of them.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'

import { liveLink } from '../cms/publish/liveSite'
import { ensureCmsBuild } from './lib/cmsBuild'
import { elapsed, logger } from './lib/log'
import { loadOrCreateSecret } from './lib/payloadSecret'
import { requireNode } from './lib/requireNode'
import { runNodeToSuccess } from './lib/runNode'
import { DEFAULT_HOST } from './lib/siteServer'
import { howItEnded, stopChild, superviseChild } from './lib/superviseChild'

const log = logger('start')
const root = path.resolve(import.meta.dirname, '..')
const port = Number(process.env.CMS_PORT || 3000)
const sitePort = Number(process.env.SITE_PORT || 4321)
const host = process.env.HOST || DEFAULT_HOST
/**
 * Where to reach a server bound to `host` from this machine. An address for all interfaces is
 * reached on loopback; 127.0.0.1 rather than "localhost", which Node may resolve to ::1 first.
 */
const reachable = (address: string): string =>
  address === '0.0.0.0' || address === '::' ? '127.0.0.1' : address.includes(':') ? `[${address}]` : address
/** What to show people: "localhost" for loopback, which their browser finds either way. */
const shown = (address: string): string =>
  ['127.0.0.1', '0.0.0.0', '::', '::1'].includes(address) ? 'localhost' : reachable(address)
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs')
const next = path.join(root, 'node_modules/next/dist/bin/next')

/** Waits until `url` answers; `gone()` says why it never will (its server stopped for good). */
async function waitUntilServing(
  url: string,
  gone: () => string | undefined,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const why = gone()
    if (why) throw new Error(`the server for ${url} ${why}`)
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
  await runNodeToSuccess('preparing the CMS', [tsx, 'scripts/prepare-cms.ts'], {
    env: {
      ...env,
      PAYLOAD_JOBS_AUTORUN: 'false',
      DISABLE_PAYLOAD_HMR: 'true',
    },
    stdin: 'inherit',
  })

  // The static server reads through the live link on every request, so a swap shows at once. It is
  // restarted when it crashes: the CMS (and the editors' work in it) must not go down with it.
  const site = superviseChild({
    name: 'the site server',
    start: () =>
      spawn(process.execPath, [tsx, 'scripts/serve-dist.ts'], {
        cwd: root,
        env: { ...env, SITE_OUT_DIR: liveLink, SITE_PORT: String(sitePort), HOST: host },
        stdio: 'inherit',
      }),
    log,
    onGiveUp: (reason) => stop(reason, 1),
  })
  const cms: ChildProcess = spawn(
    process.execPath,
    [next, 'start', 'cms', '--port', String(port), '--hostname', host],
    { cwd: root, env, stdio: 'inherit' },
  )
  let stopping = false
  function stop(reason: string, exitCode = 0): void {
    if (stopping) return
    stopping = true
    process.exitCode = exitCode
    log.info(`${reason}: stopping the CMS and the site`)
    void Promise.all([stopChild(cms), site.stop()]).then(() => process.exit())
  }
  shutdown = stop
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
  cms.on('exit', (code, signal) => {
    if (stopping) return
    log.error(`the CMS stopped unexpectedly (${howItEnded(code, signal)})`)
    stop('the CMS stopped', code || 1)
  })

  const cmsUrl = `http://${reachable(host)}:${port}`
  const siteUrl = `http://${reachable(host)}:${sitePort}/`
  // The first request starts Payload inside the server, and with it the jobs that build the site.
  await waitUntilServing(`${cmsUrl}/api/globals/site-settings`, () =>
    cms.exitCode !== null || cms.signalCode !== null
      ? `stopped (${howItEnded(cms.exitCode, cms.signalCode)})`
      : undefined,
  )
  log.info(`CMS ready in ${elapsed(started)} at http://${shown(host)}:${port}/admin; building the site`)
  // No time limit: the first build of a large archive takes many minutes, and one that fails is
  // shown in the admin to be fixed there, so the CMS stays up either way.
  await waitUntilServing(siteUrl, () => (site.gaveUp ? 'keeps stopping' : undefined), Infinity)
  log.info(`ready in ${elapsed(started)}: site at http://${shown(host)}:${sitePort}/ (Ctrl-C stops)`)
}

/** Stops the CMS and the site once they run, so a failure after starting them leaves none behind. */
let shutdown: ((reason: string, exitCode?: number) => void) | undefined

main().catch((error: unknown) => {
  log.error((error as Error).message)
  if ((error as Error).cause) log.error(`cause: ${String((error as Error).cause)}`)
  if (shutdown) shutdown('could not start', 1)
  else process.exit(1)
})
