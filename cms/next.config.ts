import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Next loads this file on its own and resolves its relative imports against the working directory
// (the repository root for `next build cms`), so what it needs is defined here, not imported.

/**
 * Response headers for every page and API answer of the CMS (`headers()` below).
 *
 * - Everywhere: no MIME sniffing, no framing by other sites, a referrer that stops at the origin
 *   when leaving the CMS, no camera, microphone or location, and HSTS when the CMS is served over
 *   https (CMS_URL), which also makes the admin's policy upgrade any http:// reference.
 * - The admin: a Content-Security-Policy the Payload admin works with. Next.js bootstraps pages
 *   with inline scripts and Payload sets inline styles, hence 'unsafe-inline' for both (nonces
 *   would make every admin page dynamic, and the admin is same-origin only anyway); Payload's code
 *   editor (code blocks, the build log) loads Monaco from jsDelivr, so exactly that package
 *   version is allowed too.
 * - /api: JSON answers never render, so nothing may load and nothing may frame them.
 * - Uploaded files (/api/media/file): only images and inline styles, in a sandbox, so an SVG
 *   opened directly can never run script on the CMS origin.
 * - /preview: no Content-Security-Policy from here; the preview route sets its own sandboxing one
 *   (cms/app/preview), which a second policy would only narrow further and confuse.
 * - /forms: none either; a form's answer is a redirect to the site (which `form-action 'self'`
 *   would block), and the cancel page of a registration sets its own (cms/forms/cancelRegistration.ts).
 */
export type Env = Record<string, string | undefined>

export type HeaderRule = { source: string; headers: { key: string; value: string }[] }

/** Where @monaco-editor/loader fetches Monaco from (its config `paths.vs`); keep in step with it. */
export const MONACO_CDN = 'https://cdn.jsdelivr.net/npm/monaco-editor@0.55.1/'

const policy = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`.trim())
    .join('; ')

export const ADMIN_CSP = policy({
  'default-src': "'self'",
  'script-src': `'self' 'unsafe-inline' ${MONACO_CDN}`,
  'style-src': `'self' 'unsafe-inline' ${MONACO_CDN}`,
  'font-src': `'self' data: ${MONACO_CDN}`,
  'img-src': "'self' data: blob:",
  'connect-src': "'self'",
  'worker-src': "'self' blob:",
  'frame-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'self'",
})

export const API_CSP = "default-src 'none'; frame-ancestors 'none'"

export const MEDIA_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"

export const PERMISSIONS_POLICY =
  'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'

export function securityHeaders(env: Env = process.env): HeaderRule[] {
  const common = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
  ]
  const https = env.CMS_URL?.startsWith('https://') ?? false
  if (https) common.push({ key: 'Strict-Transport-Security', value: 'max-age=31536000' })
  // Later rules override earlier ones for the same header, so the narrower paths come last.
  return [
    { source: '/:path*', headers: common },
    {
      // Everything but /api, /preview and /forms: the admin and its assets. (The readers' forms
      // answer with redirects to the site, and their one page sets its own policy, cms/forms/.)
      source: '/:path((?!api(?:/|$)|preview(?:/|$)|forms(?:/|$)).*)',
      headers: [
        {
          key: 'Content-Security-Policy',
          value: https ? `${ADMIN_CSP}; upgrade-insecure-requests` : ADMIN_CSP,
        },
      ],
    },
    {
      // The GraphQL playground is an HTML page (development only), the rest of /api is data.
      source: '/api/:path((?!graphql-playground(?:/|$)).*)?',
      headers: [{ key: 'Content-Security-Policy', value: API_CSP }],
    },
    { source: '/api/media/file/:path*', headers: [{ key: 'Content-Security-Policy', value: MEDIA_CSP }] },
  ]
}

/** GRAPHQL_BODY_BYTES in lib/guards/limits.ts (1 MB), plus 64 KB: see proxyClientMaxBodySize. */
export const PROXY_BODY_BYTES = 1024 * 1024 + 64 * 1024

const nextConfig: NextConfig = {
  // The repository root holds node_modules; Turbopack must be allowed to read it.
  turbopack: { root: path.resolve(dirname, '..') },
  outputFileTracingRoot: path.resolve(dirname, '..'),
  poweredByHeader: false,
  async headers() {
    return securityHeaders()
  },
  experimental: {
    // cms/proxy.ts runs before logins and GraphQL, and Next buffers their bodies for it: never
    // more than the API guard accepts (a little more, so an oversized body still shows as such).
    proxyClientMaxBodySize: PROXY_BODY_BYTES,
  },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
