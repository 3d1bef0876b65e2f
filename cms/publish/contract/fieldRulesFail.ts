import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import type { PublishProblem } from './problemsForPublishing'

/**
 * Whether a field's own rule refuses its value. Payload runs the field rules after the
 * collection's hooks; when one of them fails, its message is the more precise one (it shows the
 * corrected slug, names the reserved section), so the site's check stands back and lets Payload
 * report it. Only the fields named in `problems` are asked, with the options Payload uses. Rich
 * text is left to the site's check, whose message names the address or block that is wrong.
 */
export async function fieldRulesFail(args: {
  req: PayloadRequest
  collection: SanitizedCollectionConfig
  id?: number | string
  doc: Record<string, unknown>
  problems: PublishProblem[]
}): Promise<boolean> {
  const { req, collection, id, doc, problems } = args
  const names = new Set(problems.map((problem) => problem.path.split('.')[0]))
  for (const field of collection.flattenedFields) {
    // Lexical's rule says only "link node failed to validate: url"; the dialect's check names the address.
    if (field.type === 'richText') continue
    if (!names.has(field.name) || !('validate' in field) || !field.validate) continue
    const validate = field.validate as (value: unknown, options: Record<string, unknown>) => unknown
    const result = await validate(doc[field.name], {
      ...field,
      id,
      collectionSlug: collection.slug,
      data: doc,
      siblingData: doc,
      event: 'submit',
      operation: id === undefined ? 'create' : 'update',
      overrideAccess: true,
      path: [field.name],
      preferences: { fields: {} },
      previousValue: undefined,
      req,
    })
    if (typeof result === 'string') return true
  }
  return false
}
