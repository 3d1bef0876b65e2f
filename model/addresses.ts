/**
 * The rules for every address content may hold. Each check answers `true` or a message that says
 * what is wrong and what would be right, so the CMS shows it on the field and the content check
 * reports it with the file and line; both use these functions, so they cannot disagree.
 *
 * Why so strict: an address ends up in an `href`. `javascript:`, `data:`, `vbscript:`, `file:` or a
 * scheme hidden behind control characters would run script or open something that is not a page.
 */
export type Check = true | string

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto'])
const quoted = (value: string) => `"${value.slice(0, 60)}${value.length > 60 ? '…' : ''}"`

/** Whether `href` is an address the site may link to: http(s), mailto, a path, query or anchor. */
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
    `${where}: ${quoted(href)} is not an address the site links to; use an https://, http:// or mailto: address or a path on this site`,
  )
}

/** A link in a text: a web or e-mail address, or a path on this site such as /blog/. */
export function checkLinkAddress(value: string): Check {
  if (!value.trim()) return 'Enter an address.'
  if (/\s/.test(value.trim())) return `${quoted(value)} contains spaces; an address has none.`
  return isSafeHref(value)
    ? true
    : `${quoted(value)} cannot be a link: use an https://, http:// or mailto: address, or a path on this site such as /blog/.`
}

/** A full web address (a profile, a social account). */
export function checkWebAddress(value: string): Check {
  if (!value) return 'An address is required.'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `${quoted(value)} is not a web address; it should look like https://example.org/page.`
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `${quoted(value)} must start with https:// or http://.`
  return isSafeHref(value) ? true : `${quoted(value)} holds characters an address cannot have.`
}

/** A menu or footer link: a path on this site or a full web address. */
export function checkSiteLink(value: string): Check {
  if (!value) return 'An address is required.'
  if (/^\/(?!\/)\S*$/.test(value) && isSafeHref(value)) return true
  if (/^https?:\/\/\S+$/.test(value)) return checkWebAddress(value)
  return `${quoted(value)} must be a site path starting with / (such as /blog/) or a full https:// address.`
}

const VIDEO_ADDRESS =
  /^https:\/\/(www\.)?(youtube\.com\/watch\?v=[\w-]{6,}|youtu\.be\/[\w-]{6,}|vimeo\.com\/\d+)(?:[?&#][^\s]*)?$/

/** A video the site links to: YouTube or Vimeo only, so readers know where the link takes them. */
export function checkVideoAddress(value: string): Check {
  if (!value) return 'A video address is required.'
  return VIDEO_ADDRESS.test(value)
    ? true
    : `${quoted(value)} is not a YouTube or Vimeo video address (https://www.youtube.com/watch?v=..., https://youtu.be/... or https://vimeo.com/...).`
}
