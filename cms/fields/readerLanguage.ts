import type { Field } from 'payload'

import { LOCALE_NAMES, LOCALES } from '../../model/locales'

/** The language of the site page a reader's form came from: mails to them are in it. */
export const readerLanguage: Field = {
  name: 'language',
  type: 'select',
  required: true,
  options: LOCALES.map((code) => ({ value: code, label: LOCALE_NAMES[code] })),
  label: { nl: 'Taal', en: 'Language' },
  admin: { readOnly: true },
}
