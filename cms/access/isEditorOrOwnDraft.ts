import type { Access, Where } from 'payload'

import { canPublish } from '../lib/roles'

/**
 * Editors and admins change everything. An author changes only documents they created that are
 * not live: once an editor has published a document, changing it is the editor's call.
 */
export const isEditorOrOwnDraft: Access = ({ req: { user } }) => {
  if (!user) return false
  if (canPublish(user)) return true
  const ownUnpublished: Where = {
    and: [{ createdBy: { equals: user.id } }, { _status: { not_equals: 'published' } }],
  }
  return ownUnpublished
}
