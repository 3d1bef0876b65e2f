import type { CollectionAfterLoginHook } from 'payload'

import { clientIp } from '../../../lib/guards/clientIp'
import { authLimits, normalizeEmail, pairKey } from '../authLimits'

/**
 * A successful login clears the failures of that address from this client, and takes its own
 * attempt back from the client's count (so an office behind one address can log in every
 * morning), but leaves the client's other failures standing.
 */
export const clearLoginFailures: CollectionAfterLoginHook = ({ req, user }) => {
  if (req.payloadAPI === 'local') return user
  const client = clientIp(req.headers)
  const limits = authLimits()
  limits.loginPerAddress.forget(pairKey(normalizeEmail(user?.email), client))
  limits.loginPerClient.undo(client)
  return user
}
