/**
 * How content/ names a link to another document: `[text](post:<contentId>)`. The prefix says which
 * collection; the site resolves the pair to a URL in the reader's language.
 */
export const REFERENCE_KINDS = {
  post: 'posts',
  chapter: 'chapters',
  tip: 'tips',
  speaker: 'speakers',
  page: 'pages',
  topic: 'topics',
  author: 'users',
  event: 'events',
} as const

export type ReferenceKind = keyof typeof REFERENCE_KINDS
export type ReferencedCollection = (typeof REFERENCE_KINDS)[ReferenceKind]

export const MEDIA_SCHEME = 'media'

export const kindOfCollection = (collection: string): ReferenceKind | undefined =>
  (Object.keys(REFERENCE_KINDS) as ReferenceKind[]).find((kind) => REFERENCE_KINDS[kind] === collection)

/** Parses `post:open-data` into its kind and id; undefined for anything that is not a reference. */
export function parseReference(
  url: string,
): { kind: ReferenceKind | typeof MEDIA_SCHEME; id: string } | undefined {
  const match = /^([a-z]+):([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(url)
  if (!match) return undefined
  const [, kind, id] = match
  if (kind === MEDIA_SCHEME || kind in REFERENCE_KINDS) return { kind: kind as ReferenceKind, id }
  return undefined
}

export type DatabaseId = number | string

/** Maps between database ids and content ids while exporting or importing. */
export interface ReferenceResolver {
  /** Export: the content id of a published document, or undefined when it will not be in content/. */
  contentIdOf(collection: ReferencedCollection | 'media', id: DatabaseId): string | undefined
  /** Import: the database id of a document by content id, or undefined when it does not exist (yet). */
  databaseIdOf(collection: ReferencedCollection | 'media', contentId: string): DatabaseId | undefined
}
