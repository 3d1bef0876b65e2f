/** What happens on the first start of a fresh installation, and what stops a production start. */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { ensureFirstAdmin, DEFAULT_ADMIN_EMAIL } from '../../cms/hooks/ensureFirstAdmin'
import { restJson, startCms, stopCms } from './helpers/cms'

let payload: Payload

beforeAll(async () => {
  payload = await startCms()
})
afterAll(async () => {
  await stopCms(payload)
})

describe('first start on an empty database', () => {
  test('creates the first admin from ADMIN_EMAIL and ADMIN_PASSWORD', async () => {
    const users = await payload.find({ collection: 'users', overrideAccess: true })
    expect(users.totalDocs).toBe(1)
    expect(users.docs[0]).toMatchObject({ email: process.env.ADMIN_EMAIL, role: 'admin' })

    const login = await restJson<{ user: { role: string } }>('POST', '/users/login', {
      body: { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD },
    })
    expect(login.status).toBe(200)
    expect(login.json.user.role).toBe('admin')
  })

  test('without ADMIN_PASSWORD, prints a generated password once, and that password logs in', async () => {
    await payload.delete({ collection: 'users', where: { id: { exists: true } }, overrideAccess: true })
    const printed: string[] = []
    const warn = payload.logger.warn.bind(payload.logger)
    payload.logger.warn = ((message: string) => printed.push(String(message))) as typeof payload.logger.warn
    const saved = { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD }
    delete process.env.ADMIN_EMAIL
    delete process.env.ADMIN_PASSWORD
    try {
      await ensureFirstAdmin(payload)
      await ensureFirstAdmin(payload) // a second start creates nobody and prints nothing
    } finally {
      payload.logger.warn = warn
      Object.assign(process.env, { ADMIN_EMAIL: saved.email, ADMIN_PASSWORD: saved.password })
    }
    expect(printed).toHaveLength(1)
    const password = printed[0].match(/password: (\S+)/)?.[1]
    expect(password).toMatch(/^[\w-]{20}$/)
    expect(printed[0]).toContain(`e-mail:   ${DEFAULT_ADMIN_EMAIL}`)

    const login = await restJson('POST', '/users/login', { body: { email: DEFAULT_ADMIN_EMAIL, password } })
    expect(login.status).toBe(200)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(1)
  })
})

describe('a production start', () => {
  const root = path.resolve(import.meta.dirname, '../..')
  const prepare = (secret: string | undefined) =>
    spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/prepare-cms.ts'],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 90_000,
        env: {
          ...process.env,
          NODE_ENV: 'production',
          PAYLOAD_SECRET: secret ?? '',
          DATABASE_URL: `file:${path.join(process.env.TEST_RUN_DIR!, 'production.db')}`,
        },
      },
    )

  test('refuses to run without a PAYLOAD_SECRET, saying what to do', () => {
    const result = prepare(undefined)
    expect(result.status).not.toBe(0)
    expect(result.stderr + result.stdout).toContain('PAYLOAD_SECRET is not set')
  })

  test('refuses a well-known default secret', () => {
    const result = prepare('YOUR_SECRET_HERE')
    expect(result.status).not.toBe(0)
    expect(result.stderr + result.stdout).toContain('PAYLOAD_SECRET is a well-known default value')
  })

  test('starts with a real secret, applies the migrations and imports content/ into the empty database', () => {
    const first = prepare('c0ffee'.repeat(8))
    expect(first.stderr).not.toContain('error')
    expect(first.status).toBe(0)
    expect(first.stdout).toContain('empty database: importing content/')
    expect(first.stdout).toMatch(/imported \d+ documents and images/)
    expect(first.stdout).toContain('database ready (sqlite')

    const second = prepare('c0ffee'.repeat(8))
    expect(second.status).toBe(0)
    expect(second.stdout).not.toContain('importing content/')
  })
})
