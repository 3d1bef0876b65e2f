/**
 * The origins allowed to send credentialed requests to the CMS: its own (CMS_URL, or
 * http://localhost:CMS_PORT and the 127.0.0.1 form of it when CMS_URL is not set) and the public
 * site's (SITE_URL, which will post plain HTML forms to the CMS; locally also
 * http://localhost:SITE_PORT). Payload's `csrf` (which origins' cookies count) and `cors` (which
 * origins may read answers) and the API guard's refusal of cross-site writes all use this list.
 */
/** The environment variables read here (a plain object in tests). */
export type Env = Record<string, string | undefined>

const DEFAULT_SITE_URL = 'https://openambt.example'

export function cmsOrigins(env: Env = process.env): string[] {
  if (env.CMS_URL) return [originOf(env.CMS_URL)]
  const port = env.CMS_PORT || '3000'
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
}

export function siteOrigins(env: Env = process.env): string[] {
  const origins = [originOf(env.SITE_URL || DEFAULT_SITE_URL)]
  // Without CMS_URL this is a local installation (npm start), whose live site runs on SITE_PORT.
  if (!env.CMS_URL) {
    const port = env.SITE_PORT || '4321'
    origins.push(`http://localhost:${port}`, `http://127.0.0.1:${port}`)
  }
  return origins
}

export function allowedOrigins(env: Env = process.env): string[] {
  return [...new Set([...cmsOrigins(env), ...siteOrigins(env)])]
}

/** `https://cms.example.org/admin` -> `https://cms.example.org`; the Origin header has no path. */
function originOf(url: string): string {
  try {
    return new URL(url).origin
  } catch {
    throw new Error(`"${url}" is not a valid URL (check CMS_URL and SITE_URL)`)
  }
}

/**
 * Whether the auth cookie gets the Secure flag: always in production, except when CMS_URL is
 * plain http:// on a host other than localhost (browsers would then drop the cookie; on
 * http://localhost they accept Secure cookies).
 */
export function secureCookies(env: Env = process.env): boolean {
  if (env.NODE_ENV !== 'production') return false
  if (!env.CMS_URL) return true
  const url = new URL(env.CMS_URL)
  return url.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
}

/**
 * The site's address for links in mails and for sending readers back after a form: SITE_URL, or
 * on a local installation (no SITE_URL, no CMS_URL) the live site that `npm start` serves.
 */
export function publicSiteOrigin(env: Env = process.env): string {
  if (env.SITE_URL || env.CMS_URL) return siteOrigins(env)[0]!
  return `http://localhost:${env.SITE_PORT || '4321'}`
}
