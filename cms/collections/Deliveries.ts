import type { CollectionConfig } from 'payload'

import { NEWSLETTER_LANGUAGES } from '../../model/forms'
import { isAdmin } from '../access/isAdmin'
import { isEditor } from '../access/isEditor'
import { nobody } from '../access/nobody'
import { collectionLabels } from '../lib/collectionLabels'
import { dayAndTime } from '../fields/dateFormats'

/**
 * One edition to one subscriber: made for every active subscriber when an edition is sent, then
 * queued → sending → sent (or failed, with the reason). One per edition and subscriber (a unique
 * index), so a restart never queues anyone twice; see cms/newsletter/sendEdition.ts.
 */
export const Deliveries: CollectionConfig = {
  slug: 'deliveries',
  labels: collectionLabels({ nl: 'Verzending', en: 'Delivery' }, { nl: 'Verzendingen', en: 'Deliveries' }),
  admin: {
    group: { nl: 'Nieuwsbrief', en: 'Newsletter' },
    useAsTitle: 'email',
    defaultColumns: ['email', 'edition', 'status', 'sentAt', 'error'],
    description: {
      nl: 'Wie welke nieuwsbrief kreeg, en waarom een verzending mislukte.',
      en: 'Who received which edition, and why a delivery failed.',
    },
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: isEditor, update: nobody, delete: isAdmin },
  indexes: [{ fields: ['edition', 'subscriber'], unique: true }],
  fields: [
    {
      name: 'edition',
      type: 'relationship',
      relationTo: 'editions',
      required: true,
      index: true,
      label: { nl: 'Nieuwsbrief', en: 'Edition' },
    },
    {
      name: 'subscriber',
      type: 'relationship',
      relationTo: 'subscribers',
      required: true,
      label: { nl: 'Abonnee', en: 'Subscriber' },
    },
    {
      name: 'email',
      type: 'email',
      required: true,
      index: true,
      label: { nl: 'E-mailadres', en: 'E-mail address' },
    },
    {
      name: 'language',
      type: 'select',
      required: true,
      options: [...NEWSLETTER_LANGUAGES],
      label: { nl: 'Taal', en: 'Language' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'queued',
      options: [
        { value: 'queued', label: { nl: 'In de wachtrij', en: 'Queued' } },
        { value: 'sending', label: { nl: 'Wordt verstuurd', en: 'Sending' } },
        { value: 'sent', label: { nl: 'Verstuurd', en: 'Sent' } },
        { value: 'failed', label: { nl: 'Mislukt', en: 'Failed' } },
      ],
      label: { nl: 'Status', en: 'Status' },
    },
    { name: 'attempts', type: 'number', defaultValue: 0, label: { nl: 'Pogingen', en: 'Attempts' } },
    {
      name: 'sentAt',
      type: 'date',
      label: { nl: 'Verstuurd op', en: 'Sent at' },
      admin: { date: dayAndTime },
    },
    { name: 'error', type: 'text', label: { nl: 'Fout', en: 'Error' } },
  ],
}
