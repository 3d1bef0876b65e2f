/** `npm run build:cms [-- --force]`: the production build of the admin, skipped when nothing changed. */
import path from 'node:path'

import { ensureCmsBuild } from './lib/cmsBuild'
import { logger } from './lib/log'
import { requireNode } from './lib/requireNode'

const root = path.resolve(import.meta.dirname, '..')

try {
  requireNode()
  // next build evaluates the config, which refuses weak secrets in production; a build needs none.
  const secret = process.env.PAYLOAD_SECRET || 'build-time-placeholder-'.padEnd(48, 'x')
  await ensureCmsBuild(
    root,
    { ...process.env, PAYLOAD_SECRET: secret, PROJECT_ROOT: root },
    { force: process.argv.includes('--force') },
  )
} catch (error) {
  logger('cms').error((error as Error).message)
  process.exitCode = 1
}
