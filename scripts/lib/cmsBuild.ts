import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { fingerprint } from './fingerprint'
import { elapsed, logger } from './log'
import { runNodeToSuccess } from './runNode'

const log = logger('cms')

/**
 * What the production build of the admin depends on: our cms/ sources, the content contract it bundles
^ * (model/), the installed packages, and CMS_URL, which decides the
 * security headers Next fixes at build time (HSTS, upgrade-insecure-requests).
 */
const sourceFingerprint = async (root: string, env: NodeJS.ProcessEnv) =>
  `${await fingerprint(root, ['cms', 'model', 'package-lock.json', 'tsconfig.json'])} CMS_URL=${env.CMS_URL ?? ''}`

const stampFile = (root: string) => path.join(root, 'cms/.next/source-fingerprint')
/** How long the last admin build took on this machine: the estimate for the next one. */
const durationFile = (root: string) => path.join(root, '.cache/cms-build-seconds')

/** Between Next's own lines the compiler can be silent for minutes: say that it is still working. */
const HEARTBEAT_MS = 30_000

/** Builds the admin (next build) unless an up-to-date build of the same sources exists. */
export async function ensureCmsBuild(
  root: string,
  env: NodeJS.ProcessEnv,
  { force = false } = {},
): Promise<void> {
  const fingerprint = await sourceFingerprint(root, env)
  const hasBuild = await stat(path.join(root, 'cms/.next/BUILD_ID')).then(
    () => true,
    () => false,
  )
  const previous = await readFile(stampFile(root), 'utf8').catch(() => '')
  if (!force && hasBuild && previous === fingerprint) {
    log.info('admin build is up to date')
    return
  }
  const last = Number(await readFile(durationFile(root), 'utf8').catch(() => ''))
  const estimate =
    last > 0
      ? `the last build here took ${Math.max(1, Math.round(last / 60))} min`
      : 'usually 2 to 4 minutes on two cores, up to 10 on a busy machine'
  log.info(
    `${hasBuild ? 'sources changed: rebuilding the admin' : 'building the admin for the first time'} (${estimate})`,
  )
  const start = performance.now()
  const heartbeat = setInterval(
    () => log.info(`still building the admin (${elapsed(start)} so far)`),
    HEARTBEAT_MS,
  )
  await runNodeToSuccess('next build', [path.join(root, 'node_modules/next/dist/bin/next'), 'build', 'cms'], {
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1' },
    stdin: 'inherit',
  }).finally(() => clearInterval(heartbeat))
  await writeFile(stampFile(root), fingerprint)
  await mkdir(path.dirname(durationFile(root)), { recursive: true })
  await writeFile(durationFile(root), String(Math.round((performance.now() - start) / 1000)))
  log.info(`admin built in ${elapsed(start)}`)
}
