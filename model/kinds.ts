/**
 * The kinds of document in content/: where each lives, which schema its front matter follows, what
 * its body is, which keys are shared by its translations and which refer to other documents. The
 * reader of content/, the site's collections and the CMS's export and import all read this table.
 */
import type { z } from 'zod'

import type { ReferencedCollection } from './references'
import {
  authorSchema,
  bookSchema,
  chapterSchema,
  editionSchema,
  eventSchema,
  pageSchema,
  postSchema,
  speakerSchema,
  tipSchema,
  topicSchema,
} from './schemas'

export type MediaCollection = 'media'

/** What a media reference takes: an image the site shows (the default), or a document to download. */
export type MediaHolds = 'images' | 'documents'

export type ContentKind<Name extends string = string, Schema extends z.ZodType = z.ZodType> = {
  name: Name
  /** The CMS collection that holds documents of this kind. */
  collection: ReferencedCollection | 'books' | 'editions'
  /** Folder in content/, and the file name when a kind has one document (the book). */
  folder: string
  singleFileName?: string
  schema: Schema
  /** `markdown`: a rich text body in our Markdown dialect; `text`: a plain text field. */
  body: { field: string; format: 'markdown' | 'text' }
  /** The localized field whose presence in a language means the document exists in it. */
  presence: string
  /** Front matter keys that hold the same value in every language. */
  shared: string[]
  /** Front matter keys that refer to other documents, images or (`holds: 'documents'`) files to download. */
  references: { key: string; collection: ReferencedCollection | MediaCollection; holds?: MediaHolds }[]
  /** Only documents with drafts have a publication status; the others are public unless `publicWhen` says. */
  hasDrafts: boolean
  /** For a kind without drafts that is public in one state only: a newsletter edition once sent. */
  publicWhen?: { field: string; equals: string }
}

const topics = { key: 'topics', collection: 'topics' } as const

const kind = <Name extends string, Schema extends z.ZodType>(definition: ContentKind<Name, Schema>) =>
  definition

export const TOPICS = kind({
  name: 'topics',
  collection: 'topics',
  folder: 'topics',
  schema: topicSchema,
  body: { field: 'description', format: 'text' },
  presence: 'name',
  shared: [],
  references: [],
  hasDrafts: false,
})

export const AUTHORS = kind({
  name: 'authors',
  collection: 'users',
  folder: 'authors',
  schema: authorSchema,
  body: { field: 'bio', format: 'text' },
  // Every author's profile exists in both languages, with or without a biography: the name is
  // enough for a byline, and a post must never vanish because its author has not written one.
  presence: 'name',
  shared: ['name', 'slug', 'photo'],
  references: [{ key: 'photo', collection: 'media' }],
  hasDrafts: false,
})

export const BOOK = kind({
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
})

export const CHAPTERS = kind({
  name: 'chapters',
  collection: 'chapters',
  folder: 'book/chapters',
  schema: chapterSchema,
  body: { field: 'body', format: 'markdown' },
  presence: 'title',
  shared: ['number', 'authors', 'topics'],
  references: [topics],
  hasDrafts: true,
})

export const POSTS = kind({
  name: 'posts',
  collection: 'posts',
  folder: 'posts',
  schema: postSchema,
  body: { field: 'body', format: 'markdown' },
  presence: 'title',
  shared: ['date', 'authors', 'topics', 'hero'],
  references: [{ key: 'authors', collection: 'users' }, topics, { key: 'hero', collection: 'media' }],
  hasDrafts: true,
})

export const TIPS = kind({
  name: 'tips',
  collection: 'tips',
  folder: 'tips',
  schema: tipSchema,
  body: { field: 'body', format: 'markdown' },
  presence: 'title',
  shared: ['number', 'category', 'topics', 'date'],
  references: [topics],
  hasDrafts: true,
})

export const SPEAKERS = kind({
  name: 'speakers',
  collection: 'speakers',
  folder: 'speakers',
  schema: speakerSchema,
  body: { field: 'bio', format: 'text' },
  presence: 'jobTitle',
  shared: ['name', 'slug', 'organisation', 'photo', 'topics', 'regions', 'languages', 'requestEmail'],
  references: [{ key: 'photo', collection: 'media' }, topics],
  hasDrafts: true,
})

export const PAGES = kind({
  name: 'pages',
  collection: 'pages',
  folder: 'pages',
  schema: pageSchema,
  body: { field: 'body', format: 'markdown' },
  presence: 'title',
  shared: [],
  references: [],
  hasDrafts: true,
})

export const EVENTS = kind({
  name: 'events',
  collection: 'events',
  folder: 'events',
  schema: eventSchema,
  body: { field: 'body', format: 'markdown' },
  presence: 'title',
  shared: [
    'kind',
    'start',
    'end',
    'timeZone',
    'region',
    'online',
    'topics',
    'speakers',
    'organisers',
    'capacity',
    'registration',
    'hero',
    'cancelled',
    'sequence',
    'reportPost',
    'photos',
    'slides',
  ],
  references: [
    topics,
    { key: 'speakers', collection: 'speakers' },
    { key: 'hero', collection: 'media' },
    { key: 'reportPost', collection: 'posts' },
    { key: 'photos', collection: 'media' },
    { key: 'slides', collection: 'media', holds: 'documents' },
  ],
  hasDrafts: true,
})

/**
 * A newsletter edition, on the site once it was sent. Its items are a selection, not a dependency:
 * an item that leaves the site later (or has no translation) is left out of the edition's page in
 * that language, just as the mail left it out, instead of keeping the item from being withdrawn.
 */
export const EDITIONS = kind({
  name: 'editions',
  collection: 'editions',
  folder: 'newsletter',
  schema: editionSchema,
  body: { field: 'intro', format: 'text' },
  presence: 'title',
  shared: ['number', 'date', 'posts', 'tips', 'events', 'speakers'],
  references: [
    { key: 'posts', collection: 'posts' },
    { key: 'tips', collection: 'tips' },
    { key: 'events', collection: 'events' },
    { key: 'speakers', collection: 'speakers' },
  ],
  hasDrafts: false,
  publicWhen: { field: 'status', equals: 'sent' },
})

/** In the order they are read and imported: what is referred to comes before what refers to it. */
export const KINDS: ContentKind[] = [
  TOPICS,
  AUTHORS,
  BOOK,
  CHAPTERS,
  POSTS,
  TIPS,
  SPEAKERS,
  PAGES,
  EVENTS,
  EDITIONS,
]

/** The field and value that make a document of this kind public; undefined when every one is. */
export const publicState = (kind: ContentKind): { field: string; equals: string } | undefined =>
  kind.hasDrafts ? { field: '_status', equals: 'published' } : kind.publicWhen

/** Whether a document of this kind, as stored in the CMS, belongs on the site. */
export const isPublicDocument = (kind: ContentKind, doc: Record<string, unknown>): boolean => {
  const state = publicState(kind)
  return !state || doc[state.field] === state.equals
}

export const kindByName = (name: string): ContentKind => {
  const found = KINDS.find((candidate) => candidate.name === name)
  if (!found) throw new Error(`Unknown content kind "${name}"`)
  return found
}

export const kindOfFolder = (folder: string): ContentKind | undefined =>
  KINDS.find((each) => each.folder === folder)

/** Where a media file and its sidecar live in content/. */
export const MEDIA_FOLDER = 'media'
/** The site shows images through its image pipeline, which takes raster images only. */
export const RASTER_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif']

/**
 * Files readers download rather than see: an event's slides. PDF only: every reader can open it,
 * it looks the same everywhere, and an editable presentation would carry its speaker notes along.
 */
export const DOCUMENT_EXTENSIONS = ['pdf']

/** The file extensions an original in content/media may have: images, SVG included, and documents. */
export const MEDIA_EXTENSIONS = [...RASTER_EXTENSIONS, 'svg', ...DOCUMENT_EXTENSIONS]

const formatName = (extension: string) => extension.toUpperCase() || 'unknown'

/** Why an image with this file extension cannot be shown on a page, or undefined when it can. */
export function whyImageCannotBeShown(extension: string): string | undefined {
  const lower = extension.toLowerCase()
  if (RASTER_EXTENSIONS.includes(lower)) return undefined
  if (DOCUMENT_EXTENSIONS.includes(lower))
    return `it is a ${formatName(lower)} document, not an image; choose a JPEG, PNG, WebP, AVIF or GIF image here`
  return `it is an ${formatName(lower)} file; the site shows images as JPEG, PNG, WebP, AVIF or GIF. Upload it in one of those formats`
}

/** Why a file with this extension cannot be offered as a download (slides), or undefined when it can. */
export function whyNotADocument(extension: string): string | undefined {
  if (DOCUMENT_EXTENSIONS.includes(extension.toLowerCase())) return undefined
  return `it is a ${formatName(extension)} image, not a document; save the slides as PDF and upload that`
}

/** Why a media file with this extension cannot be used where a reference holds images or documents. */
export const whyMediaCannotBeUsed = (extension: string, holds: MediaHolds = 'images'): string | undefined =>
  holds === 'documents' ? whyNotADocument(extension) : whyImageCannotBeShown(extension)
