import type { CollectionConfig } from 'payload'

import { publishedAt } from '../../fields/publishedAt'
import { contentId } from '../../fields/contentId'
import { slug } from '../../fields/slug'
import { topics } from '../../fields/topics'
import { richTextEditor } from '../../lib/editor'
import { withPublishing } from '../../lib/withPublishing'
import { collectionLabels } from '../../lib/collectionLabels'

/** Blog posts by the network's guest bloggers. */
export const Posts: CollectionConfig = withPublishing({
  slug: 'posts',
  labels: collectionLabels({ nl: 'Blogbericht', en: 'Blog post' }, { nl: 'Blog', en: 'Blog' }),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'authors', 'publishedAt', '_status'],
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { nl: 'Titel', en: 'Title' } },
    slug(),
    contentId('title'),
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 300,
      label: { nl: 'Samenvatting', en: 'Summary' },
      admin: { description: 'One or two sentences for the blog index, search results and social media.' },
    },
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      label: { nl: 'Hoofdafbeelding', en: 'Hero image' },
    },
    { name: 'body', type: 'richText', required: true, localized: true, editor: richTextEditor },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      required: true,
      minRows: 1,
      // Whoever starts a post is its first author until someone changes that.
      defaultValue: ({ user }: { user?: { id: number | string; collection?: string } | null }) =>
        user?.collection === 'users' ? [user.id] : undefined,
      label: { nl: 'Auteurs', en: 'Authors' },
      admin: { position: 'sidebar' },
    },
    topics,
    publishedAt,
  ],
})
