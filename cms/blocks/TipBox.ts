import type { Block } from 'payload'

/** A practical tip inside a post or chapter. Exported as the `:::tip` Markdown directive. */
export const TipBox: Block = {
  slug: 'tipBox',
  interfaceName: 'TipBoxBlock',
  labels: { singular: { nl: 'Tipkader', en: 'Tip box' }, plural: { nl: 'Tipkaders', en: 'Tip boxes' } },
  fields: [
    { name: 'title', type: 'text', label: { nl: 'Titel', en: 'Title' } },
    { name: 'content', type: 'textarea', required: true, label: { nl: 'Tip', en: 'Tip' } },
  ],
}
