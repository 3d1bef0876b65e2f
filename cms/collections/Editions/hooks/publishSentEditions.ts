import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { requestSiteBuild } from '../../../publish/requestSiteBuild'
import { siteBuildsSkipped } from '../../../hooks/queueSiteBuild'
import type { Edition } from '../../../payload-types'

const by = (email: string | undefined) => (email ? ` by ${email}` : '')

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

/** Deleting a sent edition takes its page off the site. */
export const unpublishDeletedEdition: CollectionAfterDeleteHook<Edition> = async ({ context, doc, req }) => {
  if (siteBuildsSkipped(context) || doc.status !== 'sent') return doc
  await requestSiteBuild(req.payload, {
    trigger: `editions/${doc.contentId ?? doc.number} deleted${by(req.user?.email)}`,
    req,
  })
  return doc
}
