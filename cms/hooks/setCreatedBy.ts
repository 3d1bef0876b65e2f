import type { CollectionBeforeChangeHook } from 'payload'

/** Records the logged-in user as the creator; imports without a user leave it empty. */
export const setCreatedBy: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user && req.user.collection === 'users') {
    return { ...data, createdBy: req.user.id }
  }
  return data
}
