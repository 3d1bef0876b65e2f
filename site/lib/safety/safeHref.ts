/**
 * Every address that comes from content and ends up in an `href` passes here: web addresses,
 * e-mail links, paths on this site and anchors on the page. Anything else (`javascript:`,
 * `data:`, `vbscript:`, `file:`, a scheme hidden behind control characters) would run script or
 * open something that is not a page, so the build stops with the place it came from rather than
 * publish it. The CMS refuses such addresses when they are entered; this is the second lock.
 */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto'])

/** Whether `href` is an address the site may link to. */
export function isSafeHref(href: string): boolean {
  // Browsers drop tabs and newlines inside an address ("java\tscript:" is javascript:); no real
  // address holds control characters, so any of them is refused outright.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(href)) return false
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]
  // No scheme: a path, a query or an anchor on this site.
  return scheme === undefined || ALLOWED_SCHEMES.has(scheme.toLowerCase())
}

/** `href` when the site may link to it; otherwise an error that names where it came from. */
export function safeHref(href: string, where: string): string {
  if (isSafeHref(href)) return href
  throw new Error(
    `${where}: "${href.slice(0, 80)}" is not an address the site links to; use an https://, http:// or mailto: address or a path on this site`,
  )
}
