/**
 * The old addresses of content/redirects.yml, in dist/: one small page per old path (meta refresh,
 * canonical and a plain link, noindex), which works on any static host; `_redirects` for hosts that
 * read it (Netlify, Cloudflare Pages), and `redirects.nginx.conf`, an nginx `map` for a server of our
 * own. A static host cannot tell `/?p=123` from `/`, so addresses with a query are only in the last
 * two: the map matches `$request_uri`, and `_redirects` uses Netlify's query conditions.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { ContentSet } from '../../../model/files/readContent'
import { slugsInContent } from '../../../model/files/readContent'
import { resolveRedirects, splitOldAddress, type ResolvedRedirect } from '../../../model/redirects'
import { escapeMarkup as escapeHtml } from '../../../model/escapeMarkup'

export type RedirectSummary = {
  /** Redirect pages written into dist/. */
  pages: number
  /** Redirects in _redirects and the nginx map (pages plus query addresses). */
  rules: number
  /** Old paths where the new site has a page of its own: that page stays, no redirect. */
  shadowed: string[]
  /** Redirects whose target is not in content/ (any more), with the reason. */
  unresolved: string[]
}

export const REDIRECTS_FILE_NAME = '_redirects'
export const NGINX_MAP_FILE_NAME = 'redirects.nginx.conf'

/** The file in dist/ that answers an old path: `/2019/03/12/slug/` -> `2019/03/12/slug/index.html`. */
export function redirectPageFile(oldPath: string): string {
  const decoded = decodeURIComponent(oldPath).replace(/^\/+/, '')
  const clean = path.posix.normalize(decoded)
  if (clean.startsWith('..')) throw new Error(`redirect from "${oldPath}" leaves the site folder`)
  if (/\.html?$/.test(clean)) return clean
  return clean === '.' || clean === '' ? 'index.html' : `${clean.replace(/\/$/, '')}/index.html`
}

/** A page that sends the reader on: no script, its own policy, not for search engines. */
export function redirectPageHtml(to: string, siteUrl: string): string {
  const href = escapeHtml(to)
  const canonical = escapeHtml(new URL(to, siteUrl).href)
  const lang = to.startsWith('/en/') ? 'en' : 'nl'
  const text =
    lang === 'en'
      ? { title: 'This page has moved', moved: 'This page has moved to' }
      : { title: 'Deze pagina is verhuisd', moved: 'Deze pagina is verhuisd naar' }
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${href}">
<title>${text.title}</title>
<meta name="description" content="${text.moved} ${href}">
<link rel="canonical" href="${canonical}">
</head>
<body>
<p>${text.moved} <a href="${href}">${canonical}</a>.</p>
</body>
</html>
`
}

/** `_redirects`: one rule a line, paths first; a query address as Netlify's `path key=value` condition. */
export function redirectsFileText(redirects: ResolvedRedirect[]): string {
  const lines = ['# Old addresses (content/redirects.yml), written by the site build.']
  for (const { from, to } of redirects) {
    const { path: oldPath, query } = splitOldAddress(from)
    const conditions = query
      .split('&')
      .filter(Boolean)
      .map((pair) => pair.replace(/\s/g, ''))
    lines.push([oldPath, ...conditions, to, '301'].join('  '))
  }
  return `${lines.join('\n')}\n`
}

/**
 * An nginx `map` from `$request_uri` (path and query, as the reader asked for it) to the new
 * address; include it in the `http` block and add
 * `if ($openambt_redirect) { return 301 $openambt_redirect; }` to the site's `server` block.
 */
export function nginxMapText(redirects: ResolvedRedirect[]): string {
  const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`
  const lines = [
    '# Old addresses (content/redirects.yml), written by the site build. In the http block:',
    '#   include redirects.nginx.conf;',
    '# and in the server block of the site:',
    '#   if ($openambt_redirect) { return 301 $openambt_redirect; }',
    'map $request_uri $openambt_redirect {',
    '    default "";',
  ]
  for (const { from, to } of redirects) {
    lines.push(`    ${quote(from)} ${quote(to)};`)
    // nginx keeps the address as the reader typed it: /slug without its slash is the same page.
    const { path: oldPath, query } = splitOldAddress(from)
    if (oldPath.length > 1 && oldPath.endsWith('/') && !query)
      lines.push(`    ${quote(oldPath.slice(0, -1))} ${quote(to)};`)
  }
  lines.push('}')
  return `${lines.join('\n')}\n`
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  )

/** Writes the redirect pages, `_redirects` and the nginx map for `set.redirects` into `dist`. */
export async function writeRedirects(
  dist: string,
  set: ContentSet,
  siteUrl: string,
): Promise<RedirectSummary> {
  const { resolved, unresolved } = resolveRedirects(set.redirects, slugsInContent(set))
  const summary: RedirectSummary = {
    pages: 0,
    rules: 0,
    shadowed: [],
    unresolved: unresolved.map(({ from, to, why }) => `${from} -> ${to}: ${why}`),
  }
  const rules: ResolvedRedirect[] = []
  for (const redirect of resolved) {
    const { path: oldPath, query } = splitOldAddress(redirect.from)
    if (query) {
      rules.push(redirect)
      continue
    }
    const file = path.join(dist, redirectPageFile(oldPath))
    // The new site has a page here (an old /contact/ is the new /contact/): the page wins.
    if (await exists(file)) {
      summary.shadowed.push(redirect.from)
      continue
    }
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, redirectPageHtml(redirect.to, siteUrl))
    summary.pages++
    rules.push(redirect)
  }
  summary.rules = rules.length
  if (rules.length) {
    await writeFile(path.join(dist, REDIRECTS_FILE_NAME), redirectsFileText(rules))
    await writeFile(path.join(dist, NGINX_MAP_FILE_NAME), nginxMapText(rules))
  }
  return summary
}
