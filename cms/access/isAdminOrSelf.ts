import type { Access } from 'payload'

import { isAdminUser } from '../lib/roles'

/** Everyone manages their own account; only admins manage other people's. */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdminUser(user)) return true
  return { id: { equals: user.id } }
}
