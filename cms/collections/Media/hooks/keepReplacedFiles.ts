import type { CollectionBeforeOperationHook } from 'payload'

import { keepCopies } from '../../../lib/uploads/replacedFiles'
import { storedFileNames } from '../../../lib/uploads/unreferencedFiles'
import { currentUpload } from '../../../lib/uploads/uploadInProgress'

/**
 * Payload deletes the files an update replaces before it validates the update; a refused update
 * would leave the document without its image. Copies are kept until the update succeeds
 * (finishUpload drops them) or fails (undoRefusedUpload puts them back). Only REST requests (the
 * admin included) run afterError hooks, so only they keep copies.
 */
export const keepReplacedFiles: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const upload = currentUpload(req)
  const id = (args as { id?: number | string }).id
  const staticDir = collection.upload ? collection.upload.staticDir : undefined
  if (operation !== 'update' || !upload || req.payloadAPI !== 'REST' || id === undefined || !staticDir)
    return args
  const doc = await req.payload.findByID({
    collection: 'media',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (doc) upload.replaced = await keepCopies(staticDir, storedFileNames(doc))
  return args
}
