import type { Access } from 'payload'

import { canPublish } from '../lib/roles'

/** Editors and admins: they manage shared things such as topics, books and site settings. */
export const isEditor: Access = ({ req: { user } }) => canPublish(user)
