/**
 * The content collections: one per kind of document, read straight from content/ (never from the
 * CMS) and checked with the same schemas the CMS export and import use. Entry ids are
 * `<id>.<language>`, e.g. `open-koffie-in-zwolle.nl`.
 */
import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'

import {
  authorSchema,
  bookSchema,
  chapterSchema,
  pageSchema,
  postSchema,
  speakerSchema,
  tipSchema,
  topicSchema,
} from './lib/contentSchemas'

const fromContent = (folder: string) =>
  glob({
    pattern: '*.{nl,en}.md',
    base: `${process.env.CONTENT_DIR || './content'}/${folder}`,
    // Astro would use the slug as id; ours is the file name, shared by a document's translations.
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  })

export const collections = {
  posts: defineCollection({ loader: fromContent('posts'), schema: postSchema }),
  chapters: defineCollection({ loader: fromContent('book/chapters'), schema: chapterSchema }),
  book: defineCollection({ loader: fromContent('book'), schema: bookSchema }),
  tips: defineCollection({ loader: fromContent('tips'), schema: tipSchema }),
  speakers: defineCollection({ loader: fromContent('speakers'), schema: speakerSchema }),
  pages: defineCollection({ loader: fromContent('pages'), schema: pageSchema }),
  topics: defineCollection({ loader: fromContent('topics'), schema: topicSchema }),
  authors: defineCollection({ loader: fromContent('authors'), schema: authorSchema }),
}
