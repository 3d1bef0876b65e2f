/**
 * Next's server sets `x-forwarded-for` to the peer's address only when the request has none, so a
 * client can send any address it likes and rate limits keyed on it would mean nothing. Unless
 * TRUST_PROXY says a proxy in front sets that header, this drops it; Next then fills in the
 * address the connection really came from before the route runs (cms/lib/guards/clientIp.ts).
 *
 * It runs only where a body is small or absent: Next copies the whole body of every request that
 * passes a proxy into memory (up to experimental.proxyClientMaxBodySize, see next.config.ts) and
 * waits for all of it, which must not happen to uploads.
 */
import { NextResponse, type NextRequest } from 'next/server'

import { trustedProxyHops } from './lib/guards/clientIp'

export function proxy(request: NextRequest): NextResponse {
  if (trustedProxyHops() > 0) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.delete('x-forwarded-for')
  return NextResponse.next({ request: { headers } })
}

export const config = {
  matcher: [
    // Logins, reset requests and GraphQL (which can log in too): small bodies, limits per client.
    '/api/users/login',
    '/api/users/forgot-password',
    '/api/users/reset-password',
    '/api/graphql',
    // The readers' forms: limits per client (cms/forms/); their bodies are small.
    '/forms/:path*',
    // Everything else under /api without a body: the per-client share of the anonymous pool.
    // (Next reads this config without running it: literals only.)
    {
      source: '/api/:path*',
      missing: [
        { type: 'header', key: 'content-length' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
  ],
}
