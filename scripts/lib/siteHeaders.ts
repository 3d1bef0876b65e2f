/**
 * The HTTP headers of the public site, defined once: the site server (scripts/serve-dist.ts) sends
 * them, and `writeHeadersFile` writes the same rules into `dist/_headers` for static hosts that read
 * that file (Netlify, Cloudflare Pages), or for an operator to copy into nginx.
 *
 * The rules are kept so that no header is set by two rules that match the same path: hosts differ
 * in what they do then (Cloudflare joins the values with a comma), and `no-cache, immutable` would
 * be nonsense. That is why the revalidating `Cache-Control: no-cache` is not a rule for `/*` but
 * the default for paths no rule gives a Cache-Control; Netlify and Cloudflare Pages already send
 * the equivalent (`public, max-age=0, must-revalidate`) for such paths.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'

import { cmsOrigin } from '../../site/lib/cmsOrigin'
import { headerContentSecurityPolicy } from '../../site/lib/safety/contentSecurityPolicy'

export type SiteHeaderOptions = {
  /** The public address of the site; https switches on HSTS and upgrade-insecure-requests. */
  siteUrl?: string
  /** The public address of the CMS, where readers' forms may post (default: the local CMS, site/lib/cmsOrigin.ts). */
  cmsUrl?: string
  /** Without cmsUrl, the port of the local CMS (CMS_PORT). */
  cmsPort?: string
}

export type HeaderRule = { path: string; headers: Record<string, string> }

export const IMMUTABLE = 'public, max-age=31536000, immutable'
/** Store, but ask every time: the ETag makes the answer a 304 when nothing changed. */
export const REVALIDATE = 'no-cache'

/**
 * Files whose name changes with their content, so a cached copy is never stale: all of Astro's
 * output under /_astro/ (`name.<hash>.ext`), and Pagefind's index files, named by the SHA-1 of what
 * they hold. Pagefind's entry points (pagefind.js, pagefind-entry.json, the wasm.<lang>.pagefind
 * engines, the UI) and our search-*.json keep their names from build to build, so they revalidate.
 */
export const HASHED_PATHS = [
  '/_astro/*',
  '/pagefind/*.pf_fragment',
  '/pagefind/*.pf_index',
  '/pagefind/*.pf_filter',
  '/pagefind/*.pf_meta',
]

/** A year; without includeSubDomains, as other hosts under the site's name are not ours to pin. */
const HSTS = 'max-age=31536000'

export const optionsFromEnv = (): SiteHeaderOptions => ({
  siteUrl: process.env.SITE_URL || undefined,
  cmsUrl: process.env.CMS_URL || undefined,
  cmsPort: process.env.CMS_PORT || undefined,
})

const isHttps = (url: string | undefined): boolean => {
  try {
    return url !== undefined && new URL(url).protocol === 'https:'
  } catch {
    return false
  }
}

/**
 * The policy of every response: frame-ancestors and the rest a page's own `<meta>` policy cannot
 * carry (site/lib/safety/contentSecurityPolicy.ts). Scripts and styles are allowed by that meta
 * policy, with the hashes Astro computed from site/.
 */
export const contentSecurityPolicy = (options: SiteHeaderOptions): string =>
  headerContentSecurityPolicy(
    cmsOrigin({ CMS_URL: options.cmsUrl, CMS_PORT: options.cmsPort }),
    isHttps(options.siteUrl),
  )

/** Sent with every response of the site, pages, files, errors and the 404 page alike. */
export function securityHeaders(options: SiteHeaderOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // Only where the site is served over https: browsers ignore it over http anyway, and a
    // development address must not be pinned to https.
    ...(isHttps(options.siteUrl) ? { 'Strict-Transport-Security': HSTS } : {}),
  }
}

/** The rules, in the order and form of a `_headers` file. */
export function headerRules(options: SiteHeaderOptions): HeaderRule[] {
  return [
    { path: '/*', headers: securityHeaders(options) },
    ...HASHED_PATHS.map((pattern) => ({ path: pattern, headers: { 'Cache-Control': IMMUTABLE } })),
  ]
}

/** Whether a `_headers` path pattern matches a URL path: `*` matches anything, slashes included. */
export function pathMatches(pattern: string, urlPath: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${source}$`).test(urlPath)
}

/** The headers of the response for `urlPath`: every matching rule, and revalidation by default. */
export function siteHeaders(
  urlPath: string,
  options: SiteHeaderOptions = optionsFromEnv(),
): Record<string, string> {
  const headers: Record<string, string> = { 'Cache-Control': REVALIDATE }
  for (const rule of headerRules(options))
    if (pathMatches(rule.path, urlPath)) Object.assign(headers, rule.headers)
  return headers
}

/** The text of a `_headers` file for these rules. */
export function headersFileText(rules: HeaderRule[]): string {
  const blocks = rules.map(
    (rule) =>
      `${rule.path}\n${Object.entries(rule.headers)
        .map(([name, value]) => `  ${name}: ${value}`)
        .join('\n')}`,
  )
  return [
    '# Written by the build (scripts/lib/siteHeaders.ts), the same headers the site server sends.',
    '# Paths without a Cache-Control here revalidate: send them "Cache-Control: no-cache".',
    ...blocks,
    '',
  ].join('\n')
}

/** Writes `<outDir>/_headers`: the same rules the site server follows. */
export async function writeHeadersFile(
  outDir: string,
  options: SiteHeaderOptions = optionsFromEnv(),
): Promise<string> {
  const file = path.join(outDir, '_headers')
  await writeFile(file, headersFileText(headerRules(options)))
  return file
}
