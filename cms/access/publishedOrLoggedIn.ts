import type { Access } from 'payload'

/** The public sees published documents only; anyone logged in to the admin sees drafts too. */
export const publishedOrLoggedIn: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
