/**
 * The address a request came from, for rate limits. Next's own server (`next start`) sets
 * `x-forwarded-for` to the socket's address only when the request has none, so without a proxy
 * the header is whatever the client sent. cms/proxy.ts therefore drops it unless TRUST_PROXY is
 * set, and Next fills in the real peer address behind it.
 *
 * TRUST_PROXY is the number of proxies in front of the CMS that append to `x-forwarded-for`
 * (`true` counts as 1): the client is the entry that many places from the right, since anything
 * further left came from the client itself.
 */
export function trustedProxyHops(value = process.env.TRUST_PROXY): number {
  if (!value || value === 'false' || value === '0') return 0
  if (value === 'true') return 1
  const hops = Number(value)
  return Number.isInteger(hops) && hops > 0 ? hops : 1
}

export function clientIp(headers: Headers, hops = trustedProxyHops()): string {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length === 0) return 'unknown'
  // Without a trusted proxy this is the single entry Next set from the socket (see above).
  const index = hops === 0 ? entries.length - 1 : Math.max(0, entries.length - hops)
  return normalize(entries[index])
}

/** `::ffff:127.0.0.1` and `127.0.0.1` are one client. */
function normalize(address: string): string {
  return address.startsWith('::ffff:') ? address.slice(7) : address
}
