import type { CollectionConfig } from 'payload'

import { NEWSLETTER_LANGUAGES } from '../../../model/forms'
import { isAdmin } from '../../access/isAdmin'
import { isEditor } from '../../access/isEditor'
import { nobody } from '../../access/nobody'
import { collectionLabels } from '../../lib/collectionLabels'
import { dayAndTime } from '../../fields/dateFormats'

export const SUBSCRIBER_STATUSES = [
  { value: 'pending', label: { nl: 'Wacht op bevestiging', en: 'Waiting for confirmation' } },
  { value: 'active', label: { nl: 'Actief', en: 'Active' } },
  { value: 'unsubscribed', label: { nl: 'Afgemeld', en: 'Unsubscribed' } },
  { value: 'deactivated', label: { nl: 'Gedeactiveerd (onbestelbaar)', en: 'Deactivated (undeliverable)' } },
] as const

/**
 * The newsletter's readers. Only the form on the site makes one (cms/newsletter/subscribe.ts),
 * waiting for confirmation until the reader follows the link in the mail (double opt-in); when and
 * from which page they subscribed and confirmed is kept as their consent. Unconfirmed addresses are
 * deleted after NEWSLETTER_CONFIRM_DAYS.
 */
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  labels: collectionLabels({ nl: 'Abonnee', en: 'Subscriber' }, { nl: 'Abonnees', en: 'Subscribers' }),
  admin: {
    group: { nl: 'Nieuwsbrief', en: 'Newsletter' },
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'language', 'confirmedAt'],
    description: {
      nl: 'Lezers die zich via de site aanmeldden. Alleen wie bevestigde (Actief), krijgt de nieuwsbrief.',
      en: 'Readers who subscribed on the site. Only those who confirmed (Active) receive the newsletter.',
    },
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: isEditor, update: isEditor, delete: isAdmin },
  fields: [
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      index: true,
      label: { nl: 'E-mailadres', en: 'E-mail address' },
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'pending',
          options: [...SUBSCRIBER_STATUSES],
          label: { nl: 'Status', en: 'Status' },
        },
        {
          name: 'language',
          type: 'select',
          required: true,
          options: [...NEWSLETTER_LANGUAGES],
          label: { nl: 'Taal', en: 'Language' },
        },
      ],
    },
    {
      type: 'collapsible',
      label: { nl: 'Toestemming', en: 'Consent' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'subscribedAt',
              type: 'date',
              index: true,
              label: { nl: 'Aangemeld op', en: 'Subscribed at' },
              admin: { readOnly: true, date: dayAndTime },
            },
            {
              name: 'confirmedAt',
              type: 'date',
              label: { nl: 'Bevestigd op', en: 'Confirmed at' },
              admin: { readOnly: true, date: dayAndTime },
            },
          ],
        },
        {
          name: 'subscribedFrom',
          type: 'text',
          label: { nl: 'Aangemeld via', en: 'Subscribed from' },
          admin: { readOnly: true, description: 'The page of the site whose form they used.' },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'unsubscribedAt',
              type: 'date',
              label: { nl: 'Afgemeld op', en: 'Unsubscribed at' },
              admin: { readOnly: true, date: dayAndTime },
            },
            {
              name: 'unsubscribedHow',
              type: 'select',
              options: [
                { value: 'link', label: { nl: 'Via de link in een mail', en: 'Through the link in a mail' } },
                {
                  value: 'one-click',
                  label: {
                    nl: 'Met de afmeldknop van het mailprogramma',
                    en: 'With the mail program’s button',
                  },
                },
              ],
              label: { nl: 'Hoe', en: 'How' },
              admin: { readOnly: true },
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'failures',
          type: 'number',
          defaultValue: 0,
          label: { nl: 'Onbestelbaar (op rij)', en: 'Undeliverable (in a row)' },
          admin: {
            readOnly: true,
            description: 'Refusals by the receiving server in a row; at 3 the address is deactivated.',
          },
        },
        {
          name: 'lastFailure',
          type: 'text',
          label: { nl: 'Laatste weigering', en: 'Last refusal' },
          admin: { readOnly: true },
        },
      ],
    },
    {
      // The secret in the links of every mail (confirm, change, unsubscribe); never shown or returned by the API.
      name: 'token',
      type: 'text',
      index: true,
      access: { read: () => false, update: () => false },
      admin: { hidden: true },
    },
  ],
}
