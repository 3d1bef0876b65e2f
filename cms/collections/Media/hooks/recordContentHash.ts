import { createHash } from 'node:crypto'
import type { CollectionBeforeChangeHook } from 'payload'

/** Stores the SHA-256 of each uploaded original, so imports can tell an unchanged file from a new one. */
export const recordContentHash: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.file?.data?.length) {
    return { ...data, contentHash: createHash('sha256').update(req.file.data).digest('hex') }
  }
  return data
}
