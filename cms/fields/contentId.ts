import type { Field, FieldHook } from 'payload'

import { slugify, SLUG_PATTERN } from '../../model/slugs'

/**
 * The document's name in content/ (`posts/<contentId>.nl.md`). Unlike the slug it is the same in
 * every language and never changes, so files, translations and references stay linked when a title
 * or slug is edited. Given once, from `source` (the default-language title or name).
 */
export const contentId = (source: string): Field => {
  const assign: FieldHook = async ({ value, data, originalDoc, collection, req }) => {
    if (typeof value === 'string' && value) return value
    if (typeof originalDoc?.contentId === 'string' && originalDoc.contentId) return originalDoc.contentId
    const raw = data?.[source] ?? originalDoc?.[source]
    let text = typeof raw === 'object' && raw ? (raw.nl ?? Object.values(raw)[0]) : raw
    // Media are named after their file, without its extension.
    if (source === 'filename' && typeof text === 'string') text = text.replace(/\.[a-z0-9]+$/i, '')
    // The admin's autosave stores a new document before its title is typed: it gets its name in
    // content/ from the first save that has a title, not a placeholder for good.
    const base = typeof text === 'string' ? slugify(text) : ''
    if (!base) return null
    if (!collection) return base
    // Find a free variant: base, base-2, base-3, ...
    for (let attempt = 1; ; attempt++) {
      const candidate = attempt === 1 ? base : `${base}-${attempt}`
      const taken = await req.payload.count({
        collection: collection.slug as 'posts',
        where: { contentId: { equals: candidate } },
        overrideAccess: true,
        req,
      })
      if (taken.totalDocs === 0) return candidate
    }
  }
  return {
    name: 'contentId',
    type: 'text',
    unique: true,
    index: true,
    label: { nl: 'Bestandsnaam in content/', en: 'File name in content/' },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'Stable identifier of this document in content/. Set once; never changes.',
      condition: (data) => Boolean(data?.contentId),
    },
    hooks: { beforeValidate: [assign] },
    validate: (value: string | null | undefined) =>
      !value || SLUG_PATTERN.test(value)
        ? true
        : `"${value}" is not a valid content id (lower-case letters, digits, dashes).`,
  }
}
