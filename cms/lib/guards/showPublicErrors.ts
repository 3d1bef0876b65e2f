import type { AfterErrorHook } from 'payload'

/** What Payload's formatErrors answers for an error it cannot place. */
const UNKNOWN = 'An unknown error occurred.'

/**
 * Payload formats an error without `data` by its `name`, which comes from the class name. The
 * production build minifies class names, so a hook's `new APIError('Authors cannot publish...',
 * 403)` reached the client as 403 "An unknown error occurred.". For errors Payload deems public
 * (a status below 500, or isPublic) this puts the error's own message back. Errors that are not
 * public keep Payload's "Something went wrong.".
 */
export const showPublicErrors: AfterErrorHook = ({ error, result }) => {
  if (!result || result.errors?.[0]?.message !== UNKNOWN || !error.message) return
  const { status, isPublic } = error as Error & { status?: number; isPublic?: boolean }
  const shown = isPublic === true || (isPublic !== false && typeof status === 'number' && status < 500)
  if (!shown) return
  return { response: { ...result, errors: [{ message: error.message }] } }
}
