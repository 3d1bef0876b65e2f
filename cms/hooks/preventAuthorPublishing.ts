import type { CollectionBeforeChangeHook } from 'payload'

import { publicError } from '../lib/guards/publicError'
import { hasRole } from '../lib/roles'

export const AUTHORS_CANNOT_PUBLISH =
  'Authors cannot publish. Save your work as a draft and ask an editor to publish it.'

/**
 * Authors write drafts; an editor decides what goes live. The error is named explicitly: in the
 * production build a plain APIError reached the author as "An unknown error occurred."
 */
export const preventAuthorPublishing: CollectionBeforeChangeHook = ({ data, req }) => {
  if (hasRole(req.user, 'author') && data?._status === 'published') {
    throw publicError('AuthorsCannotPublish', AUTHORS_CANNOT_PUBLISH, 403)
  }
  return data
}
