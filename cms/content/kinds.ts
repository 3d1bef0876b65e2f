/**
 * How each kind of document maps between the CMS and content/: which folder, which schema, which
 * front matter keys are the same in every language, and the conversion in both directions.
 * Export and import both read this table, so the two directions cannot drift apart.
 */
import type { CollectionSlug } from 'payload'
import type { z } from 'zod'

import type { Book, Chapter, Page, Post, Speaker, Tip, Topic, User } from '../payload-types'
import {
  authorSchema,
  bookSchema,
  chapterSchema,
  dateText,
  pageSchema,
  postSchema,
  speakerSchema,
  tipSchema,
  topicSchema,
} from '../../site/lib/contentSchemas'
import type { LexicalState } from './markdown/lexicalNodes'
import type { DatabaseId, ReferencedCollection } from './references'

export const LOCALES = ['nl', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** Looks up content ids while exporting. */
export type ExportLookup = (collection: ReferencedCollection | 'media', id: unknown) => string | undefined
/** Looks up database ids while importing (every reference was checked beforehand). */
export type ImportLookup = (collection: ReferencedCollection | 'media', contentId: string) => DatabaseId

type FrontMatter = Record<string, unknown>

export type Kind = {
  name: string
  collection: CollectionSlug
  /** Folder in content/, and the file name when a kind has one document (the book). */
  folder: string
  singleFileName?: string
  schema: z.ZodType<FrontMatter>
  /** `markdown`: a rich text body; `text`: a plain text field. */
  body: { field: string; format: 'markdown' | 'text' }
  /** The localized field whose presence in a language means the document exists in it. */
  presence: string
  /** Front matter keys that hold the same value in every language. */
  shared: string[]
  /** Front matter keys that refer to other documents or images. */
  references: { key: string; collection: ReferencedCollection | 'media' }[]
  /** Only documents with drafts have a publication status; the others are always public. */
  hasDrafts: boolean
  toFrontMatter(doc: never, lookup: ExportLookup): FrontMatter
  /** Payload data for one language, without the body. */
  toData(frontMatter: never, lookup: ImportLookup, context: { bookId?: DatabaseId }): Record<string, unknown>
}

const idOf = (value: unknown): unknown => (typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)

/** Leaves out empty values so files only hold what was filled in. */
function compact(record: FrontMatter): FrontMatter {
  return Object.fromEntries(
    Object.entries(record).filter(
      ([, value]) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0),
    ),
  )
}

const refs = (lookup: ExportLookup, collection: ReferencedCollection | 'media', values: unknown[] | null | undefined) =>
  (values ?? []).map((value) => lookup(collection, idOf(value))).filter((value): value is string => Boolean(value))

/** `2025-03-14` for midnight UTC, the full time otherwise (without milliseconds). */
export const formatDate = (value: string | null | undefined): string | undefined =>
  value ? dateText(new Date(value)) : undefined

export const parseDate = (value: string | undefined): string | undefined =>
  value ? new Date(value.length === 10 ? `${value}T00:00:00.000Z` : value).toISOString() : undefined

const topics = { key: 'topics', collection: 'topics' } as const

export const KINDS: Kind[] = [
  {
    name: 'topics',
    collection: 'topics',
    folder: 'topics',
    schema: topicSchema,
    body: { field: 'description', format: 'text' },
    presence: 'name',
    shared: [],
    references: [],
    hasDrafts: false,
    toFrontMatter: (doc: Topic) => compact({ name: doc.name, slug: doc.slug }),
    toData: (data: z.infer<typeof topicSchema>) => ({ name: data.name, slug: data.slug }),
  },
  {
    name: 'authors',
    collection: 'users',
    folder: 'authors',
    schema: authorSchema,
    body: { field: 'bio', format: 'text' },
    presence: 'bio',
    shared: ['name', 'slug', 'photo'],
    references: [{ key: 'photo', collection: 'media' }],
    hasDrafts: false,
    toFrontMatter: (doc: User, lookup) =>
      compact({
        name: doc.name,
        slug: doc.slug,
        jobTitle: doc.jobTitle,
        photo: doc.photo ? lookup('media', idOf(doc.photo)) : undefined,
        links: doc.links?.map((link) => ({ label: link.label, url: link.url })),
      }),
    toData: (data: z.infer<typeof authorSchema>, lookup) => ({
      name: data.name,
      slug: data.slug,
      jobTitle: data.jobTitle ?? null,
      photo: data.photo ? lookup('media', data.photo) : null,
      links: data.links ?? [],
    }),
  },
  {
    name: 'book',
    collection: 'books',
    folder: 'book',
    singleFileName: 'book',
    schema: bookSchema,
    body: { field: 'summary', format: 'text' },
    presence: 'title',
    shared: ['authors', 'licence', 'isbn', 'publisher', 'date'],
    references: [{ key: 'cover', collection: 'media' }],
    hasDrafts: false,
    toFrontMatter: (doc: Book, lookup) =>
      compact({
        title: doc.title,
        subtitle: doc.subtitle,
        edition: doc.edition,
        authors: doc.authors?.map((author) => ({ name: author.name, role: author.role ?? 'author' })),
        licence: doc.licence,
        cover: lookup('media', idOf(doc.cover)),
        isbn: doc.isbn,
        publisher: doc.publisher,
        date: formatDate(doc.publishedAt),
      }),
    toData: (data: z.infer<typeof bookSchema>, lookup) => ({
      title: data.title,
      subtitle: data.subtitle ?? null,
      edition: data.edition,
      authors: data.authors,
      licence: data.licence,
      cover: lookup('media', data.cover),
      isbn: data.isbn ?? null,
      publisher: data.publisher ?? null,
      publishedAt: parseDate(data.date) ?? null,
    }),
  },
  {
    name: 'chapters',
    collection: 'chapters',
    folder: 'book/chapters',
    schema: chapterSchema,
    body: { field: 'body', format: 'markdown' },
    presence: 'title',
    shared: ['number', 'authors', 'topics'],
    references: [topics],
    hasDrafts: true,
    toFrontMatter: (doc: Chapter, lookup) =>
      compact({
        number: doc.number,
        title: doc.title,
        slug: doc.slug,
        summary: doc.summary,
        authors: doc.authors?.map((author) => author.name),
        topics: refs(lookup, 'topics', doc.topics),
      }),
    toData: (data: z.infer<typeof chapterSchema>, lookup, { bookId }) => ({
      book: bookId,
      number: data.number,
      title: data.title,
      slug: data.slug,
      summary: data.summary ?? null,
      authors: (data.authors ?? []).map((name) => ({ name })),
      topics: (data.topics ?? []).map((id) => lookup('topics', id)),
    }),
  },
  {
    name: 'posts',
    collection: 'posts',
    folder: 'posts',
    schema: postSchema,
    body: { field: 'body', format: 'markdown' },
    presence: 'title',
    shared: ['date', 'authors', 'topics', 'hero'],
    references: [{ key: 'authors', collection: 'users' }, topics, { key: 'hero', collection: 'media' }],
    hasDrafts: true,
    toFrontMatter: (doc: Post, lookup) =>
      compact({
        title: doc.title,
        slug: doc.slug,
        summary: doc.summary,
        date: formatDate(doc.publishedAt),
        authors: refs(lookup, 'users', doc.authors),
        topics: refs(lookup, 'topics', doc.topics),
        hero: doc.heroImage ? lookup('media', idOf(doc.heroImage)) : undefined,
      }),
    toData: (data: z.infer<typeof postSchema>, lookup) => ({
      title: data.title,
      slug: data.slug,
      summary: data.summary,
      publishedAt: parseDate(data.date),
      authors: data.authors.map((id) => lookup('users', id)),
      topics: (data.topics ?? []).map((id) => lookup('topics', id)),
      heroImage: data.hero ? lookup('media', data.hero) : null,
    }),
  },
  {
    name: 'tips',
    collection: 'tips',
    folder: 'tips',
    schema: tipSchema,
    body: { field: 'body', format: 'markdown' },
    presence: 'title',
    shared: ['number', 'category', 'topics', 'date'],
    references: [topics],
    hasDrafts: true,
    toFrontMatter: (doc: Tip, lookup) =>
      compact({
        number: doc.number,
        title: doc.title,
        slug: doc.slug,
        category: doc.category,
        topics: refs(lookup, 'topics', doc.topics),
        date: formatDate(doc.publishedAt),
      }),
    toData: (data: z.infer<typeof tipSchema>, lookup) => ({
      number: data.number,
      title: data.title,
      slug: data.slug,
      category: data.category,
      topics: (data.topics ?? []).map((id) => lookup('topics', id)),
      publishedAt: parseDate(data.date),
    }),
  },
  {
    name: 'speakers',
    collection: 'speakers',
    folder: 'speakers',
    schema: speakerSchema,
    body: { field: 'bio', format: 'text' },
    presence: 'jobTitle',
    shared: ['name', 'slug', 'organisation', 'photo', 'topics', 'regions', 'languages', 'requestEmail'],
    references: [{ key: 'photo', collection: 'media' }, topics],
    hasDrafts: true,
    toFrontMatter: (doc: Speaker, lookup) =>
      compact({
        name: doc.name,
        slug: doc.slug,
        jobTitle: doc.jobTitle,
        organisation: doc.organisation,
        photo: doc.photo ? lookup('media', idOf(doc.photo)) : undefined,
        topics: refs(lookup, 'topics', doc.topics),
        regions: doc.regions,
        languages: doc.languages,
        talks: doc.talks?.map((talk) => ({ title: talk.title, description: talk.description })),
        howToRequest: doc.howToRequest,
        requestEmail: doc.requestEmail,
      }),
    toData: (data: z.infer<typeof speakerSchema>, lookup) => ({
      name: data.name,
      slug: data.slug,
      jobTitle: data.jobTitle,
      organisation: data.organisation,
      photo: data.photo ? lookup('media', data.photo) : null,
      topics: (data.topics ?? []).map((id) => lookup('topics', id)),
      regions: data.regions,
      languages: data.languages,
      talks: data.talks,
      howToRequest: data.howToRequest,
      requestEmail: data.requestEmail ?? null,
    }),
  },
  {
    name: 'pages',
    collection: 'pages',
    folder: 'pages',
    schema: pageSchema,
    body: { field: 'body', format: 'markdown' },
    presence: 'title',
    shared: [],
    references: [],
    hasDrafts: true,
    toFrontMatter: (doc: Page) => compact({ title: doc.title, slug: doc.slug, description: doc.description }),
    toData: (data: z.infer<typeof pageSchema>) => ({ title: data.title, slug: data.slug, description: data.description }),
  },
]

export const kindByName = (name: string): Kind => {
  const kind = KINDS.find((candidate) => candidate.name === name)
  if (!kind) throw new Error(`Unknown content kind "${name}"`)
  return kind
}

export type { LexicalState }
