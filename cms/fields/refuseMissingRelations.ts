import { isValidID, ValidationError, type CollectionSlug, type FieldHook, type PayloadRequest } from 'payload'

type Id = number | string
type Reference = { relationTo: CollectionSlug; id: Id }

/**
 * Refuses a relationship or upload value that points to a document that does not exist, before
 * anything is written: a 400 ValidationError on the field (path `topics`, message "There is no
 * topic with id 99999."), which the admin shows at the field. Without it the SQLite adapter
 * wrote the document's row, then failed on the foreign key of its relations row: a 500, and a
 * half-written document left behind (the adapter runs without transactions, so nothing rolls back).
 *
 * A beforeValidate hook, not a `validate` function: Payload skips field validation when it saves a
 * draft, and an author's draft reaches the same foreign key. Only ids that are new to the document
 * are looked up: autosave, which sends the same relations every few seconds, costs no query, and on
 * MongoDB (no foreign keys) a relation whose document was deleted since does not block every edit.
 */
export const refuseMissingRelations: FieldHook = async ({
  collection,
  field,
  global,
  path,
  previousValue,
  req,
  value,
}) => {
  if (field.type !== 'relationship' && field.type !== 'upload') return value
  const known = new Set(references(previousValue, field.relationTo).map(referenceKey))
  const added = references(value, field.relationTo).filter((reference) => !known.has(referenceKey(reference)))
  if (!added.length) return value

  const messages: string[] = []
  for (const [relationTo, ids] of groupByCollection(added)) {
    const missing = await missingIds(relationTo, ids, req)
    if (missing.length) messages.push(noSuchDocument(relationTo, missing, req))
  }
  if (!messages.length) return value
  throw new ValidationError(
    {
      collection: collection?.slug,
      global: global?.slug,
      errors: [{ path: path.join('.'), message: messages.join(' ') }],
    },
    req.t,
  )
}

/** The documents a value points to, whatever its shape: one or many, one target collection or several. */
function references(value: unknown, relationTo: CollectionSlug | CollectionSlug[]): Reference[] {
  const items: unknown[] = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
  return items.flatMap((item): Reference[] => {
    if (Array.isArray(relationTo)) {
      const { relationTo: target, value: id } = (item ?? {}) as {
        relationTo?: CollectionSlug
        value?: unknown
      }
      return target && isId(id) ? [{ relationTo: target, id }] : []
    }
    const id = typeof item === 'object' && item !== null && 'id' in item ? item.id : item
    return isId(id) ? [{ relationTo, id }] : []
  })
}

const isId = (id: unknown): id is Id => typeof id === 'number' || (typeof id === 'string' && id !== '')

const referenceKey = ({ relationTo, id }: Reference) => `${relationTo}:${id}`

function groupByCollection(references: Reference[]): Map<CollectionSlug, Id[]> {
  const groups = new Map<CollectionSlug, Id[]>()
  for (const { relationTo, id } of references) groups.set(relationTo, [...(groups.get(relationTo) ?? []), id])
  return groups
}

/**
 * The ids among `ids` that no document of `relationTo` has. Passing `req` keeps the lookup inside
 * the request's transaction (where the adapter has one), so it sees what the request wrote before.
 */
async function missingIds(relationTo: CollectionSlug, ids: Id[], req: PayloadRequest): Promise<Id[]> {
  const idType = req.payload.collections[relationTo]?.customIDType ?? req.payload.db.defaultIDType
  // A number-id collection has no document "abc" (Payload turned it into NaN): no need to ask.
  const wellFormed = ids.filter((id) => isValidID(id, idType))
  if (!wellFormed.length) return ids
  const { docs } = await req.payload.find({
    collection: relationTo,
    where: { id: { in: wellFormed } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const existing = new Set(docs.map((doc) => String(doc.id)))
  return ids.filter((id) => !existing.has(String(id)))
}

/** "There is no topic with id 99999." in the collection's English name, like our other messages. */
function noSuchDocument(relationTo: CollectionSlug, ids: Id[], req: PayloadRequest): string {
  const { singular, plural } = req.payload.collections[relationTo]?.config.labels ?? {}
  const name = (label: unknown) => englishLabel(label, req)?.toLowerCase() ?? relationTo
  const list = ids.map((id) => JSON.stringify(id))
  return ids.length === 1
    ? `There is no ${name(singular)} with id ${list[0]}.`
    : `There are no ${name(plural)} with ids ${list.slice(0, -1).join(', ')} and ${list.at(-1)}.`
}

/** A collection label as text in English: a string, a `{ en }` object or a label function. */
function englishLabel(label: unknown, req: PayloadRequest): string | undefined {
  if (typeof label === 'string') return label
  if (typeof label === 'function') {
    const text: unknown = label({ i18n: { ...req.i18n, language: 'en' }, t: req.t })
    return typeof text === 'string' ? text : undefined
  }
  if (label && typeof label === 'object' && 'en' in label && typeof label.en === 'string') return label.en
  return undefined
}
