import type { CollectionBeforeChangeHook } from 'payload'

import { publicError } from '../../../lib/guards/publicError'
import { relationId } from '../../../lib/relationId'

const CONTENT = ['title', 'intro', 'items'] as const

const idsOf = (items: unknown) =>
  JSON.stringify(
    (Array.isArray(items) ? items : []).map((item: { relationTo?: string; value?: unknown }) => [
      item.relationTo,
      relationId(item.value),
    ]),
  )

/**
 * What subscribers get is what the edition held when it was sent: once sending has started, its
 * subject, introduction and items cannot change (a restart would otherwise send the rest another
 * text). The editor starts a new edition instead. The content import may change a sent edition:
 * content/ then holds the version of its page on the site, and the mail is out.
 */
export const keepSentEditions: CollectionBeforeChangeHook = ({ context, data, operation, originalDoc }) => {
  if (operation !== 'update' || !originalDoc || originalDoc.status === 'draft') return data
  if (context.contentImport && originalDoc.status === 'sent') return data
  const changed = CONTENT.filter((key) => {
    if (!(key in data)) return false
    return key === 'items'
      ? idsOf(data.items) !== idsOf(originalDoc.items)
      : (data[key] ?? null) !== (originalDoc[key] ?? null)
  })
  if (changed.length > 0)
    throw publicError(
      'EditionAlreadySent',
      `Edition ${String(originalDoc.number)} is ${String(originalDoc.status)}: its ${changed.join(', ')} can no longer change. Start a new edition instead.`,
      400,
    )
  return data
}
