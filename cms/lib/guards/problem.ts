import { headersWithCors, type Payload, type PayloadRequest } from 'payload'

/**
 * An error answer in Payload's own shape (`{ errors: [{ message }] }`), with the CORS headers
 * Payload would add, so clients read the guard's refusals like any other API error.
 */
export function problem(
  payload: Payload,
  request: Request,
  status: number,
  message: string,
  extraHeaders: Record<string, string> = {},
): Response {
  const headers = headersWithCors({
    headers: new Headers(extraHeaders),
    req: { payload, headers: request.headers } as unknown as PayloadRequest,
  })
  return Response.json({ errors: [{ message }] }, { status, headers })
}
