import type { CollectionConfig } from 'payload'

import { isEditorOrOwnDraft } from '../access/isEditorOrOwnDraft'
import { isLoggedIn } from '../access/isLoggedIn'
import { publishedOrLoggedIn } from '../access/publishedOrLoggedIn'
import { createdBy } from '../fields/createdBy'
import { withExistingRelations } from '../fields/withExistingRelations'
import { preventAuthorPublishing } from '../hooks/preventAuthorPublishing'
import { queueSiteBuildAfterChange, queueSiteBuildAfterDelete } from '../hooks/queueSiteBuild'
import { refuseWhatTheSiteCannotShow } from '../hooks/refuseWhatTheSiteCannotShow'
import { setCreatedBy } from '../hooks/setCreatedBy'

/**
 * What every editorial collection shares (posts, chapters, tips, speakers, pages): drafts with
 * autosave and scheduled publishing, version history, the creator on record, and the access rules
 * (the public reads published documents, authors write their own drafts, editors publish), and
 * relations only to documents that exist, and nothing published that the site could not show. createdBy is set by the CMS itself, so it is not checked.
 */
export function withPublishing(config: CollectionConfig): CollectionConfig {
  return {
    ...config,
    admin: {
      ...config.admin,
      // "Preview" in the document view: the draft rendered by the site's own code, behind login
      // (cms/app/preview, cms/publish/preview.ts). Never on the live site, never in its index.
      preview: (doc, { locale }) => `/preview/${config.slug}/${doc.id}?locale=${locale}`,
    },
    access: {
      read: publishedOrLoggedIn,
      readVersions: isLoggedIn,
      create: isLoggedIn,
      update: isEditorOrOwnDraft,
      delete: isEditorOrOwnDraft,
      ...config.access,
    },
    fields: [...withExistingRelations(config.fields), createdBy],
    hooks: {
      ...config.hooks,
      beforeChange: [
        setCreatedBy,
        preventAuthorPublishing,
        ...(config.hooks?.beforeChange ?? []),
        refuseWhatTheSiteCannotShow,
      ],
      afterChange: [...(config.hooks?.afterChange ?? []), queueSiteBuildAfterChange],
      afterDelete: [...(config.hooks?.afterDelete ?? []), queueSiteBuildAfterDelete],
    },
    versions: {
      maxPerDoc: 50,
      drafts: {
        autosave: { interval: 2000 },
        schedulePublish: true,
      },
    },
  }
}
