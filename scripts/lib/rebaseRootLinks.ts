import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { filesUnder } from './filesUnder'

/**
 * A draft's preview is served under a base path (/preview/site/<key>/), while the site's own links
 * and forms are root-relative (model/urls.ts, links in Markdown bodies). Astro puts the base
 * only on its assets, so the preview's pages would link out of the preview. This moves every
 * root-relative `href` and `action` under the base, leaving protocol-relative links, fragments and
 * addresses already under the base alone. Only previews need it; the public site lives at the root.
 */
export function rebaseHtml(html: string, base: string): string {
  const prefix = base.replace(/\/$/, '')
  return html.replace(/\b(href|action)="\/(?!\/)([^"]*)"/g, (whole, attribute: string, rest: string) =>
    `/${rest}`.startsWith(`${prefix}/`) ? whole : `${attribute}="${prefix}/${rest}"`,
  )
}

/** Applies `rebaseHtml` to every HTML file under `dir`, rewriting only the files it changes. */
export async function rebaseRootLinks(dir: string, base: string): Promise<void> {
  if (base === '/') return
  for (const page of filesUnder(dir).filter((name) => name.endsWith('.html'))) {
    const file = path.join(dir, page)
    const html = await readFile(file, 'utf8')
    const rebased = rebaseHtml(html, base)
    if (rebased !== html) await writeFile(file, rebased)
  }
}
