import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import type { Chapter } from '../../../payload-types'
import { relationId } from '../../../lib/relationId'

/** Two chapters of one book cannot share a number: the book's order would be ambiguous. */
export const ensureUniqueChapterNumber: CollectionBeforeValidateHook<Chapter> = async ({
  data,
  originalDoc,
  req,
}) => {
  const book = data?.book ?? originalDoc?.book
  const number = data?.number ?? originalDoc?.number
  if (!book || typeof number !== 'number') return data

  const bookId = relationId(book)
  const clash = await req.payload.find({
    collection: 'chapters',
    where: {
      and: [
        { book: { equals: bookId } },
        { number: { equals: number } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
  })
  const other = clash.docs[0]
  if (other) {
    throw new ValidationError({
      collection: 'chapters',
      errors: [
        {
          path: 'number',
          message: `Chapter ${number} already exists in this book ("${other.title}"). Choose another number.`,
        },
      ],
    })
  }
  return data
}
