import { APIError } from 'payload'

/**
 * An error whose message Payload shows to the client. It is given an explicit name: Payload
 * formats an error without `data` by its `name`, which it takes from the class name, and the
 * minified production build leaves that empty, so the client got "An unknown error occurred."
 */
export function publicError(name: string, message: string, status: number): APIError {
  const error = new APIError(message, status, null, true)
  error.name = name
  return error
}

/** Adds Retry-After to the answer Payload sends for this request (REST and GraphQL merge these). */
export function setRetryAfter(req: { responseHeaders?: Headers }, waitMs: number): void {
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(Math.max(1, Math.ceil(waitMs / 1000))))
  req.responseHeaders = headers
}
