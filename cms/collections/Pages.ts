import type { CollectionConfig } from 'payload'

import { contentId } from '../fields/contentId'
import { slug } from '../fields/slug'
import { richTextEditor } from '../lib/editor'
import { RESERVED_PAGE_SLUGS } from '../../model/urls'
import { withPublishing } from '../lib/withPublishing'
import { collectionLabels } from '../lib/collectionLabels'

/** Plain pages: about, contact, privacy, the accessibility statement. */
export const Pages: CollectionConfig = withPublishing({
  slug: 'pages',
  labels: collectionLabels({ nl: 'Pagina', en: 'Page' }, { nl: 'Pagina’s', en: 'Pages' }),
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', '_status', 'updatedAt'] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { nl: 'Titel', en: 'Title' } },
    slug('title', { reserved: RESERVED_PAGE_SLUGS }),
    contentId('title'),
    {
      name: 'description',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 300,
      label: { nl: 'Omschrijving', en: 'Description' },
      admin: { description: 'Shown in search results and when the page is shared.' },
    },
    { name: 'body', type: 'richText', required: true, localized: true, editor: richTextEditor },
  ],
})
