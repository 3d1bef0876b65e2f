import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { maxUploadBytes, tooLargeMessage } from '../../../lib/uploadLimits'

/**
 * REST uploads over the limit are refused while they stream in (config `upload.limits`); this
 * hook applies the same limit to the Local API and anything else that hands us a whole file.
 */
export const rejectOversizedUpload: CollectionBeforeOperationHook = ({ operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file && req.file.size > maxUploadBytes) {
    throw new APIError(tooLargeMessage(req.file.size), 413, undefined, true)
  }
}
