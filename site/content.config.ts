/**
 * The content collections: one per kind of document, read straight from content/ (never from the
 * CMS) and checked with the same schemas the CMS export and import use. Entry ids are
 * `<id>.<language>`, e.g. `open-koffie-in-zwolle.nl`. The loader (lib/contentLoader.ts) is Astro's
 * glob loader with a digest that follows the documents a file links to.
 */
import { defineCollection } from 'astro:content'

import { contentLoader as fromContent, onlyContentLoaders } from './lib/contentLoader'
import { typographicFields } from './lib/typography'
import {
  AUTHORS,
  BOOK,
  CHAPTERS,
  EDITIONS,
  EVENTS,
  PAGES,
  POSTS,
  SPEAKERS,
  TIPS,
  TOPICS,
} from '../model/kinds'

/**
 * Each collection reads its kind's folder and checks its kind's schema (model/kinds.ts); readers
 * get the text fields with typographic quotes and dashes (lib/typography.ts).
 * Every collection must use this loader (`onlyContentLoaders` refuses others): the pages of a build
 * take the collections it hands over (lib/liveContentStores.ts, lib/dataStoreForPages.ts).
 */
export const collections = onlyContentLoaders({
  posts: defineCollection({
    // A post page shows the rendered body; of its Markdown only the number of words is kept.
    loader: fromContent(POSTS.folder, { wordsOnly: true }),
    schema: POSTS.schema.transform(typographicFields),
  }),
  chapters: defineCollection({
    loader: fromContent(CHAPTERS.folder),
    schema: CHAPTERS.schema.transform(typographicFields),
  }),
  book: defineCollection({
    loader: fromContent(BOOK.folder),
    schema: BOOK.schema.transform(typographicFields),
  }),
  tips: defineCollection({
    loader: fromContent(TIPS.folder),
    schema: TIPS.schema.transform(typographicFields),
  }),
  speakers: defineCollection({
    loader: fromContent(SPEAKERS.folder),
    schema: SPEAKERS.schema.transform(typographicFields),
  }),
  pages: defineCollection({
    loader: fromContent(PAGES.folder),
    schema: PAGES.schema.transform(typographicFields),
  }),
  topics: defineCollection({
    loader: fromContent(TOPICS.folder),
    schema: TOPICS.schema.transform(typographicFields),
  }),
  authors: defineCollection({
    loader: fromContent(AUTHORS.folder),
    schema: AUTHORS.schema.transform(typographicFields),
  }),
  events: defineCollection({
    loader: fromContent(EVENTS.folder),
    schema: EVENTS.schema.transform(typographicFields),
  }),
  editions: defineCollection({
    loader: fromContent(EDITIONS.folder),
    schema: EDITIONS.schema.transform(typographicFields),
  }),
})
