import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'

import type { CollectionBeforeOperationHook } from 'payload'

import { cleanUpload } from '../../../lib/uploads/cleanUpload'
import { beginUpload, endUpload } from '../../../lib/uploads/uploadInProgress'

/**
 * Every file that arrives (REST, the admin, the Local API, content import) is checked and cleaned
 * here, before Payload checks its type, writes the original or makes its sizes: a normalised name,
 * EXIF/XMP/IPTC stripped with the orientation applied, and a refusal that names the file when it
 * is empty, damaged, too large in pixels or not one of our image formats.
 */
export const cleanIncomingFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  // A request that runs several operations (the import) starts each one afresh.
  endUpload(req)
  const file = req.file
  if (!file) return args
  // With `useTempFiles` the bytes are on disk and `data` is empty.
  const incoming =
    file.data?.length || !file.tempFilePath
      ? (file.data ?? Buffer.alloc(0))
      : await readFile(file.tempFilePath)
  const clean = await cleanUpload({ name: file.name, data: incoming }, req.payload.logger)
  if (file.tempFilePath && clean.data !== incoming) await writeFile(file.tempFilePath, clean.data)
  req.file = {
    ...file,
    name: clean.name,
    mimetype: clean.mimetype,
    data: clean.data,
    size: clean.data.length,
  }
  // The hash of what arrived, not of what is stored: importing the same file from content/ again
  // must find it unchanged (cms/content/importContent.ts compares it, and the stored file's hash).
  beginUpload(req, createHash('sha256').update(incoming).digest('hex'))
  return args
}
