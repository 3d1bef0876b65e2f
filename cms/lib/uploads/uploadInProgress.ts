import type { PayloadRequest } from 'payload'

import type { KeptCopies } from './replacedFiles'

/** What a create or update that brought a file has done so far, so a refusal can undo it. */
export type UploadInProgress = {
  /** SHA-256 of the bytes as they arrived, before their metadata was stripped. */
  incomingHash: string
  /** The files Payload is about to write: the original and each size. */
  written: string[]
  /** Copies of the files an update replaces, taken before Payload deletes them. */
  replaced?: KeptCopies
}

// Keyed by request: hooks of one operation share its req, and a request that ends takes its entry along.
const uploads = new WeakMap<PayloadRequest, UploadInProgress>()

export const beginUpload = (req: PayloadRequest, incomingHash: string): UploadInProgress => {
  const upload: UploadInProgress = { incomingHash, written: [] }
  uploads.set(req, upload)
  return upload
}

export const currentUpload = (req: PayloadRequest): UploadInProgress | undefined => uploads.get(req)

/** Forgets the upload and hands back what it did, for the caller to keep or undo. */
export const endUpload = (req: PayloadRequest): UploadInProgress | undefined => {
  const upload = uploads.get(req)
  uploads.delete(req)
  return upload
}
