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
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { type InlineHashes, inlineHashes, mergeInlineHashes, NO_INLINE } from './inlineHashes'
import { logger } from './log'

export type SiteHeaderOptions = {
  /** The public address of the site; https switches on HSTS and upgrade-insecure-requests. */
  siteUrl?: string
  /** The public address of the CMS, where readers' forms may post. */
  cmsUrl?: string
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
})

const isHttps = (url: string | undefined): boolean => {
  try {
    return url !== undefined && new URL(url).protocol === 'https:'
  } catch {
    return false
  }
}

const originOf = (url: string | undefined): string | undefined => {
  try {
    return url ? new URL(url).origin : undefined
  } catch {
    return undefined
  }
}

/**
 * The policy of every response. Scripts and styles come from our own origin, plus those the page
 * inlines (by hash, see inlineHashes.ts); `'wasm-unsafe-eval'` lets Pagefind compile its
 * WebAssembly search engine and allows no `eval`. Images may be `data:` (Pagefind's placeholders).
 */
export function contentSecurityPolicy(options: SiteHeaderOptions, inline: InlineHashes = NO_INLINE): string {
  const cmsOrigin = originOf(options.cmsUrl)
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...inline.scripts].join(' '),
    ["style-src 'self'", ...inline.styles].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${cmsOrigin ? ` ${cmsOrigin}` : ''}`,
    "frame-ancestors 'none'",
    ...(isHttps(options.siteUrl) ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}

/** Sent with every response of the site, pages, files, errors and the 404 page alike. */
export function securityHeaders(
  options: SiteHeaderOptions,
  inline: InlineHashes = NO_INLINE,
): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options, inline),
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
export function headerRules(options: SiteHeaderOptions, inline: InlineHashes = NO_INLINE): HeaderRule[] {
  return [
    { path: '/*', headers: securityHeaders(options, inline) },
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
  inline: InlineHashes = NO_INLINE,
): Record<string, string> {
  const headers: Record<string, string> = { 'Cache-Control': REVALIDATE }
  for (const rule of headerRules(options, inline))
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

/** Cloudflare Pages refuses longer lines; a site with very many inline blocks could reach it. */
const MAX_LINE = 2000

/**
 * Writes `<outDir>/_headers`. One policy covers the whole site there, so it allows the inline
 * scripts and styles of every page in `outDir` (the site server allows each page only its own).
 */
export async function writeHeadersFile(
  outDir: string,
  options: SiteHeaderOptions = optionsFromEnv(),
): Promise<string> {
  const pages = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.html'),
  )
  const each: InlineHashes[] = []
  // One page at a time: a site of thousands of pages would otherwise open them all at once.
  for (const entry of pages)
    each.push(inlineHashes(await readFile(path.join(entry.parentPath, entry.name), 'utf8')))
  const hashes = mergeInlineHashes(each)
  const text = headersFileText(headerRules(options, hashes))
  const file = path.join(outDir, '_headers')
  await writeFile(file, text)
  const longest = Math.max(...text.split('\n').map((line) => line.length))
  if (longest > MAX_LINE)
    logger('headers').warn(
      `_headers has a line of ${longest} characters (${hashes.scripts.length + hashes.styles.length} inline scripts and styles); Cloudflare Pages accepts ${MAX_LINE} at most`,
    )
  return file
}
