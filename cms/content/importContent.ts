/**
 * content/ -> CMS. Everything is read and checked first; one problem anywhere and nothing is
 * written. Then every document is upserted by its content id (all its languages in one
 * transaction), images are uploaded only when their bytes changed, and documents whose files equal
 * what the CMS would export are left alone, so importing twice changes nothing.
 */
import { createHash, randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { renderDocument } from './exportContent'
import { refreshPlannerStatistics } from '../lib/plannerStatistics'
import {
  documentsOf,
  readContent,
  type ContentFile,
  type ContentSet,
  type MediaFile,
  type Translations,
} from '../../model/files/readContent'
import type { FileProblem } from '../../model/files/yaml'
import { isPublicDocument } from '../../model/kinds'
import { KINDS, LOCALES, type ExportLookup, type ImportLookup, type Kind, type Locale } from './kinds'
import { markdownToLexical } from './markdown/fromMarkdown'
import type { DatabaseId, ReferenceResolver } from '../../model/references'

export class ContentProblems extends Error {
  constructor(readonly problems: FileProblem[]) {
    super(`content/ has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was imported`)
    this.name = 'ContentProblems'
  }
}

export type ImportOptions = { dryRun?: boolean; onProgress?: (message: string) => void }

export type ImportSummary = { created: string[]; updated: string[]; unchanged: number; dryRun: boolean }

const MIME_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
}

/** Context for hooks: imports publish in bulk and must not trigger a site build per document. */
export const IMPORT_CONTEXT = { skipBuild: true, contentImport: true }

/** How often a kind with many documents reports its progress, in documents. */
const PROGRESS_EVERY = 500

type IdMaps = Map<string, Map<string, DatabaseId>> // collection -> contentId -> database id

export async function importContent(
  payload: Payload,
  root: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const progress = options.onProgress ?? (() => {})
  const { set, problems } = await readContent(root)
  const ids = await databaseIds(payload)
  problems.push(...(await conflictsWithDatabase(payload, set)))
  if (problems.length) throw new ContentProblems(problems)

  const summary: ImportSummary = { created: [], updated: [], unchanged: 0, dryRun: Boolean(options.dryRun) }
  const record = (outcome: 'created' | 'updated' | 'unchanged', label: string) => {
    if (outcome === 'unchanged') summary.unchanged++
    else summary[outcome].push(label)
  }

  const importLookup: ImportLookup = (collection, contentId) => {
    const id = ids.get(collection)?.get(contentId)
    // The generated types say number (SQLite); see ImportLookup.
    if (id !== undefined) return id as number
    // References were checked against content/ and kinds are imported in dependency order, so only
    // a dry run (which creates nothing) meets a document that does not exist yet.
    if (options.dryRun) return 0
    throw new Error(`${collection} "${contentId}" should have been imported before it is referred to`)
  }
  const exportLookup: ExportLookup = (collection, id) => {
    for (const [contentId, databaseId] of ids.get(collection) ?? [])
      if (String(databaseId) === String(id)) return contentId
    return undefined
  }
  const refs: ReferenceResolver = {
    databaseIdOf: (collection, contentId) => ids.get(collection)?.get(contentId),
    contentIdOf: exportLookup,
  }

  for (const media of set.media.values()) {
    record(await importMedia(payload, media, ids, options.dryRun), `media/${media.id}`)
  }
  progress(`media: ${set.media.size} image${set.media.size === 1 ? '' : 's'}`)

  const deferred: { kind: Kind; id: string; translations: Translations }[] = []
  const bookId = () => [...(ids.get('books')?.values() ?? [])][0]
  for (const kind of KINDS) {
    const documents = documentsOf(set, kind.name)
    let done = 0
    for (const [id, translations] of documents) {
      if (done > 0 && done % PROGRESS_EVERY === 0) {
        // A large archive takes minutes per kind: say how far it is. The database has grown
        // meanwhile, and SQLite needs fresh statistics to keep reading it by index.
        progress(`${kind.name}: ${done} of ${documents.size} documents`)
        if (!options.dryRun) await refreshPlannerStatistics(payload)
      }
      done++
      const outcome = await importDocument(payload, kind, id, translations, {
        ids,
        refs,
        importLookup,
        exportLookup,
        bookId: bookId(),
        dryRun: options.dryRun,
        onDeferred: () => deferred.push({ kind, id, translations }),
      })
      record(outcome, `${kind.folder}/${id}`)
    }
    progress(`${kind.name}: ${documents.size} document${documents.size === 1 ? '' : 's'}`)
  }

  if (!options.dryRun) await refreshPlannerStatistics(payload)
  // Second pass: links to documents that did not exist yet when their source was imported.
  let linked = 0
  for (const { kind, id, translations } of deferred) {
    if (linked > 0 && linked % PROGRESS_EVERY === 0)
      progress(`links to later documents: ${linked} of ${deferred.length} documents`)
    linked++
    const databaseId = ids.get(kind.collection)!.get(id)!
    await inTransaction(payload, async (req) => {
      for (const locale of LOCALES) {
        const file = translations[locale]
        if (!file) continue
        const { state } = markdownToLexical(file.body, { refs })
        await payload.update({
          collection: kind.collection,
          id: databaseId,
          locale,
          data: { [kind.body.field]: state } as never,
          // Nothing of the saved document is used: leave its relations (linked posts, authors,
          // images) unread, which at 10,000 posts would be most of the work.
          depth: 0,
          overrideAccess: true,
          context: IMPORT_CONTEXT,
          req,
        })
      }
    })
  }

  for (const locale of LOCALES) {
    const settings = set.settings[locale]
    if (!settings) continue
    const current = await payload.findGlobal({
      slug: 'site-settings',
      locale,
      fallbackLocale: false,
      depth: 0,
    })
    const next = {
      siteName: settings.data.siteName,
      tagline: settings.data.tagline ?? null,
      navigation: settings.data.navigation ?? [],
      footer: { text: settings.data.footer?.text ?? null, links: settings.data.footer?.links ?? [] },
      socialLinks: settings.data.socialLinks ?? [],
    }
    const same =
      current.siteName === next.siteName &&
      (current.tagline ?? null) === next.tagline &&
      JSON.stringify(strip(current.navigation)) === JSON.stringify(next.navigation) &&
      (current.footer?.text ?? null) === next.footer.text &&
      JSON.stringify(strip(current.footer?.links)) === JSON.stringify(next.footer.links) &&
      JSON.stringify(strip(current.socialLinks)) ===
        JSON.stringify(next.socialLinks.map((link) => ({ ...link })))
    if (same) {
      record('unchanged', settings.file)
      continue
    }
    if (!options.dryRun) {
      await payload.updateGlobal({
        slug: 'site-settings',
        locale,
        data: next as never,
        overrideAccess: true,
        context: IMPORT_CONTEXT,
      })
    }
    record('updated', settings.file)
  }
  return summary
}

/** Array rows as content/ has them: without Payload's row ids and empty optional values. */
function strip(rows: unknown): unknown[] {
  if (!Array.isArray(rows)) return []
  return rows.map((row: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(row).filter(([key, value]) => key !== 'id' && value !== null && value !== undefined),
    ),
  )
}

async function databaseIds(payload: Payload): Promise<IdMaps> {
  const maps: IdMaps = new Map()
  const collections = [...new Set<CollectionSlug>([...KINDS.map((kind) => kind.collection), 'media'])]
  for (const collection of collections) {
    const result = await payload.find({
      collection,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { contentId: true },
    })
    maps.set(
      collection,
      new Map(
        (result.docs as unknown as { id: DatabaseId; contentId?: string | null }[])
          .filter((doc) => doc.contentId)
          .map((doc) => [doc.contentId as string, doc.id]),
      ),
    )
  }
  return maps
}

/** A slug in content/ that another document in the CMS (not from content/) already uses. */
async function conflictsWithDatabase(payload: Payload, set: ContentSet): Promise<FileProblem[]> {
  const problems: FileProblem[] = []
  for (const [kind, documents] of set.documents) {
    for (const locale of LOCALES) {
      const files = [...documents.values()]
        .map((translations) => translations[locale])
        .filter((file): file is ContentFile => typeof file?.frontMatter.slug === 'string')
      const slugs = files.map((file) => file.frontMatter.slug as string)
      if (!slugs.length) continue
      const existing = await payload.find({
        collection: kind.collection,
        where: { slug: { in: slugs } },
        locale,
        fallbackLocale: false,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: { slug: true, contentId: true },
      })
      for (const doc of existing.docs as unknown as { slug: string; contentId?: string; id: DatabaseId }[]) {
        const file = files.find((candidate) => candidate.frontMatter.slug === doc.slug)
        if (file && doc.contentId !== file.id) {
          problems.push({
            file: file.file,
            line: file.lineOf(['slug']),
            message: `slug "${doc.slug}" is already used in the CMS by ${kind.collection} ${doc.contentId ?? doc.id}; choose another slug or rename that document`,
          })
        }
      }
    }
  }
  return problems
}

type DocumentContext = {
  ids: IdMaps
  refs: ReferenceResolver
  importLookup: ImportLookup
  exportLookup: ExportLookup
  bookId: DatabaseId | undefined
  dryRun?: boolean
  onDeferred: () => void
}

async function importDocument(
  payload: Payload,
  kind: Kind,
  id: string,
  translations: Translations,
  context: DocumentContext,
): Promise<'created' | 'updated' | 'unchanged'> {
  const existingId = context.ids.get(kind.collection)?.get(id)
  if (existingId !== undefined && (await equalsExport(payload, kind, existingId, translations, context)))
    return 'unchanged'
  if (context.dryRun) return existingId === undefined ? 'created' : 'updated'

  let deferred = false
  const dataFor = (file: ContentFile): Record<string, unknown> => {
    const data: Record<string, unknown> = {
      ...kind.toData(file.frontMatter as never, context.importLookup, { bookId: context.bookId }),
      contentId: id,
    }
    if (kind.body.format === 'markdown') {
      const result = markdownToLexical(file.body, { refs: context.refs, deferMissingDocuments: true })
      deferred ||= result.deferred
      data[kind.body.field] = result.state
    } else {
      data[kind.body.field] = file.body.trim() || null
    }
    if (kind.hasDrafts) data._status = 'published'
    return data
  }

  try {
    await inTransaction(payload, async (req) => {
      let databaseId = existingId
      for (const locale of LOCALES) {
        const file = translations[locale]
        if (!file) continue
        const data = dataFor(file)
        if (databaseId === undefined) {
          if (kind.collection === 'users') Object.assign(data, newAuthorAccount(id))
          const created = await payload.create({
            collection: kind.collection,
            locale,
            data: data as never,
            depth: 0,
            overrideAccess: true,
            context: IMPORT_CONTEXT,
            req,
          })
          databaseId = created.id
        } else {
          await payload.update({
            collection: kind.collection,
            id: databaseId,
            locale,
            data: data as never,
            depth: 0,
            overrideAccess: true,
            context: IMPORT_CONTEXT,
            req,
          })
        }
      }
      if (databaseId !== undefined) context.ids.get(kind.collection)!.set(id, databaseId)
    })
  } catch (cause) {
    const file = (translations.nl ?? translations.en)!.file
    throw new Error(`Failed to import ${file}: ${describe(cause)}`, { cause })
  }
  if (deferred) context.onDeferred()
  return existingId === undefined ? 'created' : 'updated'
}

/** Authors from content/ get an account that cannot log in until an admin gives it an address. */
function newAuthorAccount(id: string) {
  return { email: `${id}@authors.invalid`, password: randomBytes(24).toString('base64url'), role: 'author' }
}

/** True when exporting the document now would give exactly the files in content/. */
async function equalsExport(
  payload: Payload,
  kind: Kind,
  databaseId: DatabaseId,
  translations: Translations,
  context: DocumentContext,
): Promise<boolean> {
  for (const locale of LOCALES) {
    const file = translations[locale]
    if (!file) continue
    const doc = await payload.findByID({
      collection: kind.collection,
      id: databaseId,
      locale: locale as Locale,
      fallbackLocale: false,
      draft: false,
      depth: 0,
      overrideAccess: true,
    })
    if (!isPublicDocument(kind, doc as unknown as Record<string, unknown>)) return false
    const rendered = renderDocument(kind, doc as never, context.exportLookup, context.refs, () => {})
    if (rendered !== file.text.replace(/\r\n?/g, '\n')) return false
  }
  return true
}

async function importMedia(
  payload: Payload,
  media: MediaFile,
  ids: IdMaps,
  dryRun: boolean | undefined,
): Promise<'created' | 'updated' | 'unchanged'> {
  const existingId = ids.get('media')!.get(media.id)
  const { sidecar } = media
  const dataFor = (locale: Locale) => ({
    contentId: media.id,
    alt: sidecar.alt[locale],
    caption: sidecar.caption?.[locale] ?? null,
    credit: sidecar.credit,
    focalX: sidecar.focalPoint?.x ?? 50,
    focalY: sidecar.focalPoint?.y ?? 50,
  })
  const file = {
    data: media.bytes,
    mimetype: MIME_TYPES[media.extension],
    name: `${media.id}.${media.extension}`,
    size: media.bytes.length,
  }

  let needsFile = true
  if (existingId !== undefined) {
    const current = (await payload.findByID({
      collection: 'media',
      id: existingId,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
    })) as unknown as {
      contentHash?: string
      filename?: string
      alt?: Record<string, string>
      caption?: Record<string, string> | null
      credit?: string
      focalX?: number
      focalY?: number
    }
    needsFile = current.contentHash !== media.hash && (await storedFileHash(payload, current)) !== media.hash
    const sameMetadata = LOCALES.every((locale) => {
      const wanted = dataFor(locale)
      return (
        current.alt?.[locale] === wanted.alt &&
        (current.caption?.[locale] ?? null) === wanted.caption &&
        current.credit === wanted.credit &&
        current.focalX === wanted.focalX &&
        current.focalY === wanted.focalY
      )
    })
    if (!needsFile && sameMetadata) return 'unchanged'
  }
  if (dryRun) return existingId === undefined ? 'created' : 'updated'

  try {
    await inTransaction(payload, async (req) => {
      let databaseId = existingId
      for (const locale of LOCALES) {
        const withFile = locale === 'nl' && needsFile ? { file } : {}
        if (databaseId === undefined) {
          const created = await payload.create({
            collection: 'media',
            locale,
            data: dataFor(locale),
            ...withFile,
            overrideAccess: true,
            context: IMPORT_CONTEXT,
            req,
          })
          databaseId = created.id
        } else {
          await payload.update({
            collection: 'media',
            id: databaseId,
            locale,
            data: dataFor(locale),
            ...withFile,
            overrideAccess: true,
            context: IMPORT_CONTEXT,
            req,
          })
        }
      }
      ids.get('media')!.set(media.id, databaseId!)
    })
  } catch (cause) {
    throw new Error(`Failed to import ${media.file}: ${describe(cause)}`, { cause })
  }
  return existingId === undefined ? 'created' : 'updated'
}

/**
 * Payload re-encodes WebP and GIF originals on upload, so an exported file holds the stored bytes,
 * not the uploaded ones. Matching either means the image did not change.
 */
async function storedFileHash(payload: Payload, media: { filename?: string }): Promise<string | undefined> {
  const staticDir = payload.collections.media.config.upload.staticDir
  if (!media.filename || !staticDir) return undefined
  try {
    return createHash('sha256')
      .update(await readFile(path.join(staticDir, media.filename)))
      .digest('hex')
  } catch {
    return undefined
  }
}

/** Runs the writes for one document in one database transaction: all of it lands, or none. */
async function inTransaction(payload: Payload, work: (req: PayloadRequest) => Promise<void>): Promise<void> {
  const req = await createLocalReq({ context: IMPORT_CONTEXT }, payload)
  const started = await initTransaction(req)
  try {
    await work(req)
    if (started) await commitTransaction(req)
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}

function describe(error: unknown): string {
  const data = (error as { data?: { errors?: { path: string; message: string }[] } }).data
  if (data?.errors?.length) return data.errors.map((entry) => `${entry.path}: ${entry.message}`).join('; ')
  return (error as Error).message ?? String(error)
}
