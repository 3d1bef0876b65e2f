import {
  BlocksFeature,
  CodeBlock,
  EXPERIMENTAL_TableFeature,
  FixedToolbarFeature,
  HeadingFeature,
  LinkFeature,
  UploadFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'

import { Callout } from '../blocks/Callout'
import { Figure } from '../blocks/Figure'
import { TipBox } from '../blocks/TipBox'
import { VideoEmbed } from '../blocks/VideoEmbed'

/** Documents an internal link may point to; the site turns them into URLs at build time. */
export const LINKABLE_COLLECTIONS = ['posts', 'chapters', 'tips', 'speakers', 'pages', 'topics'] as const

/**
 * The one rich text editor for every body. Everything it can hold has a Markdown form in content/
 * (headings, lists, links, quotes, tables, code, images and our four blocks), so keep the two in step.
 */
export const richTextEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter(
      (feature) => !['heading', 'link', 'upload', 'relationship'].includes(feature.key),
    ),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    LinkFeature({ enabledCollections: [...LINKABLE_COLLECTIONS] }),
    UploadFeature({ collections: { media: { fields: [] } } }),
    EXPERIMENTAL_TableFeature(),
    FixedToolbarFeature(),
    BlocksFeature({
      blocks: [
        Callout,
        Figure,
        VideoEmbed,
        TipBox,
        CodeBlock({
          languages: {
            plaintext: 'Plain text',
            ts: 'TypeScript',
            js: 'JavaScript',
            json: 'JSON',
            html: 'HTML',
            css: 'CSS',
            bash: 'Shell',
          },
        }),
      ],
    }),
  ],
})
