import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
  RequestContext,
  TypeWithID,
} from 'payload'

import { isOnSite } from '../publish/isOnSite'
import { requestSiteBuild } from '../publish/requestSiteBuild'

type Doc = TypeWithID & {
  _status?: 'draft' | 'published' | null
  slug?: string | null
  contentId?: string | null
}

/** Import, seed and tests turn side effects off with `context.skipBuild`; `SITE_BUILDS=off` does so everywhere. */
export const siteBuildsSkipped = (context: RequestContext) =>
  Boolean(context.skipBuild) || process.env.SITE_BUILDS === 'off'

const name = (collection: string, doc: Doc) => `${collection}/${doc.contentId ?? doc.slug ?? doc.id}`
const by = (req: PayloadRequest) => (req.user ? ` by ${req.user.email}` : '')

/**
 * Publishing, unpublishing or changing a live document queues a site build. Saving a draft (by
 * hand or by autosave) does not: the live version is unchanged, and drafts never reach the site.
 */
export const queueSiteBuildAfterChange: CollectionAfterChangeHook<Doc> = async ({
  collection,
  context,
  doc,
  previousDoc,
  req,
}) => {
  if (siteBuildsSkipped(context)) return doc
  let what = 'changed'
  if (collection.versions?.drafts) {
    const published = doc._status === 'published'
    if (!published) {
      // A draft saved on a live document leaves the live version as it is. Otherwise the document
      // is not published (any more): a build is due only if the site still shows it (an unpublish).
      const main = await req.payload
        .findByID({
          collection: collection.slug,
          id: doc.id,
          depth: 0,
          draft: false,
          overrideAccess: true,
          req,
        })
        .catch(() => undefined)
      if ((main as Doc | undefined)?._status === 'published') return doc
      if (!(await isOnSite(collection.slug, doc.contentId))) return doc
    }
    what = !published ? 'unpublished' : previousDoc?._status === 'published' ? 'updated' : 'published'
  }
  await requestSiteBuild(req.payload, { trigger: `${name(collection.slug, doc)} ${what}${by(req)}`, req })
  return doc
}

/** Deleting a document that was on the site queues a build that takes it off. */
export const queueSiteBuildAfterDelete: CollectionAfterDeleteHook<Doc> = async ({
  collection,
  context,
  doc,
  req,
}) => {
  if (siteBuildsSkipped(context)) return doc
  if (
    collection.versions?.drafts &&
    doc._status !== 'published' &&
    !(await isOnSite(collection.slug, doc.contentId))
  )
    return doc
  await requestSiteBuild(req.payload, { trigger: `${name(collection.slug, doc)} deleted${by(req)}`, req })
  return doc
}

/**
 * For collections without drafts whose changes show on the site only through some fields (an
 * image's alt text, an author's public profile); a new one shows only once something uses it.
 */
export const queueSiteBuildWhenFieldsChange =
  (fields: string[]): CollectionAfterChangeHook<Doc> =>
  async (args) => {
    const { doc, previousDoc, operation } = args
    if (operation === 'create') return doc
    const field = (value: unknown, name: string) => JSON.stringify((value as Record<string, unknown>)[name])
    const changed = fields.some((name) => field(doc, name) !== field(previousDoc, name))
    return changed ? queueSiteBuildAfterChange(args) : doc
  }

/** Site settings are on every page. */
export const queueSiteBuildAfterGlobalChange: GlobalAfterChangeHook = async ({
  context,
  doc,
  global,
  req,
}) => {
  if (siteBuildsSkipped(context)) return doc
  await requestSiteBuild(req.payload, { trigger: `${global.slug} changed${by(req)}`, req })
  return doc
}
