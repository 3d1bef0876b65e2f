import {
  BlockquoteFeature,
  BlocksFeature,
  BoldFeature,
  CodeBlock,
  EXPERIMENTAL_TableFeature,
  FixedToolbarFeature,
  HeadingFeature,
  HorizontalRuleFeature,
  InlineCodeFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  StrikethroughFeature,
  UnorderedListFeature,
  UploadFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'

import { Callout } from '../blocks/Callout'
import { Figure } from '../blocks/Figure'
import { TipBox } from '../blocks/TipBox'
import { VideoEmbed } from '../blocks/VideoEmbed'
import { CODE_LANGUAGES } from '../../model/vocabularies'
import { linkFields } from './linkFields'

/** Documents an internal link may point to; content/ stores them as `post:<id>` and the site makes URLs. */
export const LINKABLE_COLLECTIONS = [
  'posts',
  'chapters',
  'tips',
  'speakers',
  'pages',
  'topics',
  'users',
] as const

/**
 * The one rich text editor for every body. It offers exactly what has a Markdown form in content/
 * (headings h2-h4, bold, italic, strikethrough, inline code, links, lists, quotes, rules, tables,
 * code blocks, images and our four blocks), so export and import never lose anything. Underline,
 * sub/superscript, alignment, indentation and checklists are left out on purpose.
 */
export const richTextEditor = lexicalEditor({
  features: () => [
    ParagraphFeature(),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    BoldFeature(),
    ItalicFeature(),
    StrikethroughFeature(),
    InlineCodeFeature(),
    LinkFeature({ enabledCollections: [...LINKABLE_COLLECTIONS], fields: linkFields }),
    UnorderedListFeature(),
    OrderedListFeature(),
    BlockquoteFeature(),
    HorizontalRuleFeature(),
    UploadFeature({
      collections: {
        media: {
          fields: [
            {
              name: 'alt',
              type: 'text',
              label: { nl: 'Alternatieve tekst hier', en: 'Alt text here' },
              admin: { description: "Leave empty to use the image's own alt text." },
            },
          ],
        },
      },
    }),
    EXPERIMENTAL_TableFeature(),
    BlocksFeature({
      blocks: [Callout, Figure, VideoEmbed, TipBox, CodeBlock({ languages: CODE_LANGUAGES })],
    }),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
  ],
})
