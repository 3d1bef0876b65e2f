import type { CollectionConfig } from 'payload'

import { contentId } from '../fields/contentId'
import { slug } from '../fields/slug'
import { topics } from '../fields/topics'
import { RESERVED_ITEM_SLUGS } from '../../model/urls'
import { REGIONS, SPEAKER_LANGUAGES } from '../../model/vocabularies'
import { withPublishing } from '../lib/withPublishing'
import { collectionLabels } from '../lib/collectionLabels'

/** The speakers pool: people who give talks at government organisations. */
export const Speakers: CollectionConfig = withPublishing({
  slug: 'speakers',
  labels: collectionLabels({ nl: 'Spreker', en: 'Speaker' }, { nl: 'Sprekers', en: 'Speakers' }),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'organisation', 'regions', '_status'] },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', required: true, label: { nl: 'Naam', en: 'Name' } },
    slug('name', { localized: false, reserved: RESERVED_ITEM_SLUGS.speakers }),
    contentId('name'),
    { name: 'photo', type: 'upload', relationTo: 'media', label: { nl: 'Portret', en: 'Portrait' } },
    {
      name: 'jobTitle',
      type: 'text',
      required: true,
      localized: true,
      label: { nl: 'Functie', en: 'Role' },
    },
    { name: 'organisation', type: 'text', required: true, label: { nl: 'Organisatie', en: 'Organisation' } },
    {
      name: 'bio',
      type: 'textarea',
      required: true,
      localized: true,
      label: { nl: 'Biografie', en: 'Biography' },
    },
    topics,
    {
      name: 'regions',
      type: 'select',
      hasMany: true,
      required: true,
      options: [...REGIONS],
      label: { nl: 'Regio’s', en: 'Regions' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['nl'],
      options: [...SPEAKER_LANGUAGES],
      label: { nl: 'Talen', en: 'Languages' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'talks',
      type: 'array',
      minRows: 1,
      required: true,
      // Each language keeps its own list of talks (a talk may only be given in Dutch).
      localized: true,
      label: { nl: 'Lezingen', en: 'Talks' },
      fields: [
        { name: 'title', type: 'text', required: true, label: { nl: 'Titel', en: 'Title' } },
        {
          name: 'description',
          type: 'textarea',
          required: true,
          label: { nl: 'Korte omschrijving', en: 'Short description' },
        },
      ],
    },
    {
      name: 'howToRequest',
      type: 'textarea',
      required: true,
      localized: true,
      label: { nl: 'Zo vraag je deze spreker aan', en: 'How to request this speaker' },
    },
    {
      name: 'requestEmail',
      type: 'email',
      label: { nl: 'E-mailadres voor aanvragen', en: 'E-mail for requests' },
      admin: { description: 'Public: shown on the profile. Usually the speakers pool address.' },
    },
  ],
})
