import type { CollectionConfig } from 'payload'

import { publishedAt } from '../../fields/publishedAt'
import { contentId } from '../../fields/contentId'
import { slug } from '../../fields/slug'
import { topics } from '../../fields/topics'
import { richTextEditor } from '../../lib/editor'
import { RESERVED_ITEM_SLUGS } from '../../../model/urls'
import { TIP_CATEGORIES } from '../../../model/vocabularies'
import { withPublishing } from '../../lib/withPublishing'
import { assignTipNumber } from './hooks/assignTipNumber'
import { collectionLabels } from '../../lib/collectionLabels'

/** Short practical tips, numbered in order of creation ("Tip 112"). */
export const Tips: CollectionConfig = withPublishing({
  slug: 'tips',
  labels: collectionLabels({ nl: 'Tip', en: 'Tip' }, { nl: 'Tips', en: 'Tips' }),
  admin: { useAsTitle: 'title', defaultColumns: ['number', 'title', 'category', '_status'] },
  defaultSort: '-number',
  hooks: { beforeChange: [assignTipNumber] },
  fields: [
    {
      name: 'number',
      type: 'number',
      unique: true,
      index: true,
      label: { nl: 'Tipnummer', en: 'Tip number' },
      admin: { position: 'sidebar', readOnly: true, description: 'Given automatically.' },
    },
    { name: 'title', type: 'text', required: true, localized: true, label: { nl: 'Titel', en: 'Title' } },
    slug('title', { reserved: RESERVED_ITEM_SLUGS.tips }),
    contentId('title'),
    {
      name: 'category',
      type: 'select',
      required: true,
      options: [...TIP_CATEGORIES],
      label: { nl: 'Categorie', en: 'Category' },
      admin: { position: 'sidebar' },
    },
    { name: 'body', type: 'richText', required: true, localized: true, editor: richTextEditor },
    topics,
    publishedAt,
  ],
})
