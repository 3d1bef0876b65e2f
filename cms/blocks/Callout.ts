import type { Block } from 'payload'

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
      defaultValue: 'info',
      options: [
        { value: 'info', label: { nl: 'Informatie', en: 'Information' } },
        { value: 'warning', label: { nl: 'Let op', en: 'Warning' } },
        { value: 'example', label: { nl: 'Voorbeeld', en: 'Example' } },
      ],
    },
    { name: 'title', type: 'text', label: { nl: 'Titel', en: 'Title' } },
    { name: 'content', type: 'textarea', required: true, label: { nl: 'Tekst', en: 'Text' } },
  ],
}
