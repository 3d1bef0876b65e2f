/**
 * Reads a request body up to a byte limit. Payload parses JSON bodies whole (request.text()) before
 * it checks access, so an anonymous 50 MB body used to be read, decoded and parsed only to be
 * refused with 403. Here the declared Content-Length is checked first, and a body without one
 * (chunked) is counted as it streams in and dropped at the first byte over the limit.
 */
export type BodyResult = { ok: true; body: Uint8Array } | { ok: false; tooLarge: true }

/** True when the client announced a body larger than the limit. */
export function declaresTooMuch(request: Request, maxBytes: number): boolean {
  const declared = request.headers.get('content-length')
  return declared !== null && Number(declared) > maxBytes
}

export async function readBounded(request: Request, maxBytes: number): Promise<BodyResult> {
  if (declaresTooMuch(request, maxBytes)) return { ok: false, tooLarge: true }
  if (!request.body) return { ok: true, body: new Uint8Array() }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return { ok: false, tooLarge: true }
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return { ok: true, body }
}

/** The same request with a body already read (the original stream is consumed). */
export function withBody(
  request: Request,
  body: Uint8Array | string | null,
  init: { method?: string; url?: string } = {},
): Request {
  const method = init.method ?? request.method
  const headers = new Headers(request.headers)
  headers.delete('content-length')
  headers.delete('transfer-encoding')
  const hasBody = body !== null && method !== 'GET' && method !== 'HEAD'
  return new Request(init.url ?? request.url, {
    method,
    headers,
    body: hasBody ? (body as BodyInit) : undefined,
    signal: request.signal,
  })
}
