import type { CollectionBeforeValidateHook } from 'payload'

import { storedFileNames } from '../../../lib/uploads/unreferencedFiles'
import { currentUpload } from '../../../lib/uploads/uploadInProgress'

/**
 * Payload has named the original and its sizes by now and writes them before the document is
 * saved; a failure after that leaves them behind. Noting the names lets undoRefusedUpload remove them.
 */
export const noteFilesToWrite: CollectionBeforeValidateHook = ({ data, req }) => {
  const upload = currentUpload(req)
  if (upload && data) upload.written = storedFileNames(data)
  return data
}
