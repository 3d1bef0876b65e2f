import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { isEditor } from '../../access/isEditor'
import { nobody } from '../../access/nobody'
import { readerLanguage } from '../../fields/readerLanguage'
import { collectionLabels } from '../../lib/collectionLabels'
import { exportParticipants } from './endpoints/exportParticipants'
import { moveUpWaitingList } from './hooks/moveUpWaitingList'
import { queueRegistrationMails } from './hooks/queueRegistrationMails'

export const REGISTRATION_STATUSES = [
  { value: 'confirmed', label: { nl: 'Aangemeld', en: 'Registered' } },
  { value: 'waiting', label: { nl: 'Wachtlijst', en: 'Waiting list' } },
  { value: 'cancelled', label: { nl: 'Afgemeld', en: 'Cancelled' } },
]

/**
 * Readers' registrations for events, made by the form on each event's page (cms/forms/). Within an
 * event's capacity a registration is confirmed, beyond it on the waiting list, which moves up when
 * someone cancels. Deleted REGISTRATION_RETENTION_DAYS after the event (cms/forms/eraseExpiredSubmissions.ts).
 */
export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: collectionLabels(
    { nl: 'Aanmelding', en: 'Registration' },
    { nl: 'Aanmeldingen', en: 'Registrations' },
  ),
  admin: {
    group: { nl: 'Inbox', en: 'Inbox' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'event', 'status', 'organisation', 'createdAt'],
    description: {
      nl: 'Aanmeldingen voor activiteiten. Filter op een activiteit en exporteer de deelnemerslijst als CSV vanaf de activiteit.',
      en: 'Registrations for events. Filter by event, and export the list of participants as CSV from the event.',
    },
  },
  defaultSort: 'createdAt',
  access: { create: nobody, read: isEditor, update: isEditor, delete: isAdmin },
  endpoints: [exportParticipants],
  hooks: { afterChange: [queueRegistrationMails, moveUpWaitingList] },
  fields: [
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      required: true,
      index: true,
      label: { nl: 'Activiteit', en: 'Event' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'confirmed',
          options: REGISTRATION_STATUSES,
          label: { nl: 'Status', en: 'Status' },
        },
        readerLanguage,
      ],
    },
    { name: 'name', type: 'text', required: true, maxLength: 100, label: { nl: 'Naam', en: 'Name' } },
    {
      name: 'email',
      type: 'email',
      required: true,
      index: true,
      label: { nl: 'E-mailadres', en: 'E-mail address' },
    },
    { name: 'organisation', type: 'text', maxLength: 120, label: { nl: 'Organisatie', en: 'Organisation' } },
    {
      name: 'needs',
      type: 'textarea',
      maxLength: 500,
      label: { nl: 'Dieetwensen of toegankelijkheid', en: 'Dietary or accessibility needs' },
    },
    {
      name: 'consent',
      type: 'checkbox',
      label: { nl: 'Gaf toestemming', en: 'Gave consent' },
      admin: { readOnly: true },
    },
    {
      // The secret in the cancel link of the confirmation mail; never shown or returned by the API.
      name: 'cancelToken',
      type: 'text',
      index: true,
      access: { read: () => false, update: () => false },
      admin: { hidden: true },
    },
  ],
}
