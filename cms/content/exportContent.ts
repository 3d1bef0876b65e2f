/**
 * CMS -> content/: every published document, per language, as Markdown with front matter; every
 * image they use with its sidecar; the site settings. Files that would not change are left alone,
 * files of documents that are no longer published are removed. Drafts never leave the CMS.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { CollectionSlug, Payload, SelectType, Where } from 'payload'

import type { Media, SiteSetting } from '../payload-types'
import { joinFrontmatter } from '../../model/files/frontmatter'
import { writeContent } from '../../model/files/writeContent'
import { stringifyYaml } from '../../model/files/yaml'
import { DOCUMENT_EXTENSIONS, publicState } from '../../model/kinds'
import { KINDS, LOCALES, type ExportLookup, type Kind, type Locale } from './kinds'
import { settingsToFrontMatter } from './siteSettingsMapping'
import type { LexicalState } from './markdown/lexicalNodes'
import { lexicalToMarkdown } from './markdown/toMarkdown'
import type { ReferenceResolver } from '../../model/references'
import { inBatches } from '../../model/files/inBatches'
import { relationId } from '../lib/relationId'
import { digestOf, recordingLookup, renderedDocuments, renderedKey, reusableFile } from './renderedDocuments'

export type ExportOptions = {
  dryRun?: boolean
  /**
   * For a preview only (never for the live site): this one document in its latest draft, as if it
   * were published. Written to a preview's own copy of content/, behind login.
   */
  draft?: { collection: CollectionSlug; id: number | string; contentId: string }
  /** Called as work progresses, e.g. to print "posts 12/16". */
  onProgress?: (message: string) => void
}

export type ExportSummary = {
  files: number
  /** Document files rendered from the CMS; the others were kept, as nothing they depend on changed. */
  rendered: number
  written: string[]
  unchanged: number
  deleted: string[]
  warnings: string[]
}

type Doc = Record<string, unknown> & { id: number | string; contentId?: string | null }

export async function exportContent(
  payload: Payload,
  root: string,
  options: ExportOptions = {},
): Promise<ExportSummary> {
  const progress = options.onProgress ?? (() => {})
  const warnings: string[] = []
  const desired = new Map<string, Buffer | string>()

  const published = await collectPublishedIds(payload)
  if (options.draft) await addPreviewedDraft(payload, published, options.draft)
  const usedMedia = new Set<number | string>()
  // `resolve` only answers; `lookup` also notes the images in use, which are exported with them.
  const resolve: ExportLookup = (collection, id) =>
    id === null || id === undefined ? undefined : published[collection]?.get(String(id))
  const lookup: ExportLookup = (collection, id) => {
    const contentId = resolve(collection, id)
    if (collection === 'media' && contentId) usedMedia.add(id as number)
    return contentId
  }
  const memo = renderedDocuments(payload)
  const seen = new Set<string>()
  const kept = new Set<string>()
  let rendered = 0

  for (const kind of KINDS) {
    let count = 0
    const exported = new Set<string>()
    for (const locale of LOCALES) {
      const listed = await listExportable(payload, kind, locale, published, options.draft)
      const present = listed.filter((doc) => {
        if (!doc[kind.presence]) return false // not written in this language
        if (doc.contentId) return true
        warnings.push(`${kind.collection} ${doc.id} has no content id and was left out`)
        return false
      })
      const fileOf = (doc: Doc) => `${kind.folder}/${kind.singleFileName ?? doc.contentId}.${locale}.md`
      const isPreviewed = (doc: Doc) =>
        options.draft?.collection === kind.collection && String(options.draft.id) === String(doc.id)

      // Documents whose file is still what they render to are kept without reading them in full.
      const reusable = await inBatches(present, 64, async (doc) => {
        const key = renderedKey(kind.collection, doc.id, locale)
        seen.add(key)
        if (isPreviewed(doc)) return undefined
        const remembered = memo.get(key)
        const bytes = await reusableFile(
          remembered,
          { updatedAt: doc.updatedAt, file: fileOf(doc), root },
          resolve,
        )
        return bytes && remembered ? { bytes, remembered } : undefined
      })
      const toRender: Doc[] = []
      present.forEach((doc, index) => {
        const keep = reusable[index]
        if (!keep) return void toRender.push(doc)
        for (const { collection, id } of keep.remembered.lookedUp) lookup(collection, id)
        warnings.push(...keep.remembered.warnings)
        desired.set(fileOf(doc), keep.bytes)
        kept.add(fileOf(doc))
        exported.add(String(doc.id))
        count++
      })

      for (const doc of await readInFull(payload, kind, locale, toRender, isPreviewed)) {
        const file = fileOf(doc)
        const recorder = recordingLookup(lookup)
        // The site checks the same schema; a file it would refuse is left out here, with the reason.
        const check = kind.schema.safeParse(kind.toFrontMatter(doc as never, recorder.lookup))
        if (!check.success) {
          const reasons = check.error.issues
            .map((issue) => `"${issue.path.join('.')}" ${issue.message}`)
            .join('; ')
          warnings.push(`${file}: left out, because the site would refuse it: ${reasons}`)
          continue
        }
        const ownWarnings: string[] = []
        const text = renderDocument(
          kind,
          doc,
          recorder.lookup,
          { contentIdOf: recorder.lookup, databaseIdOf: () => undefined },
          (message) => ownWarnings.push(`${file}: ${message}`),
        )
        warnings.push(...ownWarnings)
        desired.set(file, text)
        rendered++
        if (!isPreviewed(doc))
          memo.set(renderedKey(kind.collection, doc.id, locale), {
            updatedAt: String(doc.updatedAt),
            file,
            digest: digestOf(text),
            lookedUp: recorder.lookedUp,
            warnings: ownWarnings,
          })
        exported.add(String(doc.id))
        count++
      }
    }
    progress(`${kind.name}: ${count} file${count === 1 ? '' : 's'}`)
    // Nothing may refer to a document that got no file (an author without a public profile, one
    // the schema refused): later kinds drop such references instead of breaking the site build.
    for (const id of [...(published[kind.collection]?.keys() ?? [])])
      if (!exported.has(id)) published[kind.collection]?.delete(id)
  }
  // A preview sees only part of the picture; the live export forgets documents that are gone.
  if (!options.draft) for (const key of memo.keys()) if (!seen.has(key)) memo.delete(key)
  progress(`rendered ${rendered} document file${rendered === 1 ? '' : 's'}, the others were unchanged`)

  for (const locale of LOCALES) {
    const settings = (await payload.findGlobal({
      slug: 'site-settings',
      locale,
      fallbackLocale: false,
      depth: 0,
      overrideAccess: true,
    })) as SiteSetting
    if (settings.siteName)
      desired.set(`site-settings.${locale}.yml`, stringifyYaml(settingsToFrontMatter(settings)))
  }

  const media = await exportMedia(payload, [...usedMedia], warnings)
  for (const [file, content] of media) desired.set(file, content)
  progress(`media: ${media.size / 2} image${media.size === 2 ? '' : 's'}`)

  const summary = await writeContent(root, desired, options.dryRun ?? false, kept)
  return { ...summary, rendered, warnings }
}

/** Content ids of everything that may appear in content/: published documents, their authors, all media. */
async function collectPublishedIds(payload: Payload): Promise<Record<string, Map<string, string>>> {
  const maps: Record<string, Map<string, string>> = {}
  const ids = async (collection: CollectionSlug, where?: Where) => {
    const result = await payload.find({
      collection,
      where,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { contentId: true },
    })
    return new Map(
      (result.docs as Doc[])
        .filter((doc) => doc.contentId)
        .map((doc) => [String(doc.id), doc.contentId as string]),
    )
  }
  for (const kind of KINDS) {
    if (kind.collection === 'users') continue
    const state = publicState(kind)
    maps[kind.collection] = await ids(
      kind.collection,
      state ? { [state.field]: { equals: state.equals } } : undefined,
    )
  }
  maps.media = await ids('media')
  // Authors are the people who wrote at least one published post; other accounts stay private.
  const posts = await payload.find({
    collection: 'posts',
    where: { _status: { equals: 'published' } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { authors: true },
  })
  const authorIds = [
    ...new Set(posts.docs.flatMap((post) => (post.authors ?? []).map((author) => relationId(author)!))),
  ]
  maps.users = authorIds.length ? await ids('users', { id: { in: authorIds } }) : new Map()
  return maps
}

/** A previewed draft counts as published, and so do its authors (they get a profile file). */
async function addPreviewedDraft(
  payload: Payload,
  published: Record<string, Map<string, string>>,
  draft: NonNullable<ExportOptions['draft']>,
): Promise<void> {
  published[draft.collection]?.set(String(draft.id), draft.contentId)
  if (draft.collection !== 'posts') return
  const post = await payload.findByID({
    collection: 'posts',
    id: draft.id,
    draft: true,
    depth: 0,
    overrideAccess: true,
  })
  const ids = (post.authors ?? []).map((author) => relationId(author)!)
  if (!ids.length) return
  const users = await payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { contentId: true },
  })
  for (const user of users.docs) if (user.contentId) published.users.set(String(user.id), user.contentId)
}

/**
 * What may be exported of a kind in one language, without the bodies: id, content id, `updatedAt`
 * and the field that says whether the document exists in this language. A previewed draft comes
 * in full, in its latest version.
 */
async function listExportable(
  payload: Payload,
  kind: Kind,
  locale: Locale,
  published: Record<string, Map<string, string>>,
  draft?: ExportOptions['draft'],
): Promise<Doc[]> {
  const previewed = draft?.collection === kind.collection ? String(draft.id) : undefined
  const allowed = [...(published[kind.collection]?.keys() ?? [])].filter((id) => id !== previewed)
  const draftDoc = previewed
    ? ((await payload.findByID({
        collection: kind.collection,
        id: previewed,
        locale,
        fallbackLocale: false,
        draft: true,
        depth: 0,
        overrideAccess: true,
      })) as unknown as Doc)
    : undefined
  // A draft has no publication date yet; the preview shows it as if published now.
  if (draftDoc && !draftDoc.publishedAt) draftDoc.publishedAt = new Date().toISOString()
  if (!allowed.length) return draftDoc ? [draftDoc] : []
  const listed = await findPublished(payload, kind, locale, allowed, {
    contentId: true,
    updatedAt: true,
    [kind.presence]: true,
  })
  const docs = [...listed, ...(draftDoc ? [draftDoc] : [])]
  if (kind.singleFileName && docs.length > 1) {
    throw new Error(
      `content/ holds one ${kind.name}, but the CMS has ${docs.length}; remove the extra ones first`,
    )
  }
  return docs
}

/** The listed documents in full, for rendering; a previewed draft was read in full already. */
async function readInFull(
  payload: Payload,
  kind: Kind,
  locale: Locale,
  listed: Doc[],
  isPreviewed: (doc: Doc) => boolean,
): Promise<Doc[]> {
  const full = listed.filter(isPreviewed)
  const ids = listed.filter((doc) => !isPreviewed(doc)).map((doc) => doc.id)
  if (!ids.length) return full
  return [...(await findPublished(payload, kind, locale, ids)), ...full]
}

/** The published version of these documents of a kind in one language; `select` limits the fields. */
async function findPublished(
  payload: Payload,
  kind: Kind,
  locale: Locale,
  ids: (number | string)[],
  select?: SelectType,
): Promise<Doc[]> {
  const result = await payload.find({
    collection: kind.collection,
    where: { id: { in: ids } },
    locale,
    fallbackLocale: false,
    draft: false,
    depth: 0,
    pagination: false,
    sort: 'contentId',
    overrideAccess: true,
    ...(select ? { select } : {}),
  })
  return result.docs as unknown as Doc[]
}

export function renderDocument(
  kind: Kind,
  doc: Doc,
  lookup: ExportLookup,
  refs: ReferenceResolver,
  warn: (message: string) => void,
): string {
  const frontMatter = kind.toFrontMatter(doc as never, lookup)
  const value = doc[kind.body.field]
  const body =
    kind.body.format === 'markdown'
      ? lexicalToMarkdown(value as LexicalState, { refs, warn })
      : typeof value === 'string'
        ? value.replace(/\r\n?/g, '\n').trim()
        : ''
  return joinFrontmatter(stringifyYaml(frontMatter), body)
}

/** The originals of the images in use, named by content id, each with its sidecar. */
async function exportMedia(
  payload: Payload,
  ids: (number | string)[],
  warnings: string[],
): Promise<Map<string, Buffer | string>> {
  const files = new Map<string, Buffer | string>()
  if (!ids.length) return files
  const staticDir = payload.collections.media.config.upload.staticDir
  if (!staticDir)
    throw new Error('Media export reads originals from local storage, but media has no staticDir')
  const result = await payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const doc of result.docs as unknown as (Omit<Media, 'alt' | 'caption'> & {
    alt: Record<string, string | undefined>
    caption?: Record<string, string | undefined> | null
  })[]) {
    if (!doc.filename || !doc.contentId) continue
    const extension = path.extname(doc.filename).slice(1).toLowerCase()
    const alt = { nl: doc.alt?.nl ?? doc.alt?.en ?? '', en: doc.alt?.en ?? doc.alt?.nl ?? '' }
    if (!doc.alt?.nl || !doc.alt?.en)
      warnings.push(`media/${doc.contentId}.yml: alt text is missing in one language; the other was used`)
    const caption =
      doc.caption && (doc.caption.nl || doc.caption.en)
        ? { nl: doc.caption.nl || undefined, en: doc.caption.en || undefined }
        : undefined
    const sidecar = JSON.parse(
      JSON.stringify({
        alt,
        caption,
        credit: doc.credit || undefined,
        // A document has no picture to crop around.
        focalPoint: DOCUMENT_EXTENSIONS.includes(extension)
          ? undefined
          : { x: doc.focalX ?? 50, y: doc.focalY ?? 50 },
      }),
    )
    try {
      files.set(`media/${doc.contentId}.${extension}`, await readFile(path.join(staticDir, doc.filename)))
    } catch (cause) {
      throw new Error(
        `The original of media/${doc.contentId} (${doc.filename}) is missing from ${staticDir}`,
        { cause },
      )
    }
    files.set(`media/${doc.contentId}.yml`, stringifyYaml(sidecar))
  }
  return files
}
