import type { CollectionBeforeOperationHook } from 'payload'

import { refusals, refuse } from '../../../lib/uploads/refusals'

const addressIn = (data: unknown): string | undefined => {
  const { url, filename } = (data ?? {}) as { url?: unknown; filename?: unknown }
  return typeof url === 'string' && typeof filename === 'string' ? url : undefined
}

/**
 * A create through the API with `filename` and `url` but no file makes Payload fetch the image
 * itself and store it as it comes, past cleanIncomingFile: metadata and all. The admin fetches a
 * pasted address in the browser and uploads the file, so only hand-made requests are refused.
 */
export const refuseFetchFromAddress: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' || req.file || args.duplicateFromID !== undefined) return args
  // Payload takes the address out of args.data before this hook runs; REST keeps it in req.data.
  const url = addressIn(req.data) ?? addressIn(args.data)
  if (url) throw refuse(refusals.fromAddress(url))
  return args
}
