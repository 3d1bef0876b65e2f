import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFile, readdir, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { elapsed, logger } from './log'

const log = logger('cms')

/** What the production build of the admin depends on: our cms/ sources and the installed packages. */
async function sourceFingerprint(root: string): Promise<string> {
  const hash = createHash('sha256')
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      if (entry.name === '.next' || entry.name === 'node_modules') continue
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) await walk(full)
      else {
        hash.update(path.relative(root, full))
        hash.update(await readFile(full))
      }
    }
  }
  await walk(path.join(root, 'cms'))
  for (const file of ['package-lock.json', 'tsconfig.json']) {
    hash.update(file)
    hash.update(await readFile(path.join(root, file)).catch(() => Buffer.alloc(0)))
  }
  return hash.digest('hex')
}

const stampFile = (root: string) => path.join(root, 'cms/.next/source-fingerprint')

/** Builds the admin (next build) unless an up-to-date build of the same sources exists. */
export async function ensureCmsBuild(
  root: string,
  env: NodeJS.ProcessEnv,
  { force = false } = {},
): Promise<void> {
  const fingerprint = await sourceFingerprint(root)
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
