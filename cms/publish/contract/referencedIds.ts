import type { CollectionSlug, FlattenedField } from 'payload'

import { relationId } from '../../lib/relationId'

export type Referenced = Map<string, Set<number | string>>

/**
 * Every document and image a document refers to, by collection: its relationship and upload fields,
 * and the links, uploads and figures inside its rich text. The publishing check looks them all up at
 * once, so the conversion to content/ can then run without waiting on the database.
 */
export function referencedIds(doc: Record<string, unknown>, fields: FlattenedField[]): Referenced {
  const found: Referenced = new Map()
  const add = (collection: unknown, value: unknown) => {
    const id = relationId(value)
    if (typeof collection !== 'string' || id === undefined) return
    const ids = found.get(collection) ?? new Set()
    ids.add(id)
    found.set(collection, ids)
  }
  for (const field of fields) {
    const value = doc[field.name]
    if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string')
      for (const each of Array.isArray(value) ? value : [value]) add(field.relationTo, each)
    if (field.type === 'richText') walkRichText(value, add)
  }
  return found
}

function walkRichText(node: unknown, add: (collection: unknown, value: unknown) => void): void {
  if (typeof node !== 'object' || node === null) return
  if (Array.isArray(node)) return node.forEach((child) => walkRichText(child, add))
  const record = node as Record<string, unknown>
  if (record.type === 'upload') add(record.relationTo, record.value)
  const fields = record.fields as Record<string, unknown> | undefined
  if (fields?.doc && typeof fields.doc === 'object') {
    const doc = fields.doc as { relationTo?: unknown; value?: unknown }
    add(doc.relationTo, doc.value)
  }
  if (fields?.blockType === 'figure') add('media' satisfies CollectionSlug, fields.image)
  for (const [key, value] of Object.entries(record)) if (key !== 'fields') walkRichText(value, add)
}
