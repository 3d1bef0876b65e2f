import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { contentId } from '../fields/contentId'
import { slug } from '../fields/slug'
import { queueSiteBuildAfterChange, queueSiteBuildAfterDelete } from '../hooks/queueSiteBuild'
import { refuseWhatTheSiteCannotShow } from '../hooks/refuseWhatTheSiteCannotShow'
import { collectionLabels } from '../lib/collectionLabels'

/** Shared tags across posts, tips, speakers and chapters. Editors keep the list tidy. */
export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: collectionLabels({ nl: 'Onderwerp', en: 'Topic' }, { nl: 'Onderwerpen', en: 'Topics' }),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'updatedAt'] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  hooks: {
    beforeChange: [refuseWhatTheSiteCannotShow],
    afterChange: [queueSiteBuildAfterChange],
    afterDelete: [queueSiteBuildAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { nl: 'Naam', en: 'Name' } },
    slug('name'),
    contentId('name'),
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: { nl: 'Omschrijving', en: 'Description' },
    },
  ],
}
