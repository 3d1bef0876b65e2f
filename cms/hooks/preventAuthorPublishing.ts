import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../lib/roles'

/** Authors write drafts; an editor decides what goes live. */
export const preventAuthorPublishing: CollectionBeforeChangeHook = ({ data, req }) => {
  if (hasRole(req.user, 'author') && data?._status === 'published') {
    throw new APIError(
      'Authors cannot publish. Save your work as a draft and ask an editor to publish it.',
      403,
      undefined,
      true,
    )
  }
  return data
}
