import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { requestSiteBuild } from '../../../publish/requestSiteBuild'
import { queueSiteBuildAfterDelete, siteBuildsSkipped } from '../../../hooks/queueSiteBuild'
import type { Edition } from '../../../payload-types'

/**
 * An edition is on the site (/nieuwsbrief/<number>/ and the feed) once it was sent: the save that
 * marks it sent queues a site build. Drafts and editions being sent never reach the site, and a
 * sent edition's text cannot change (keepSentEditions), so no other save needs one.
 */
export const publishSentEdition: CollectionAfterChangeHook<Edition> = async ({
  context,
  doc,
  previousDoc,
  req,
}) => {
  if (siteBuildsSkipped(context) || doc.status !== 'sent' || previousDoc?.status === 'sent') return doc
  await requestSiteBuild(req.payload, { trigger: `editions/${doc.contentId ?? doc.number} sent`, req })
  return doc
}

/** Deleting a sent edition takes its page off the site, as deleting any document on the site does. */
export const unpublishDeletedEdition: CollectionAfterDeleteHook<Edition> = (args) =>
  args.doc.status === 'sent' ? queueSiteBuildAfterDelete(args) : args.doc
