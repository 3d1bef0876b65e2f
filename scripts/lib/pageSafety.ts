/**
 * What no built page may contain, whatever its content said: script that is not ours, event
 * handler attributes, and addresses that run script. The Markdown pipeline, the templates and the
 * CSP keep such things out; this check reads the finished HTML the way a browser would and is the
 * proof, on every live build and every draft preview (scripts/build-site.ts).
 *
 * "Our own" inline scripts are the ones Astro bundled from site/ and hashed into the page's
 * Content-Security-Policy; JSON-LD and Pagefind's result template are data, not script, and must
 * parse as what they claim to be.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { visit } from 'unist-util-visit'

import { isSafeHref } from '../../model/addresses'
import { filesUnder } from './filesUnder'

/** Script types the browser does not run. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'text/pagefind-template'])
/** Elements the site never makes: each can load or run something a page should not. */
const FORBIDDEN_ELEMENTS = new Set(['iframe', 'frame', 'object', 'embed', 'base', 'applet'])
/** Attributes (as hast names them) that hold an address the browser follows or loads. */
const URL_PROPERTIES = [
  'href',
  'src',
  'action',
  'formAction',
  'xLinkHref',
  'poster',
  'cite',
  'data',
  'background',
]
/** Elements whose `src` may be an inline picture. */
const IMAGE_ELEMENTS = new Set(['img', 'source', 'image'])

export function unsafeMarkup(tree: Root, where: string): string[] {
  const problems: string[] = []
  const allowedHashes = scriptHashesOf(tree)
  // The page's own policy is what keeps anything that slipped through from running.
  if (!allowedHashes) problems.push(`${where}: has no Content-Security-Policy <meta> in its head`)
  visit(tree, 'element', (node: Element) => {
    const tag = node.tagName
    if (FORBIDDEN_ELEMENTS.has(tag)) problems.push(`${where}: has a forbidden <${tag}> element`)
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) problems.push(`${where}: <${tag}> has an event handler attribute (${name})`)
      if (name === 'srcDoc') problems.push(`${where}: <${tag}> has a srcdoc attribute`)
      if (!URL_PROPERTIES.includes(name) || typeof value !== 'string') continue
      const inlineImage = IMAGE_ELEMENTS.has(tag) && /^\s*data:image\//i.test(value) && !/svg/i.test(value)
      if (!inlineImage && !isSafeHref(value))
        problems.push(`${where}: <${tag} ${name}="${value.slice(0, 60)}"> is not an address a page may use`)
    }
    if (
      tag === 'meta' &&
      String(node.properties.httpEquiv ?? '').toLowerCase() === 'refresh' &&
      sitePathOfRefresh(node) === undefined
    )
      problems.push(`${where}: has a <meta http-equiv="refresh"> that does not lead to a path on this site`)
    if (tag === 'script') problems.push(...scriptProblems(node, allowedHashes, where))
  })
  return problems
}

/**
 * The path a `<meta http-equiv="refresh">` leads to, when it leads at once to a path on this site
 * (`0; url=/blog/slug/`): the redirect pages of old addresses (scripts/lib/redirects/). That is no
 * more than a link the browser follows; a refresh to another site, to a script address or after a
 * delay is what content must never smuggle in, and is refused.
 */
export function sitePathOfRefresh(node: Element): string | undefined {
  const match = /^\s*0\s*;\s*url=(\/(?!\/)[^\s'"\\]*)\s*$/i.exec(String(node.properties.content ?? ''))
  return match && isSafeHref(match[1]) ? match[1] : undefined
}

/** The problems of every HTML page under `dir` (a draft's preview, which gets no full check:dist). */
export async function unsafePagesIn(dir: string): Promise<string[]> {
  const problems: string[] = []
  for (const page of filesUnder(dir).filter((file) => file.endsWith('.html')))
    problems.push(...unsafeMarkup(fromHtml(await readFile(path.join(dir, page), 'utf8')), page))
  return problems
}

function scriptProblems(node: Element, allowedHashes: Set<string> | undefined, where: string): string[] {
  const type = String(node.properties.type ?? '').toLowerCase()
  const text = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
  if (type === 'application/ld+json') {
    try {
      JSON.parse(text)
      return []
    } catch {
      return [`${where}: a JSON-LD block is not valid JSON (did a value close the script element?)`]
    }
  }
  if (DATA_SCRIPT_TYPES.has(type)) return []
  if (typeof node.properties.src === 'string') {
    const src = node.properties.src
    return /^(\/|\.\.?\/)[^/]/.test(src) && /\/(_astro|pagefind)\//.test(src)
      ? []
      : [`${where}: loads a script that is not one of ours ("${src.slice(0, 60)}")`]
  }
  const hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`
  return allowedHashes?.has(hash)
    ? []
    : [`${where}: has an inline script that is not one of ours (${JSON.stringify(text.slice(0, 40))})`]
}

/**
 * The script hashes the page's Content-Security-Policy allows (those Astro computed from site/), or
 * undefined when the page has no policy with a script-src in its head.
 */
function scriptHashesOf(tree: Root): Set<string> | undefined {
  let hashes: Set<string> | undefined
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'body') return 'skip'
    if (node.tagName !== 'meta') return
    if (String(node.properties.httpEquiv ?? '').toLowerCase() !== 'content-security-policy') return
    hashes ??= new Set<string>()
    const scriptSrc = String(node.properties.content ?? '')
      .split(';')
      .find((directive) => directive.trim().startsWith('script-src '))
    for (const source of scriptSrc?.match(/'sha256-[^']+'/g) ?? []) hashes.add(source)
    if (!scriptSrc) hashes = undefined
  })
  return hashes
}
