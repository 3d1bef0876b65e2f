import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

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
})
