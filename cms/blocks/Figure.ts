import type { Block } from 'payload'

/** An image with a visible caption and credit. Exported as the `::figure{...}` Markdown directive. */
export const Figure: Block = {
  slug: 'figure',
  interfaceName: 'FigureBlock',
  labels: { singular: { nl: 'Figuur', en: 'Figure' }, plural: { nl: 'Figuren', en: 'Figures' } },
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', required: true },
    { name: 'caption', type: 'text', required: true, label: { nl: 'Bijschrift', en: 'Caption' } },
    {
      name: 'credit',
      type: 'text',
      label: { nl: 'Bron of fotograaf', en: 'Credit' },
      admin: { description: 'Leave empty to use the credit stored with the image.' },
    },
  ],
}
