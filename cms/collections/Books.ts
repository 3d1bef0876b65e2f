import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { contentId } from '../fields/contentId'
import { slug } from '../fields/slug'
import { withExistingRelations } from '../fields/withExistingRelations'
import { queueSiteBuildAfterChange, queueSiteBuildAfterDelete } from '../hooks/queueSiteBuild'
import { collectionLabels } from '../lib/collectionLabels'

/** The network's free book: its metadata. The text lives in the chapters that point to it. */
export const Books: CollectionConfig = {
  slug: 'books',
  labels: collectionLabels({ nl: 'Boek', en: 'Book' }, { nl: 'Boeken', en: 'Books' }),
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'edition', 'updatedAt'] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  hooks: { afterChange: [queueSiteBuildAfterChange], afterDelete: [queueSiteBuildAfterDelete] },
  fields: withExistingRelations([
    { name: 'title', type: 'text', required: true, localized: true, label: { nl: 'Titel', en: 'Title' } },
    slug(),
    contentId('title'),
    { name: 'subtitle', type: 'text', localized: true, label: { nl: 'Ondertitel', en: 'Subtitle' } },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      label: { nl: 'Samenvatting', en: 'Summary' },
    },
    {
      name: 'edition',
      type: 'text',
      required: true,
      localized: true,
      label: { nl: 'Editie', en: 'Edition' },
      admin: { description: 'For example "Tweede, herziene druk, 2026".' },
    },
    {
      name: 'authors',
      type: 'array',
      required: true,
      minRows: 1,
      label: { nl: 'Auteurs en redactie', en: 'Authors and editors' },
      admin: { description: 'As printed on the title page; not every book author has an account.' },
      fields: [
        { name: 'name', type: 'text', required: true },
        {
          name: 'role',
          type: 'select',
          defaultValue: 'author',
          options: [
            { value: 'author', label: { nl: 'Auteur', en: 'Author' } },
            { value: 'editor', label: { nl: 'Redactie', en: 'Editor' } },
            { value: 'translator', label: { nl: 'Vertaling', en: 'Translator' } },
          ],
        },
      ],
    },
    {
      name: 'licence',
      type: 'select',
      required: true,
      defaultValue: 'CC-BY-SA-4.0',
      label: { nl: 'Licentie', en: 'Licence' },
      options: [
        { value: 'CC-BY-4.0', label: 'CC BY 4.0' },
        { value: 'CC-BY-SA-4.0', label: 'CC BY-SA 4.0' },
        { value: 'CC-BY-NC-SA-4.0', label: 'CC BY-NC-SA 4.0' },
        { value: 'CC0-1.0', label: 'CC0 1.0' },
      ],
    },
    {
      name: 'cover',
      type: 'upload',
      relationTo: 'media',
      required: true,
      // The cover carries the title, so each language has its own.
      localized: true,
      label: { nl: 'Omslag', en: 'Cover' },
    },
    { name: 'isbn', type: 'text', label: 'ISBN' },
    { name: 'publisher', type: 'text', label: { nl: 'Uitgever', en: 'Publisher' } },
    { name: 'publishedAt', type: 'date', label: { nl: 'Verschenen', en: 'Published' } },
  ]),
}
