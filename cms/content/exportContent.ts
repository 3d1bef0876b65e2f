/**
 * CMS -> content/: every published document, per language, as Markdown with front matter; every
 * image they use with its sidecar; the site settings. Files that would not change are left alone,
 * files of documents that are no longer published are removed. Drafts never leave the CMS.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { CollectionSlug, Payload, Where } from 'payload'

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
import { relationId } from '../lib/relationId'

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
  const lookup: ExportLookup = (collection, id) => {
    if (id === null || id === undefined) return undefined
    if (collection === 'media') {
      const contentId = published.media.get(String(id))
      if (contentId) usedMedia.add(id as number)
      return contentId
    }
    return published[collection]?.get(String(id))
  }
  const refs: ReferenceResolver = { contentIdOf: lookup, databaseIdOf: () => undefined }

  for (const kind of KINDS) {
    let count = 0
    const exported = new Set<string>()
    for (const locale of LOCALES) {
      for (const doc of await findExportable(payload, kind, locale, published, options.draft)) {
        if (!doc[kind.presence]) continue // not written in this language
        if (!doc.contentId) {
          warnings.push(`${kind.collection} ${doc.id} has no content id and was left out`)
          continue
        }
        const file = `${kind.folder}/${kind.singleFileName ?? doc.contentId}.${locale}.md`
        // The site checks the same schema; a file it would refuse is left out here, with the reason.
        const check = kind.schema.safeParse(kind.toFrontMatter(doc as never, lookup))
        if (!check.success) {
          const reasons = check.error.issues
            .map((issue) => `"${issue.path.join('.')}" ${issue.message}`)
            .join('; ')
          warnings.push(`${file}: left out, because the site would refuse it: ${reasons}`)
          continue
        }
        desired.set(
          file,
          renderDocument(kind, doc, lookup, refs, (message) => warnings.push(`${file}: ${message}`)),
        )
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

  return { ...(await writeContent(root, desired, options.dryRun ?? false)), warnings }
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

async function findExportable(
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
  const result = await payload.find({
    collection: kind.collection,
    where: { id: { in: allowed } },
    locale,
    fallbackLocale: false,
    draft: false,
    depth: 0,
    pagination: false,
    sort: 'contentId',
    overrideAccess: true,
  })
  const docs = [...(result.docs as unknown as Doc[]), ...(draftDoc ? [draftDoc] : [])]
  if (kind.singleFileName && docs.length > 1) {
    throw new Error(
      `content/ holds one ${kind.name}, but the CMS has ${docs.length}; remove the extra ones first`,
    )
  }
  return docs
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
