/**
 * The path a request asks for, decoded once and checked before it comes near the file system.
 * Anything a browser following our links would never send is answered with a 4xx here, so a
 * crafted address can neither throw (`/%`), read outside the site (`/..%2f..%2fetc/passwd`), nor
 * make the file system choke (a NUL byte).
 */

/** Longer request targets get 414. Our longest page address is a few hundred characters. */
export const MAX_TARGET_LENGTH = 4096

export type RequestTarget = { ok: true; path: string } | { ok: false; status: 400 | 414; reason: string }

const refuse = (status: 400 | 414, reason: string): RequestTarget => ({ ok: false, status, reason })

export function parseRequestTarget(url: string | undefined): RequestTarget {
  if (!url) return refuse(400, 'no request target')
  if (url.length > MAX_TARGET_LENGTH) return refuse(414, `request target longer than ${MAX_TARGET_LENGTH}`)
  let raw = url
  if (!raw.startsWith('/')) {
    // The absolute form (`GET http://host/path`) that proxies send; URL() also drops dot segments.
    let absolute: URL
    try {
      absolute = new URL(raw)
    } catch {
      return refuse(400, 'not a path')
    }
    if (absolute.protocol !== 'http:' && absolute.protocol !== 'https:') return refuse(400, 'not a path')
    raw = absolute.pathname
  }
  raw = raw.split(/[?#]/)[0]
  let path: string
  try {
    path = decodeURIComponent(raw)
  } catch {
    return refuse(400, 'malformed percent-encoding')
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return refuse(400, 'control character in the path')
  if (path.split(/[/\\]/).includes('..')) return refuse(400, 'path climbs out of the site')
  return { ok: true, path }
}

/**
 * Files in the output folder that are not part of the site: `_headers` and `_redirects` are
 * instructions to a host, and a dot folder (`.git`: the build keeps one in the output folder) may
 * hold anything. `/.well-known/` is the one dot folder the web expects to be served.
 */
export function isHiddenPath(path: string): boolean {
  if (path === '/_headers' || path === '/_redirects') return true
  return path.split('/').some((segment) => segment.startsWith('.') && segment !== '.well-known')
}
