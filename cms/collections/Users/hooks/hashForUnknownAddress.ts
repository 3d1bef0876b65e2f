import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import type { CollectionBeforeOperationHook } from 'payload'

import { normalizeEmail } from '../authLimits'

const hash = promisify(pbkdf2)

/**
 * Payload answers a login for an unknown address at once, but spends a password hash on a known
 * one: the delay told which addresses have accounts. For an unknown address this hashes the
 * password as Payload would (its current scheme: PBKDF2-SHA256, 600,000 iterations, 32 bytes)
 * and throws the result away, so both answers take about as long. Payload then refuses the login
 * with its usual message, the same as for a wrong password.
 */
export const hashForUnknownAddress: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = normalizeEmail(data?.email)
  if (!email || typeof data?.password !== 'string') return args
  const found = await req.payload.db.findOne({
    collection: 'users',
    req,
    select: { id: true },
    where: { email: { equals: email } },
  })
  if (!found) await hash(data.password, randomBytes(32).toString('hex'), 600_000, 32, 'sha256')
  return args
}
