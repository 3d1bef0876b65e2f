/**
 * Headers of everything a draft's preview serves. A preview shows text anyone with an account
 * wrote, on the CMS's own origin, to editors who are logged in there. So it runs in a sandbox:
 * no script at all (a preview needs none: it has no search index), and an opaque origin, so that
 * even a page that got script past every other check could not read the admin, use the editor's
 * session or post as them. Links and the search form still work; they open as top-level pages.
 */
const SANDBOX =
  'sandbox allow-forms allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation'

export const PREVIEW_CONTENT_SECURITY_POLICY = [
  SANDBOX,
  "default-src 'self'",
  "script-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "form-action 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ')

export const PREVIEW_HEADERS: Record<string, string> = {
  'Content-Security-Policy': PREVIEW_CONTENT_SECURITY_POLICY,
  'Cache-Control': 'private, no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // A preview is not for search engines, even if its address leaks.
  'X-Robots-Tag': 'noindex',
}
