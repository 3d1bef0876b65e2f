import { spawn } from 'node:child_process'
import { readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { fingerprint } from './fingerprint'
import { elapsed, logger } from './log'

const log = logger('cms')

/**
 * What the production build of the admin depends on: our cms/ sources, the content contract it bundles
^ * (model/), the installed packages, and CMS_URL, which decides the
 * security headers Next fixes at build time (HSTS, upgrade-insecure-requests).
 */
const sourceFingerprint = async (root: string, env: NodeJS.ProcessEnv) =>
  `${await fingerprint(root, ['cms', 'model', 'package-lock.json', 'tsconfig.json'])} CMS_URL=${env.CMS_URL ?? ''}`

const stampFile = (root: string) => path.join(root, 'cms/.next/source-fingerprint')

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
  log.info(
    hasBuild
      ? 'sources changed: rebuilding the admin (about a minute)'
      : 'building the admin for the first time (about a minute)',
  )
  const start = performance.now()
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'node_modules/next/dist/bin/next'), 'build', 'cms'],
      {
        cwd: root,
        env: { ...env, NEXT_TELEMETRY_DISABLED: '1' },
        stdio: 'inherit',
      },
    )
    child.on('error', (cause) => reject(new Error('Could not run next build', { cause })))
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`next build failed with exit code ${code}`)),
    )
  })
  await writeFile(stampFile(root), fingerprint)
  log.info(`admin built in ${elapsed(start)}`)
}
