/**
 * The content collections: one per kind of document, read straight from content/ (never from the
 * CMS) and checked with the same schemas the CMS export and import use. Entry ids are
 * `<id>.<language>`, e.g. `open-koffie-in-zwolle.nl`. The loader (lib/contentLoader.ts) is Astro's
 * glob loader with a digest that follows the documents a file links to.
 */
import { defineCollection } from 'astro:content'

import { contentLoader as fromContent } from './lib/contentLoader'
import {
  authorSchema,
  bookSchema,
  chapterSchema,
  pageSchema,
  postSchema,
  speakerSchema,
  tipSchema,
  topicSchema,
} from '../model/schemas'

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
