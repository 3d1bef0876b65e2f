import type { CollectionConfig } from 'payload'

import { EDITION_ITEM_COLLECTIONS } from '../../../model/forms'
import { isAdmin } from '../../access/isAdmin'
import { isEditor } from '../../access/isEditor'
import { collectionLabels } from '../../lib/collectionLabels'
import { previewEdition } from './endpoints/previewEdition'
import { sendingEndpoints } from './endpoints/sending'
import { fillNewEdition } from './hooks/fillNewEdition'
import { keepSentEditions } from './hooks/keepSentEditions'
import { publishSentEdition, unpublishDeletedEdition } from './hooks/publishSentEditions'
import { dayAndTime } from '../../fields/dateFormats'

export { EDITION_ITEM_COLLECTIONS }

/**
 * The newsletter's editions. A new one is numbered and filled with what was published since the
 * previous one (posts, tips, new speakers, and the events still to come); the editor reorders or
 * removes items, writes an introduction per language and previews the mail as subscribers will get
 * it (./endpoints/previewEdition.ts).
 */
export const Editions: CollectionConfig = {
  slug: 'editions',
  labels: collectionLabels({ nl: 'Nieuwsbrief', en: 'Edition' }, { nl: 'Nieuwsbrieven', en: 'Editions' }),
  admin: {
    group: { nl: 'Nieuwsbrief', en: 'Newsletter' },
    useAsTitle: 'title',
    defaultColumns: ['number', 'title', 'status', 'createdAt'],
  },
  defaultSort: '-number',
  access: { create: isEditor, read: isEditor, update: isEditor, delete: isAdmin },
  endpoints: [previewEdition, ...sendingEndpoints],
  hooks: {
    beforeChange: [fillNewEdition, keepSentEditions],
    afterChange: [publishSentEdition],
    afterDelete: [unpublishDeletedEdition],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 150,
      label: { nl: 'Onderwerp', en: 'Subject' },
      admin: { description: 'The subject line of the mail, and the title of the edition.' },
    },
    {
      name: 'intro',
      type: 'textarea',
      localized: true,
      maxLength: 2000,
      label: { nl: 'Inleiding', en: 'Introduction' },
      admin: { description: 'A few sentences above the items. Plain text; a blank line starts a paragraph.' },
    },
    {
      name: 'items',
      type: 'relationship',
      relationTo: [...EDITION_ITEM_COLLECTIONS],
      hasMany: true,
      label: { nl: 'Inhoud', en: 'Items' },
      admin: {
        description:
          'Filled with what was published since the previous newsletter. Drag to reorder, remove what should not be in it, or add more.',
      },
    },
    {
      name: 'preview',
      type: 'ui',
      admin: { components: { Field: '/components/newsletter/EditionPreviewLinks#EditionPreviewLinks' } },
    },
    {
      name: 'sending',
      type: 'ui',
      admin: { components: { Field: '/components/newsletter/EditionSending#EditionSending' } },
    },
    {
      // Its name in content/ (content/newsletter/<number>.nl.md) once it was sent: the number.
      name: 'contentId',
      type: 'text',
      unique: true,
      index: true,
      admin: { hidden: true },
    },
    {
      name: 'number',
      type: 'number',
      unique: true,
      index: true,
      label: { nl: 'Nummer', en: 'Number' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      options: [
        { value: 'draft', label: { nl: 'In voorbereiding', en: 'Being prepared' } },
        { value: 'sending', label: { nl: 'Wordt verstuurd', en: 'Sending' } },
        { value: 'sent', label: { nl: 'Verstuurd', en: 'Sent' } },
      ],
      label: { nl: 'Status', en: 'Status' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'since',
      type: 'date',
      label: { nl: 'Inhoud vanaf', en: 'Items since' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: dayAndTime,
        description: 'What was published after this moment was put in when the edition was started.',
      },
    },
    {
      name: 'sendingStartedAt',
      type: 'date',
      label: { nl: 'Verzenden begon', en: 'Sending started' },
      admin: { position: 'sidebar', readOnly: true, date: dayAndTime },
    },
    {
      name: 'sentAt',
      type: 'date',
      label: { nl: 'Verstuurd op', en: 'Sent at' },
      admin: { position: 'sidebar', readOnly: true, date: dayAndTime },
    },
  ],
}
