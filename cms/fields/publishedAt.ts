import type { Field } from 'payload'
import { dayAndTime } from './dateFormats'

/** The date readers see. Filled with the moment of first publication when left empty. */
export const publishedAt: Field = {
  name: 'publishedAt',
  type: 'date',
  index: true,
  label: { nl: 'Publicatiedatum', en: 'Publication date' },
  admin: { position: 'sidebar', date: dayAndTime },
  hooks: {
    beforeChange: [
      ({ siblingData, value }) => {
        if (!value && siblingData._status === 'published') return new Date().toISOString()
        return value
      },
    ],
  },
}
