import type { CollectionAfterOperationHook } from 'payload'

import { dropCopies } from '../../../lib/uploads/replacedFiles'
import { endUpload } from '../../../lib/uploads/uploadInProgress'

/** The create or update went through: its files stay, and the copies of replaced files can go. */
export const finishUpload: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  // Reads (keepReplacedFiles' own lookup, the content id's count) end here too; they are not the upload.
  if (operation === 'create' || operation === 'update' || operation === 'updateByID') {
    const upload = endUpload(req)
    if (upload?.replaced) await dropCopies(upload.replaced)
  }
  return result
}
