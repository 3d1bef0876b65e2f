/**
 * `npm run check:migrations`: fails when the collections changed without a committed SQLite
 * migration. It asks Payload to generate one; if Payload finds nothing to migrate, all is well.
 */
import { spawnSync } from 'node:child_process'
import { readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { logger } from './lib/log'

const root = path.resolve(import.meta.dirname, '..')
const dir = path.join(root, 'cms/migrations')
const log = logger('migrations')

const before = new Set(await readdir(dir))
const indexFile = path.join(dir, 'index.ts')
const indexBefore = await readFile(indexFile, 'utf8')
const result = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/payload/bin.js'), 'migrate:create', 'schema-drift-check', '--skip-empty'],
  {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts',
      DISABLE_PAYLOAD_HMR: 'true',
      NODE_OPTIONS: '--no-deprecation',
    },
  },
)
const added = (await readdir(dir)).filter((file) => !before.has(file))
if (result.status !== 0) {
  log.error(`payload migrate:create failed:\n${result.stderr || result.stdout}`)
  process.exitCode = 1
} else if (added.length > 0) {
  // Leave the folder as it was: the check reports, the developer names and commits the migration.
  for (const file of added) await rm(path.join(dir, file))
  await writeFile(indexFile, indexBefore)
  log.error(
    'the collections changed but no migration describes the change. Run `npm run migrate:create -- <name>` ' +
      'and commit the files it writes to cms/migrations.',
  )
  process.exitCode = 1
} else {
  log.info('migrations match the collections')
}
