/**
 * What the export rendered last time, per document and language, so the next export renders only
 * what changed. A document's file depends on the document itself (its `updatedAt` changes with every
 * save) and on the content ids it looked up while rendering (an author's profile, a linked page, an
 * image): when both are as they were and content/ still holds exactly the bytes written from them,
 * the file is kept as it is and the document is not read or rendered again. At 10,000 posts this is
 * what makes a publish export one post instead of all of them.
 *
 * Kept in memory per CMS, not on disk: a restart renders everything once, and nothing written by
 * other code (a restored database, an edited file in content/) can be mistaken for a hit, because
 * the file's bytes are compared with what was written.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import type { ExportLookup } from './kinds'

type LookedUp = { collection: Parameters<ExportLookup>[0]; id: unknown; contentId: string | undefined }

export type RenderedDocument = {
  updatedAt: string
  /** Its path in content/, which changes with the document's content id. */
  file: string
  digest: string
  lookedUp: LookedUp[]
  warnings: string[]
}

const memos = new WeakMap<Payload, Map<string, RenderedDocument>>()

export const renderedKey = (collection: string, id: unknown, locale: string) =>
  `${collection}/${String(id)}/${locale}`

export function renderedDocuments(payload: Payload): Map<string, RenderedDocument> {
  let memo = memos.get(payload)
  if (!memo) memos.set(payload, (memo = new Map()))
  return memo
}

export const digestOf = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('base64url')

/** A lookup that remembers what it was asked and answered, for the memo. */
export function recordingLookup(lookup: ExportLookup): { lookup: ExportLookup; lookedUp: LookedUp[] } {
  const lookedUp: LookedUp[] = []
  return {
    lookedUp,
    lookup: (collection, id) => {
      const contentId = lookup(collection, id)
      lookedUp.push({ collection, id, contentId })
      return contentId
    },
  }
}

/**
 * The file's current bytes when the memo says they are still what this document renders to, or
 * undefined when it must be rendered again. `resolve` answers lookups without side effects.
 */
export async function reusableFile(
  memo: RenderedDocument | undefined,
  current: { updatedAt: unknown; file: string; root: string },
  resolve: ExportLookup,
): Promise<Buffer | undefined> {
  if (!memo || memo.updatedAt !== current.updatedAt || memo.file !== current.file) return undefined
  if (memo.lookedUp.some(({ collection, id, contentId }) => resolve(collection, id) !== contentId))
    return undefined
  const bytes = await readFile(path.join(current.root, current.file)).catch(() => undefined)
  return bytes && digestOf(bytes) === memo.digest ? bytes : undefined
}
