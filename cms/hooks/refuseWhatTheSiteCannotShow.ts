import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { isPublicDocument, KINDS } from '../../model/kinds'
import { wrotePublishedPost } from '../lib/wrotePublishedPost'
import { fieldRulesFail } from '../publish/contract/fieldRulesFail'
import { problemsForPublishing } from '../publish/contract/problemsForPublishing'

/**
 * Refuses to publish what the site could not show, before anything is written: the same rules the
 * site build runs on content/, with the reason on the field. Without it, a document could be
 * "published" in the admin and then be dropped by the export or stop every build.
 *
 * Runs for documents that are public once saved: published documents of collections with drafts,
 * every topic and the book, and the profiles of people who wrote a published post. Draft saves and
 * autosaves are never checked. The content import skips it: content/ was checked by the same rules.
 */
export const refuseWhatTheSiteCannotShow: CollectionBeforeChangeHook = async ({
  collection,
  context,
  data,
  originalDoc,
  req,
}) => {
  if (context.contentImport) return data
  const kind = KINDS.find((each) => each.collection === collection.slug)
  if (!kind) return data
  const doc = { ...originalDoc, ...data } as Record<string, unknown>
  if (!isPublicDocument(kind, doc)) return data
  const id = originalDoc?.id as number | string | undefined
  if (collection.slug === 'users' && !(id !== undefined && (await wrotePublishedPost(req, id)))) return data
  const errors = await problemsForPublishing({ req, collection: collection.slug, id, data, originalDoc })
  if (!errors.length) return data
  // The field's own rule, which Payload runs next, names the problem more precisely.
  if (await fieldRulesFail({ req, collection, id, doc, problems: errors })) return data
  throw new ValidationError({ collection: collection.slug, errors }, req.t)
}
