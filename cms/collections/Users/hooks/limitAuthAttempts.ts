import type { CollectionBeforeOperationHook } from 'payload'

import { clientIp } from '../../../lib/guards/clientIp'
import { publicError, setRetryAfter } from '../../../lib/guards/publicError'
import { authLimits, normalizeEmail, pairKey } from '../authLimits'

/**
 * Counts every login and password reset request from the network (REST, GraphQL and the admin,
 * which logs in through REST) before Payload looks at it, and refuses with 429 and Retry-After
 * when the address (from this client) or the client itself has failed too often. The answer is
 * the same whether the address has an account or not. The Local API is not limited: it is not
 * reachable from outside.
 */
export const limitAuthAttempts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const limits = authLimits()
  const [perAddress, perClient] =
    operation === 'login'
      ? [limits.loginPerAddress, limits.loginPerClient]
      : [limits.resetPerAddress, limits.resetPerClient]
  const client = clientIp(req.headers)
  const pair = pairKey(normalizeEmail((args as { data?: { email?: unknown } }).data?.email), client)
  const wait = Math.max(perAddress.waitFor(pair), perClient.waitFor(client))
  if (wait > 0) {
    setRetryAfter(req, wait)
    const what = operation === 'login' ? 'login attempts' : 'password reset requests'
    throw publicError('TooManyAttempts', `Too many ${what}. Try again in ${describe(wait)}.`, 429)
  }
  perAddress.attempt(pair)
  perClient.attempt(client)
  return args
}

const describe = (ms: number) => {
  const seconds = Math.ceil(ms / 1000)
  return seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`
}
