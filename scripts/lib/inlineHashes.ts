import { createHash } from 'node:crypto'

/**
 * The CSP sources ('sha256-…') of the scripts and styles a page carries inline. Astro inlines small
 * stylesheets (`<style>`) and small scripts (the search page's `<script type="module">`), so a
 * policy of `'self'` alone would switch them off; their hashes allow exactly those and nothing an
 * attacker could add. JSON-LD and other data blocks are not run, so they need no hash.
 */
export type InlineHashes = { scripts: string[]; styles: string[] }

export const NO_INLINE: InlineHashes = { scripts: [], styles: [] }

// <script> and <style> are raw-text elements: their text runs unchanged up to the closing tag,
// so a pattern finds exactly the text the browser hashes.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script[\s/>]/gi
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style[\s/>]/gi
/** `type` values a browser runs; anything else (application/ld+json, text/template) is data. */
const RUN_TYPES = /^(|module|importmap|speculationrules|(text|application)\/(x-)?(java|ecma)script)$/

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?`, 'i').exec(
    attributes,
  )
  if (!match) return undefined
  return match[1] ?? match[2] ?? match[3] ?? ''
}

/** The browser hashes the text after its parser turned CR LF and CR into LF. */
const cspHash = (text: string): string =>
  `'sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`

export function inlineHashes(html: string): InlineHashes {
  const scripts = new Set<string>()
  const styles = new Set<string>()
  for (const [, attributes, text] of html.matchAll(SCRIPT)) {
    if (attribute(attributes, 'src') !== undefined) continue
    const type = (attribute(attributes, 'type') ?? '').trim().toLowerCase()
    if (RUN_TYPES.test(type)) scripts.add(cspHash(text))
  }
  for (const [, text] of html.matchAll(STYLE)) styles.add(cspHash(text))
  return { scripts: [...scripts].sort(), styles: [...styles].sort() }
}

/** All hashes of several pages together (the `_headers` file has one policy for the whole site). */
export function mergeInlineHashes(all: Iterable<InlineHashes>): InlineHashes {
  const scripts = new Set<string>()
  const styles = new Set<string>()
  for (const each of all) {
    each.scripts.forEach((hash) => scripts.add(hash))
    each.styles.forEach((hash) => styles.add(hash))
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort() }
}
