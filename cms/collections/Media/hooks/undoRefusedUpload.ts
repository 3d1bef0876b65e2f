import type { CollectionAfterErrorHook } from 'payload'

import { restoreCopies } from '../../../lib/uploads/replacedFiles'
import { removeUnreferencedFiles } from '../../../lib/uploads/unreferencedFiles'
import { endUpload } from '../../../lib/uploads/uploadInProgress'

/**
 * A REST create or update that failed after Payload wrote its files (a database constraint, a
 * field that does not validate on update) leaves no file behind: new files no document refers to
 * are removed, and files an update replaced are put back. Payload has rolled the transaction back
 * by the time this runs.
 */
export const undoRefusedUpload: CollectionAfterErrorHook = async ({ collection, req }) => {
  const upload = endUpload(req)
  const staticDir = collection.upload ? collection.upload.staticDir : undefined
  if (!upload || !staticDir) return
  try {
    const removed = await removeUnreferencedFiles(req.payload, staticDir, upload.written)
    if (upload.replaced) await restoreCopies(upload.replaced)
    if (removed.length || upload.replaced?.files.length) {
      req.payload.logger.info(
        `Refused upload undone: removed ${removed.join(', ') || 'nothing'}; restored ${upload.replaced?.files.join(', ') || 'nothing'}`,
      )
    }
  } catch (err) {
    // The response must still say why the upload was refused; the leftovers are only logged.
    req.payload.logger.error({ err, msg: 'Could not clean up after a refused upload' })
  }
}
