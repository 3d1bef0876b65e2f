import { createHash } from 'node:crypto'
import type { CollectionBeforeChangeHook } from 'payload'

import { currentUpload } from '../../../lib/uploads/uploadInProgress'

/**
 * Stores the SHA-256 of each uploaded original as it arrived (before cleanIncomingFile stripped its
 * metadata), so an import finds an unchanged content/ file unchanged; the import also compares the
 * stored file's own hash, which covers a content/ file that an export already replaced.
 */
export const recordContentHash: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.file?.data?.length) {
    const hash = currentUpload(req)?.incomingHash ?? createHash('sha256').update(req.file.data).digest('hex')
    return { ...data, contentHash: hash }
  }
  return data
}
