import type { CollectionConfig } from 'payload'

import { contentId } from '../../fields/contentId'
import { slug } from '../../fields/slug'
import { topics } from '../../fields/topics'
import { richTextEditor } from '../../lib/editor'
import { withPublishing } from '../../lib/withPublishing'
import { ensureUniqueChapterNumber } from './hooks/ensureUniqueChapterNumber'
import { collectionLabels } from '../../lib/collectionLabels'

/** One chapter of a book, ordered by its number. */
export const Chapters: CollectionConfig = withPublishing({
  slug: 'chapters',
  labels: collectionLabels({ nl: 'Hoofdstuk', en: 'Chapter' }, { nl: 'Hoofdstukken', en: 'Chapters' }),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['number', 'title', 'book', '_status'],
  },
  defaultSort: 'number',
  hooks: { beforeValidate: [ensureUniqueChapterNumber] },
  fields: [
    {
      name: 'book',
      type: 'relationship',
      relationTo: 'books',
      required: true,
      label: { nl: 'Boek', en: 'Book' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'number',
      type: 'number',
      required: true,
      min: 1,
      max: 999,
      index: true,
      label: { nl: 'Hoofdstuknummer', en: 'Chapter number' },
      admin: { position: 'sidebar', step: 1, description: 'Decides the order in the book; unique per book.' },
      validate: (value: number | null | undefined) =>
        typeof value === 'number' && Number.isInteger(value) && value >= 1
          ? true
          : 'A chapter number is a whole number from 1 upward.',
    },
    { name: 'title', type: 'text', required: true, localized: true, label: { nl: 'Titel', en: 'Title' } },
    slug(),
    contentId('title'),
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      label: { nl: 'Samenvatting', en: 'Summary' },
    },
    { name: 'body', type: 'richText', required: true, localized: true, editor: richTextEditor },
    {
      name: 'authors',
      type: 'array',
      label: { nl: 'Auteurs van dit hoofdstuk', en: 'Chapter authors' },
      fields: [{ name: 'name', type: 'text', required: true }],
    },
    topics,
  ],
})
