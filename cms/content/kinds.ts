/**
 * How each kind of document maps between the CMS and content/, in both directions. What a kind
 * is (folder, schema, shared keys, references) is the content contract in model/kinds.ts; this file
 * adds the conversion to and from Payload's documents, typed by Payload's generated types on one
 * side and the contract's schemas on the other, so renaming a field on either side fails `tsc`.
 * Export and import both read this table, so the two directions cannot drift apart.
 */
import type { CollectionSlug, DataFromCollectionSlug, RequiredDataFromCollectionSlug } from 'payload'
import type { z } from 'zod'

import { EDITION_ITEM_COLLECTIONS, type EditionItemCollection } from '../../model/forms'
import { LOCALES, type Locale } from '../../model/locales'
import {
  AUTHORS,
  BOOK,
  CHAPTERS,
  EDITIONS,
  EVENTS,
  KINDS as CONTRACT_KINDS,
  PAGES,
  POSTS,
  SPEAKERS,
  TIPS,
  TOPICS,
  type ContentKind,
} from '../../model/kinds'
import type { DatabaseId, ReferencedCollection } from '../../model/references'
import { dateText } from '../../model/schemas'
import type { Book, Chapter, Edition, Event, Page, Post, Speaker, Tip, Topic, User } from '../payload-types'
import type { LexicalState } from './markdown/lexicalNodes'
import { relationId } from '../lib/relationId'

export { LOCALES, type Locale }

/** Looks up content ids while exporting. */
export type ExportLookup = (collection: ReferencedCollection | 'media', id: unknown) => string | undefined
/**
 * Looks up database ids while importing (every reference was checked beforehand). Typed as the
 * generated types' id (a number on SQLite); on MongoDB it is a string, which Payload takes as well.
 */
export type ImportLookup = (collection: ReferencedCollection | 'media', contentId: string) => CmsId
type CmsId = Post['id']

type FrontMatter = Record<string, unknown>

/** Front matter as the export builds it: the schema checks afterwards that nothing required is missing. */
type Candidate<T> = { [K in keyof T]?: T[K] }
/**
 * What a mapping writes, checked key by key (`satisfies`) so that a key the schema does not have,
 * or a field Payload does not have, fails `tsc`; empty values are left out by `compact`.
 */
type FrontMatterOf<K extends ContentKind> = {
  [Key in keyof z.input<K['schema']>]?: z.input<K['schema']>[Key] | null
}
type DataOf<Slug extends CollectionSlug> = Partial<RequiredDataFromCollectionSlug<Slug>>

type Mapping<K extends ContentKind, Slug extends CollectionSlug, Doc> = {
  toFrontMatter(doc: Doc, lookup: ExportLookup): Candidate<z.input<K['schema']>>
  /** Payload data for one language, without the body. */
  toData(
    frontMatter: z.infer<K['schema']>,
    lookup: ImportLookup,
    context: { bookId?: CmsId },
  ): Partial<RequiredDataFromCollectionSlug<Slug>>
}

const mapping = <K extends ContentKind, Slug extends CollectionSlug>(
  kind: K,
  conversion: Mapping<K, Slug, DataFromCollectionSlug<Slug>>,
) => ({ ...kind, ...conversion })

/** A kind of the contract together with its conversion; export and import take it untyped. */
export type Kind = ContentKind & {
  toFrontMatter(doc: never, lookup: ExportLookup): FrontMatter
  toData(frontMatter: never, lookup: ImportLookup, context: { bookId?: DatabaseId }): object
}

type Compact<T> = { [K in keyof T]?: Exclude<T[K], null | undefined> }

/** Leaves out empty values so files only hold what was filled in. */
function compact<T extends object>(record: T): Compact<T> {
  return Object.fromEntries(
    Object.entries(record).filter(
      ([, value]) =>
        value !== undefined &&
        value !== null &&
        value !== '' &&
        !(Array.isArray(value) && value.length === 0),
    ),
  ) as Compact<T>
}

const refs = (
  lookup: ExportLookup,
  collection: ReferencedCollection | 'media',
  values: unknown[] | null | undefined,
) =>
  (values ?? [])
    .map((value) => lookup(collection, relationId(value)))
    .filter((value): value is string => Boolean(value))

/** `2025-03-14` for midnight UTC, the full time otherwise (without milliseconds). */
export const formatDate = (value: string | null | undefined): string | undefined =>
  value ? dateText(new Date(value)) : undefined

export const parseDate = (value: string | undefined): string | undefined =>
  value ? new Date(value.length === 10 ? `${value}T00:00:00.000Z` : value).toISOString() : undefined

const topics = mapping<typeof TOPICS, 'topics'>(TOPICS, {
  toFrontMatter: (doc: Topic) =>
    compact({ name: doc.name, slug: doc.slug } satisfies FrontMatterOf<typeof TOPICS>),
  toData: (data) => ({ name: data.name, slug: data.slug }) satisfies DataOf<'topics'>,
})

const authors = mapping<typeof AUTHORS, 'users'>(AUTHORS, {
  toFrontMatter: (doc: User, lookup) =>
    compact({
      name: doc.name,
      slug: doc.slug,
      jobTitle: doc.jobTitle,
      photo: doc.photo ? lookup('media', relationId(doc.photo)) : undefined,
      links: doc.links?.map((link) => ({ label: link.label, url: link.url })),
    } satisfies FrontMatterOf<typeof AUTHORS>),
  toData: (data, lookup) =>
    ({
      name: data.name,
      slug: data.slug,
      jobTitle: data.jobTitle ?? null,
      photo: data.photo ? lookup('media', data.photo) : null,
      links: data.links ?? [],
    }) satisfies DataOf<'users'>,
})

const book = mapping<typeof BOOK, 'books'>(BOOK, {
  toFrontMatter: (doc: Book, lookup) =>
    compact({
      title: doc.title,
      subtitle: doc.subtitle,
      edition: doc.edition,
      authors: doc.authors?.map((author) => ({
        name: author.name,
        role: author.role ?? 'author',
        ...(author.language ? { language: author.language } : {}),
      })),
      licence: doc.licence,
      cover: lookup('media', relationId(doc.cover)),
      isbn: doc.isbn,
      publisher: doc.publisher,
      date: formatDate(doc.publishedAt),
    } satisfies FrontMatterOf<typeof BOOK>),
  toData: (data, lookup) =>
    ({
      title: data.title,
      subtitle: data.subtitle ?? null,
      edition: data.edition,
      authors: data.authors,
      licence: data.licence,
      cover: lookup('media', data.cover),
      isbn: data.isbn ?? null,
      publisher: data.publisher ?? null,
      publishedAt: parseDate(data.date) ?? null,
    }) satisfies DataOf<'books'>,
})

const chapters = mapping<typeof CHAPTERS, 'chapters'>(CHAPTERS, {
  toFrontMatter: (doc: Chapter, lookup) =>
    compact({
      number: doc.number,
      title: doc.title,
      slug: doc.slug,
      summary: doc.summary,
      authors: doc.authors?.map((author) => author.name),
      topics: refs(lookup, 'topics', doc.topics),
    } satisfies FrontMatterOf<typeof CHAPTERS>),
  toData: (data, lookup, { bookId }) =>
    ({
      book: bookId,
      number: data.number,
      title: data.title,
      slug: data.slug,
      summary: data.summary ?? null,
      authors: (data.authors ?? []).map((name) => ({ name })),
      topics: (data.topics ?? []).map((id) => lookup('topics', id)),
    }) satisfies DataOf<'chapters'>,
})

const posts = mapping<typeof POSTS, 'posts'>(POSTS, {
  toFrontMatter: (doc: Post, lookup) =>
    compact({
      title: doc.title,
      slug: doc.slug,
      summary: doc.summary,
      date: formatDate(doc.publishedAt),
      authors: refs(lookup, 'users', doc.authors),
      topics: refs(lookup, 'topics', doc.topics),
      hero: doc.heroImage ? lookup('media', relationId(doc.heroImage)) : undefined,
    } satisfies FrontMatterOf<typeof POSTS>),
  toData: (data, lookup) =>
    ({
      title: data.title,
      slug: data.slug,
      summary: data.summary,
      publishedAt: parseDate(data.date),
      authors: data.authors.map((id) => lookup('users', id)),
      topics: (data.topics ?? []).map((id) => lookup('topics', id)),
      heroImage: data.hero ? lookup('media', data.hero) : null,
    }) satisfies DataOf<'posts'>,
})

const tips = mapping<typeof TIPS, 'tips'>(TIPS, {
  toFrontMatter: (doc: Tip, lookup) =>
    compact({
      number: doc.number,
      title: doc.title,
      slug: doc.slug,
      category: doc.category,
      topics: refs(lookup, 'topics', doc.topics),
      date: formatDate(doc.publishedAt),
    } satisfies FrontMatterOf<typeof TIPS>),
  toData: (data, lookup) =>
    ({
      number: data.number,
      title: data.title,
      slug: data.slug,
      category: data.category,
      topics: (data.topics ?? []).map((id) => lookup('topics', id)),
      publishedAt: parseDate(data.date),
    }) satisfies DataOf<'tips'>,
})

const speakers = mapping<typeof SPEAKERS, 'speakers'>(SPEAKERS, {
  toFrontMatter: (doc: Speaker, lookup) =>
    compact({
      name: doc.name,
      slug: doc.slug,
      jobTitle: doc.jobTitle,
      organisation: doc.organisation,
      photo: doc.photo ? lookup('media', relationId(doc.photo)) : undefined,
      topics: refs(lookup, 'topics', doc.topics),
      regions: doc.regions,
      languages: doc.languages,
      talks: doc.talks?.map((talk) => ({ title: talk.title, description: talk.description })),
      howToRequest: doc.howToRequest,
      requestEmail: doc.requestEmail,
    } satisfies FrontMatterOf<typeof SPEAKERS>),
  toData: (data, lookup) =>
    ({
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
    }) satisfies DataOf<'speakers'>,
})

const pages = mapping<typeof PAGES, 'pages'>(PAGES, {
  toFrontMatter: (doc: Page) =>
    compact({ title: doc.title, slug: doc.slug, description: doc.description } satisfies FrontMatterOf<
      typeof PAGES
    >),
  toData: (data) =>
    ({ title: data.title, slug: data.slug, description: data.description }) satisfies DataOf<'pages'>,
})

/** An instant as content/ writes it: UTC, without milliseconds. */
const instantText = (value: string | null | undefined): string | undefined =>
  value ? new Date(value).toISOString().replace('.000Z', 'Z') : undefined

const events = mapping<typeof EVENTS, 'events'>(EVENTS, {
  // The link for online participants stays in the CMS: it is for registered people only.
  toFrontMatter: (doc: Event, lookup) =>
    compact({
      title: doc.title,
      slug: doc.slug,
      kind: doc.kind,
      summary: doc.summary,
      start: instantText(doc.start),
      end: instantText(doc.end),
      timeZone: doc.timeZone,
      venue: doc.online ? undefined : doc.venue,
      address: doc.online ? undefined : doc.address,
      city: doc.online ? undefined : doc.city,
      region: doc.region,
      online: doc.online || undefined,
      topics: refs(lookup, 'topics', doc.topics),
      speakers: refs(lookup, 'speakers', doc.speakers),
      organisers: doc.organisers?.map((organiser) => organiser.name),
      capacity: doc.capacity,
      registration: doc.registration,
      hero: doc.heroImage ? lookup('media', relationId(doc.heroImage)) : undefined,
      cancelled: doc.cancelled || undefined,
      sequence: doc.sequence ?? 0,
      reportPost: doc.reportPost ? lookup('posts', relationId(doc.reportPost)) : undefined,
      photos: refs(lookup, 'media', doc.photos),
      slides: refs(lookup, 'media', doc.slides),
    } satisfies FrontMatterOf<typeof EVENTS>),
  toData: (data, lookup) =>
    ({
      title: data.title,
      slug: data.slug,
      kind: data.kind,
      summary: data.summary,
      start: data.start,
      end: data.end,
      timeZone: data.timeZone,
      venue: data.venue ?? null,
      address: data.address ?? null,
      city: data.city ?? null,
      region: data.region,
      online: data.online ?? false,
      topics: (data.topics ?? []).map((id) => lookup('topics', id)),
      speakers: (data.speakers ?? []).map((id) => lookup('speakers', id)),
      organisers: (data.organisers ?? []).map((name) => ({ name })),
      capacity: data.capacity ?? null,
      registration: data.registration,
      heroImage: data.hero ? lookup('media', data.hero) : null,
      cancelled: data.cancelled ?? false,
      sequence: data.sequence,
      reportPost: data.reportPost ? lookup('posts', data.reportPost) : null,
      photos: (data.photos ?? []).map((id) => lookup('media', id)),
      slides: (data.slides ?? []).map((id) => lookup('media', id)),
    }) satisfies DataOf<'events'>,
})

type EditionItems = Record<EditionItemCollection, string[] | undefined>

// Only sent editions are exported (EDITIONS.publicWhen); one that comes in from content/ was sent.
// The items keep their order within each kind, as the mail groups them.
const editions = mapping<typeof EDITIONS, 'editions'>(EDITIONS, {
  toFrontMatter: (doc: Edition, lookup) => {
    const items = Object.fromEntries(
      EDITION_ITEM_COLLECTIONS.map((collection) => [
        collection,
        refs(
          lookup,
          collection,
          (doc.items ?? []).filter((item) => item.relationTo === collection).map((item) => item.value),
        ),
      ]),
    ) as EditionItems
    return compact({
      number: doc.number,
      title: doc.title,
      date: formatDate(doc.sentAt),
      ...items,
    } satisfies FrontMatterOf<typeof EDITIONS>)
  },
  toData: (data, lookup) =>
    ({
      number: data.number,
      title: data.title,
      status: 'sent',
      sentAt: parseDate(data.date) ?? null,
      items: EDITION_ITEM_COLLECTIONS.flatMap((collection) =>
        (data[collection] ?? []).map((id) => ({ relationTo: collection, value: lookup(collection, id) })),
      ),
    }) satisfies DataOf<'editions'>,
})

const MAPPINGS: Kind[] = [
  topics,
  authors,
  book,
  chapters,
  posts,
  tips,
  speakers,
  pages,
  events,
  editions,
] as never[]

/** Every kind with its conversion, in the contract's order. */
export const KINDS: Kind[] = CONTRACT_KINDS.map((kind) => {
  const found = MAPPINGS.find((candidate) => candidate.name === kind.name)
  if (!found) throw new Error(`The content kind "${kind.name}" has no mapping to the CMS`)
  return found
})

export const kindByName = (name: string): Kind => {
  const kind = KINDS.find((candidate) => candidate.name === name)
  if (!kind) throw new Error(`Unknown content kind "${name}"`)
  return kind
}

export type { LexicalState }
