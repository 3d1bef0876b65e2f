import type { Access } from 'payload'

import { canPublish } from '../lib/roles'

/** For collections without drafts (media): editors change everything, authors what they uploaded. */
export const isEditorOrOwnDocument: Access = ({ req: { user } }) => {
  if (!user) return false
  if (canPublish(user)) return true
  return { createdBy: { equals: user.id } }
}
