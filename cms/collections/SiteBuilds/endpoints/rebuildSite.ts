import type { Endpoint } from 'payload'

import { canPublish } from '../../../lib/roles'
import { requestSiteBuild } from '../../../publish/requestSiteBuild'

/**
 * POST /api/site-builds/rebuild: an editor asks for a full rebuild (every page, the search index
 * and the book made from scratch), for instance after a failed build was fixed.
 */
export const rebuildSite: Endpoint = {
  path: '/rebuild',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Log in to rebuild the site.' }, { status: 401 })
    if (!canPublish(req.user))
      return Response.json({ error: 'Only editors and admins can rebuild the site.' }, { status: 403 })
    await requestSiteBuild(req.payload, {
      trigger: `full rebuild asked for by ${req.user.email}`,
      full: true,
      force: true,
      delayMs: 0,
      req,
    })
    return Response.json({ queued: true }, { status: 202 })
  },
}
