import type { CollectionConfig } from 'payload'

import { LOCALE_NAMES, LOCALES } from '../../model/locales'
import { BOOK_ROLES, LICENCES } from '../../model/vocabularies'
import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { contentId } from '../fields/contentId'
import { slug } from '../fields/slug'
import { withExistingRelations } from '../fields/withExistingRelations'
import { queueSiteBuildAfterChange, queueSiteBuildAfterDelete } from '../hooks/queueSiteBuild'
import { refuseWhatTheSiteCannotShow } from '../hooks/refuseWhatTheSiteCannotShow'
import { collectionLabels } from '../lib/collectionLabels'
import { dayOnly } from '../fields/dateFormats'

/** The network's free book: its metadata. The text lives in the chapters that point to it. */
export const Books: CollectionConfig = {
  slug: 'books',
  labels: collectionLabels({ nl: 'Boek', en: 'Book' }, { nl: 'Boeken', en: 'Books' }),
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'edition', 'updatedAt'] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  hooks: {
    beforeChange: [refuseWhatTheSiteCannotShow],
    afterChange: [queueSiteBuildAfterChange],
    afterDelete: [queueSiteBuildAfterDelete],
  },
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
          options: [...BOOK_ROLES],
        },
        {
          // A translator is credited in the edition they translated, not in the original.
          name: 'language',
          type: 'select',
          label: { nl: 'Vertaald naar', en: 'Translated into' },
          options: LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] })),
          admin: { condition: (_, row) => row?.role === 'translator' },
          validate: (value: unknown, { siblingData }: { siblingData: { role?: string } }) =>
            siblingData.role !== 'translator' || value
              ? true
              : 'Say which language this person translated the book into.',
        },
      ],
    },
    {
      name: 'licence',
      type: 'select',
      required: true,
      defaultValue: 'CC-BY-SA-4.0',
      label: { nl: 'Licentie', en: 'Licence' },
      options: [...LICENCES],
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
    {
      name: 'publishedAt',
      type: 'date',
      label: { nl: 'Verschenen', en: 'Published' },
      admin: { date: dayOnly },
    },
  ]),
}
