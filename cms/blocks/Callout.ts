import type { Block } from 'payload'

import { CALLOUT_TONES } from '../../model/vocabularies'

/** A highlighted note inside a text. Exported as the `:::callout{tone=...}` Markdown directive. */
export const Callout: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: { singular: { nl: 'Kader', en: 'Callout' }, plural: { nl: 'Kaders', en: 'Callouts' } },
  fields: [
    {
      name: 'tone',
      type: 'select',
      required: true,
      defaultValue: CALLOUT_TONES[0].value,
      options: [...CALLOUT_TONES],
    },
    { name: 'title', type: 'text', label: { nl: 'Titel', en: 'Title' } },
    { name: 'content', type: 'textarea', required: true, label: { nl: 'Tekst', en: 'Text' } },
  ],
}
