import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

export const DEFAULT_ADMIN_EMAIL = 'admin@example.org'

/**
 * The first start on an empty database creates an admin, from ADMIN_EMAIL / ADMIN_PASSWORD when set,
 * otherwise with a generated password that is printed once. Nobody has to click through a
 * "create first user" screen on a server that may already be public.
 */
export async function ensureFirstAdmin(payload: Payload): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return

  const email = process.env.ADMIN_EMAIL?.trim() || DEFAULT_ADMIN_EMAIL
  const givenPassword = process.env.ADMIN_PASSWORD
  const password = givenPassword || randomBytes(15).toString('base64url')

  await payload.create({
    collection: 'users',
    overrideAccess: true,
    context: { skipBuild: true },
    data: { email, password, name: 'Beheerder', slug: 'beheerder', role: 'admin' },
  })

  if (givenPassword) {
    payload.logger.info(`Created the first admin account ${email} with the password from ADMIN_PASSWORD.`)
  } else {
    payload.logger.warn(
      [
        '',
        '  First start: created an admin account.',
        `    e-mail:   ${email}`,
        `    password: ${password}`,
        '  This password is shown only now. Log in at /admin and change it under "Account".',
        '',
      ].join('\n'),
    )
  }
}
