import type { Block, TextFieldSingleValidation } from 'payload'

const VIDEO_URL = /^https:\/\/(www\.)?(youtube\.com\/watch\?v=[\w-]{6,}|youtu\.be\/[\w-]{6,}|vimeo\.com\/\d+)/

const validateVideoUrl: TextFieldSingleValidation = (value) => {
  if (!value) return 'A video address is required.'
  return VIDEO_URL.test(value)
    ? true
    : `"${value}" is not a YouTube or Vimeo video address (https://www.youtube.com/watch?v=..., https://youtu.be/... or https://vimeo.com/...).`
}

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
