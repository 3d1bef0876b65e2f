import type { CollectionConfig, Condition } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { isEditor } from '../../access/isEditor'
import { nobody } from '../../access/nobody'
import { readerLanguage } from '../../fields/readerLanguage'
import { collectionLabels } from '../../lib/collectionLabels'
import { FORMS, type FormKind } from '../../../model/forms'
import { TIP_CATEGORIES } from '../../../model/vocabularies'
import { makeDraftTip } from './endpoints/makeDraftTip'
import { personalData } from './endpoints/personalData'
import { queueSubmissionMails } from './hooks/queueSubmissionMails'
import { summarizeSubmission } from './hooks/summarizeSubmission'
import { dayOnly } from '../../fields/dateFormats'

export const SUBMISSION_STATUSES = [
  { value: 'new', label: { nl: 'Nieuw', en: 'New' } },
  { value: 'in-progress', label: { nl: 'In behandeling', en: 'In progress' } },
  { value: 'accepted', label: { nl: 'Geaccepteerd', en: 'Accepted' } },
  { value: 'rejected', label: { nl: 'Afgewezen', en: 'Rejected' } },
  { value: 'spam', label: { nl: 'Spam', en: 'Spam' } },
]

const KINDS = [
  { value: 'tip', label: { nl: 'Tip', en: 'Tip' } },
  { value: 'speaker-request', label: { nl: 'Sprekersaanvraag', en: 'Speaker request' } },
  { value: 'contact', label: { nl: 'Contactbericht', en: 'Contact message' } },
] satisfies { value: FormKind; label: unknown }[]

/** Shown only for the kind of form that has the field. */
const onFormOf =
  (field: string): Condition =>
  (data) =>
    FORMS[data?.kind as FormKind]?.some((formField) => formField.name === field) ?? false

const SETTINGS = FORMS['speaker-request'].find((field) => field.name === 'setting')
const settingOptions = SETTINGS && 'options' in SETTINGS ? [...SETTINGS.options] : []

/**
 * What readers send through the site's forms (cms/forms/): tips, speaker requests and contact
 * messages, for editors to handle. Only the form route creates them. Personal data is kept for
 * SUBMISSION_RETENTION_DAYS and then deleted with the submission (./tasks/eraseExpiredSubmissions.ts).
 */
export const Submissions: CollectionConfig = {
  slug: 'submissions',
  labels: collectionLabels({ nl: 'Inzending', en: 'Submission' }, { nl: 'Inzendingen', en: 'Submissions' }),
  admin: {
    group: { nl: 'Inbox', en: 'Inbox' },
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'kind', 'status', 'name', 'createdAt'],
    description: {
      nl: 'Wat lezers via de formulieren op de site insturen. Persoonsgegevens worden na de bewaartermijn automatisch verwijderd.',
      en: 'What readers send through the forms on the site. Personal data is deleted automatically after the retention period.',
    },
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: isEditor, update: isEditor, delete: isAdmin },
  endpoints: [makeDraftTip, ...personalData],
  hooks: { beforeChange: [summarizeSubmission], afterChange: [queueSubmissionMails] },
  fields: [
    {
      name: 'summary',
      type: 'text',
      label: { nl: 'Samenvatting', en: 'Summary' },
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: KINDS,
          label: { nl: 'Formulier', en: 'Form' },
          admin: { readOnly: true },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'new',
          options: SUBMISSION_STATUSES,
          label: { nl: 'Status', en: 'Status' },
        },
        readerLanguage,
      ],
    },
    {
      type: 'ui',
      name: 'makeDraftTip',
      admin: {
        condition: (data) => data?.kind === 'tip',
        components: { Field: '/components/inbox/MakeDraftTipButton#MakeDraftTipButton' },
      },
    },
    {
      name: 'tip',
      type: 'relationship',
      relationTo: 'tips',
      label: { nl: 'Concepttip', en: 'Draft tip' },
      admin: { readOnly: true, condition: (data) => data?.kind === 'tip' },
    },
    { name: 'name', type: 'text', maxLength: 100, label: { nl: 'Naam', en: 'Name' } },
    { name: 'email', type: 'email', index: true, label: { nl: 'E-mailadres', en: 'E-mail address' } },
    { name: 'organisation', type: 'text', maxLength: 120, label: { nl: 'Organisatie', en: 'Organisation' } },
    // A tip
    {
      name: 'title',
      type: 'text',
      maxLength: 120,
      label: { nl: 'Titel', en: 'Title' },
      admin: { condition: onFormOf('title') },
    },
    {
      name: 'body',
      type: 'textarea',
      maxLength: 4000,
      label: { nl: 'Tip', en: 'Tip' },
      admin: { condition: onFormOf('body') },
    },
    {
      name: 'category',
      type: 'select',
      options: [...TIP_CATEGORIES],
      label: { nl: 'Categorie', en: 'Category' },
      admin: { condition: onFormOf('category') },
    },
    {
      name: 'topics',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      label: { nl: 'Onderwerpen', en: 'Topics' },
      admin: { condition: onFormOf('topics') },
    },
    {
      name: 'credit',
      type: 'checkbox',
      label: { nl: 'Wil bij naam genoemd worden', en: 'Wants to be credited by name' },
      admin: { condition: onFormOf('credit') },
    },
    {
      name: 'licence',
      type: 'checkbox',
      label: { nl: 'Gaf toestemming voor CC BY-SA', en: 'Agreed to CC BY-SA' },
      admin: { condition: onFormOf('licence') },
    },
    // A speaker request
    {
      name: 'speaker',
      type: 'relationship',
      relationTo: 'speakers',
      label: { nl: 'Spreker', en: 'Speaker' },
      admin: { condition: onFormOf('speaker') },
    },
    {
      name: 'eventDate',
      type: 'date',
      label: { nl: 'Datum', en: 'Date' },
      // The reader's form asks for a day; readForm stores it as noon UTC, as the day picker does.
      admin: { condition: onFormOf('eventDate'), date: dayOnly },
    },
    {
      name: 'setting',
      type: 'select',
      options: settingOptions,
      label: { nl: 'Waar', en: 'Where' },
      admin: { condition: onFormOf('setting') },
    },
    {
      name: 'place',
      type: 'text',
      maxLength: 200,
      label: { nl: 'Plaats', en: 'Place' },
      admin: { condition: onFormOf('place') },
    },
    {
      name: 'audience',
      type: 'textarea',
      maxLength: 1000,
      label: { nl: 'Publiek', en: 'Audience' },
      admin: { condition: onFormOf('audience') },
    },
    {
      name: 'audienceSize',
      type: 'number',
      min: 1,
      max: 5000,
      label: { nl: 'Aantal mensen', en: 'Number of people' },
      admin: { condition: onFormOf('audienceSize') },
    },
    {
      name: 'talkTopic',
      type: 'textarea',
      maxLength: 2000,
      label: { nl: 'Onderwerp van het verhaal', en: 'Topic of the talk' },
      admin: { condition: onFormOf('talkTopic') },
    },
    // A contact message
    {
      name: 'subject',
      type: 'text',
      maxLength: 150,
      label: { nl: 'Onderwerp', en: 'Subject' },
      admin: { condition: onFormOf('subject') },
    },
    {
      name: 'message',
      type: 'textarea',
      maxLength: 4000,
      label: { nl: 'Bericht', en: 'Message' },
      admin: { condition: onFormOf('message') },
    },
  ],
}
