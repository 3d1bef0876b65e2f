import type { CollectionBeforeValidateHook } from 'payload'

/** A new post without authors is credited to whoever writes it. */
export const defaultAuthorToCurrentUser: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation === 'create' && data && !data.authors?.length && req.user?.collection === 'users') {
    return { ...data, authors: [req.user.id] }
  }
  return data
}
