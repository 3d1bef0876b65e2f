import type { CollectionConfig } from 'payload'

import { contentId } from '../../fields/contentId'
import { slug } from '../../fields/slug'
import { topics } from '../../fields/topics'
import { collectionLabels } from '../../lib/collectionLabels'
import { richTextEditor } from '../../lib/editor'
import { withPublishing } from '../../lib/withPublishing'
import { EVENT_KINDS, EVENT_TIME_ZONES, REGIONS, REGISTRATION_STATES } from '../../../model/vocabularies'
import { countCalendarChanges } from './hooks/countCalendarChanges'
import { tellParticipants } from './hooks/tellParticipants'
import { dayAndTime } from '../../fields/dateFormats'

/**
 * The agenda: Open Koffie meetups, the yearly network day, courses. Times are stored in UTC and
 * shown in the event's time zone; `sequence` counts the changes calendar apps must pick up.
 */
/**
 * The picker offers only the right kind of file. Payload would also refuse any other with "invalid
 * selections: 12"; the content contract refuses it on publish with the reason instead (an image is
 * not a document, save the slides as PDF), and a draft may hold it meanwhile.
 */
const explainedByTheContract = () => true as const

export const Events: CollectionConfig = withPublishing({
  slug: 'events',
  labels: collectionLabels({ nl: 'Activiteit', en: 'Event' }, { nl: 'Agenda', en: 'Events' }),
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'start', 'city', '_status'] },
  defaultSort: '-start',
  hooks: { beforeChange: [countCalendarChanges], afterChange: [tellParticipants] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { nl: 'Titel', en: 'Title' } },
    slug(),
    contentId('title'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [...EVENT_KINDS],
      label: { nl: 'Soort', en: 'Kind' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 300,
      label: { nl: 'Thema', en: 'Theme' },
      admin: { description: 'The theme in a sentence or two, for the agenda, search and calendars.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'start',
          type: 'date',
          required: true,
          index: true,
          label: { nl: 'Begint', en: 'Starts' },
          admin: { date: dayAndTime },
        },
        {
          name: 'end',
          type: 'date',
          required: true,
          label: { nl: 'Eindigt', en: 'Ends' },
          admin: { date: dayAndTime },
          validate: (value: unknown, { siblingData }: { siblingData: { start?: string } }) =>
            !value || !siblingData.start || new Date(String(value)) > new Date(siblingData.start)
              ? true
              : 'An event must end after it starts.',
        },
        {
          name: 'timeZone',
          type: 'select',
          required: true,
          defaultValue: 'Europe/Amsterdam',
          options: [...EVENT_TIME_ZONES],
          label: { nl: 'Tijdzone', en: 'Time zone' },
        },
      ],
    },
    {
      name: 'online',
      type: 'checkbox',
      label: { nl: 'Online', en: 'Online' },
      admin: { description: 'The link is sent to registered people only, never shown on the site.' },
    },
    {
      name: 'onlineUrl',
      type: 'text',
      label: { nl: 'Link voor deelnemers', en: 'Link for participants' },
      admin: { condition: (data) => Boolean(data?.online) },
    },
    {
      type: 'row',
      fields: [
        { name: 'venue', type: 'text', localized: true, label: { nl: 'Locatie', en: 'Venue' } },
        { name: 'address', type: 'text', localized: true, label: { nl: 'Adres', en: 'Address' } },
        { name: 'city', type: 'text', localized: true, label: { nl: 'Plaats', en: 'City' } },
      ],
      admin: { condition: (data) => !data?.online },
    },
    {
      name: 'region',
      type: 'select',
      required: true,
      options: [...REGIONS],
      label: { nl: 'Regio', en: 'Region' },
      admin: { position: 'sidebar' },
    },
    { name: 'body', type: 'richText', required: true, localized: true, editor: richTextEditor },
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      label: { nl: 'Hoofdafbeelding', en: 'Hero image' },
    },
    {
      name: 'speakers',
      type: 'relationship',
      relationTo: 'speakers',
      hasMany: true,
      label: { nl: 'Sprekers', en: 'Speakers' },
      admin: { position: 'sidebar' },
    },
    topics,
    {
      name: 'organisers',
      type: 'array',
      label: { nl: 'Organisatoren', en: 'Organisers' },
      fields: [{ name: 'name', type: 'text', required: true, label: { nl: 'Naam', en: 'Name' } }],
    },
    {
      type: 'row',
      fields: [
        { name: 'capacity', type: 'number', min: 1, label: { nl: 'Aantal plaatsen', en: 'Capacity' } },
        {
          name: 'registration',
          type: 'select',
          required: true,
          defaultValue: 'open',
          options: [...REGISTRATION_STATES],
          label: { nl: 'Aanmelden', en: 'Registration' },
        },
        {
          name: 'cancelled',
          type: 'checkbox',
          label: { nl: 'Afgelast', en: 'Cancelled' },
          admin: { description: 'Stays on the agenda, marked as cancelled; calendars remove it.' },
        },
      ],
    },
    {
      type: 'ui',
      name: 'participants',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/events/ParticipantsLinks#ParticipantsLinks' },
      },
    },
    {
      name: 'sequence',
      type: 'number',
      defaultValue: 0,
      label: { nl: 'Wijzigingen voor agenda-apps', en: 'Changes for calendar apps' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Counted automatically (iCalendar SEQUENCE).',
      },
    },
    {
      type: 'collapsible',
      label: { nl: 'Na afloop', en: 'Afterwards' },
      fields: [
        {
          name: 'reportPost',
          type: 'relationship',
          relationTo: 'posts',
          label: { nl: 'Verslag (blogbericht)', en: 'Report (blog post)' },
        },
        {
          name: 'photos',
          type: 'upload',
          relationTo: 'media',
          hasMany: true,
          label: { nl: 'Foto’s', en: 'Photos' },
          filterOptions: { mimeType: { like: 'image/' } },
          validate: explainedByTheContract,
        },
        {
          name: 'slides',
          type: 'upload',
          relationTo: 'media',
          hasMany: true,
          label: { nl: 'Dia’s (PDF)', en: 'Slides (PDF)' },
          filterOptions: { mimeType: { equals: 'application/pdf' } },
          validate: explainedByTheContract,
          admin: {
            description: {
              nl: 'Lezers downloaden ze op de pagina van de activiteit. Upload ze als PDF onder Afbeeldingen en bestanden; de titel wordt de linktekst.',
              en: 'Readers download them from the event page. Upload them as PDF under Images and files; the title is the link text.',
            },
          },
        },
      ],
    },
  ],
})
