import type { Block, TextFieldSingleValidation } from 'payload'

import { checkVideoAddress } from '../../model/addresses'

const validateVideoUrl: TextFieldSingleValidation = (value) => checkVideoAddress(value ?? '')

/**
 * A video from YouTube or Vimeo. The site shows a linked still and title rather than an iframe,
 * so no request leaves our origin until the reader chooses to watch.
 */
export const VideoEmbed: Block = {
  slug: 'video',
  interfaceName: 'VideoEmbedBlock',
  labels: { singular: { nl: 'Video', en: 'Video' }, plural: { nl: "Video's", en: 'Videos' } },
  fields: [
    { name: 'url', type: 'text', required: true, validate: validateVideoUrl },
    {
      name: 'title',
      type: 'text',
      required: true,
      label: { nl: 'Titel', en: 'Title' },
      admin: { description: 'Describes the video for people who cannot see it.' },
    },
    { name: 'caption', type: 'text', label: { nl: 'Bijschrift', en: 'Caption' } },
  ],
}
