/**
 * Checks a built site folder the way a reader and a validator would meet it: every page has its
 * language, title, description and canonical address; every internal link, image and anchor
 * exists; nothing loads from another origin; feeds and sitemaps are well-formed XML that point at
 * real pages; and every page keeps the budgets (compressed HTML + CSS, JavaScript, font files).
 */
import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { visit } from 'unist-util-visit'

import { memoKey, openCheckMemo, type CheckMemo } from '../../model/files/checkMemo'
import type { SearchShardList } from '../../site/lib/search'
import type { PageStamps } from './astroPageCopies'
import { filesUnder } from './filesUnder'
import { sitePathOfRefresh, unsafeMarkup } from './pageSafety'

export const BUDGETS = {
  /** Compressed HTML plus the CSS it links, per page (images and fonts apart). */
  htmlAndCssBytes: 25 * 1024,
  /** JavaScript per page, except on the search pages. */
  javascriptBytes: 0,
  /** JavaScript on a page with a reader's form: the timer that tells the CMS how long the page was open. */
  formScriptBytes: 1024,
  /** Font files a page can make the browser download. */
  fontFiles: 2,
}

/** The search bundle (scripts/lib/search/): the search pages load it from our own origin. */
const SEARCH_BUNDLE = 'pagefind'
const SEARCH_SHARDS = `${SEARCH_BUNDLE}/search-shards.json`
const SEARCH_RUNTIME = [
  'pagefind.js',
  'pagefind-worker.js',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-entry.json',
]

/** Pages that may carry JavaScript (the search page needs it). */
const SCRIPT_PAGES = [/^zoeken\/index\.html$/, /^en\/search\/index\.html$/]

export type DistReport = {
  problems: string[]
  pages: number
  largestPage: { file: string; bytes: number }
  averagePageBytes: number
  javascriptBytes: number
  maxFontFiles: number
}

/** One @font-face: its file, the characters it covers, and whether it is an italic face. */
type FontFace = { file: string; ranges: [number, number][]; italic: boolean }

/** Elements browsers (and our theme, for quotes) set in italics: a page without them needs no italic face. */
const ITALIC_ELEMENTS = new Set(['em', 'i', 'cite', 'dfn', 'var', 'address', 'blockquote'])

/**
 * What the checks need to know of one page, read from its HTML once. Built from the HTML alone (no
 * file name, no other page), so it is remembered under a digest of the HTML: a page that did not
 * change is not parsed again. The checks between pages (links, anchors, budgets) run on these.
 */
type PageRecord = Omit<PageFacts, 'text' | 'references'> & {
  /**
   * Its links and resources, each once, in the order they first appear: the kind's letter (L or R)
   * and the address. Compact because the memo holds one record per page (18,000 at 10,000 posts):
   * as `{ href, kind }` objects with every repeat, they were 42 of its 59 MB, read on every build.
   */
  references: string[]
  /** Every id on the page, for links to anchors. */
  ids: string[]
  /** unsafeMarkup()'s findings, with WHERE standing for the page's name. */
  unsafe: string[]
  /** The page's HTML, gzipped. */
  compressedBytes: number
  /** The distinct characters of its text, in code point order, for the font check (a string: compact in the memo). */
  characters: string
}

const WHERE = '\u0000page\u0000'

function pageRecord(html: Buffer): PageRecord {
  const tree = fromHtml(html.toString('utf8'))
  const ids = new Set<string>()
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id)
  })
  const { text, references, ...facts } = pageFacts(tree)
  return {
    ...facts,
    references: [...new Set(references.map(({ href, kind }) => `${kind === 'link' ? 'L' : 'R'}${href}`))],
    ids: [...ids],
    unsafe: unsafeMarkup(tree, WHERE),
    compressedBytes: gzipSync(html).length,
    characters: [...new Set(text)].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join(''),
  }
}

export async function checkDist(
  dist: string,
  siteUrl: string,
  {
    memo,
    stamps,
    files = filesUnder(dist),
  }: {
    memo?: CheckMemo
    stamps?: PageStamps
    /** The files of `dist`, when the caller listed them already. */
    files?: string[]
  } = {},
): Promise<DistReport> {
  const remembered = memo ?? (await openCheckMemo())
  const origin = new URL(siteUrl).origin
  const fileSet = new Set(files)
  const problems: string[] = []
  const records = new Map<string, PageRecord>()
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    // A page Astro copied unchanged from the build before (scripts/lib/astroPageCopies.ts) is
    // found under its stamp without being read.
    const stamp = stamps?.(file)
    const at = stamp && memoKey('page at', file, stamp)
    const known = at && remembered.recall<string>(at)
    let record = known ? remembered.recall<PageRecord>(known) : undefined
    if (!record) {
      const html = await readFile(path.join(dist, file))
      const key = memoKey('page', createHash('sha256').update(html).digest('base64url'))
      record = remembered.recall<PageRecord>(key)
      if (!record) {
        record = pageRecord(html)
        remembered.remember(key, record)
      }
      if (at) remembered.remember(at, key)
    }
    records.set(file, record)
  }
  await remembered.save()
  const idSets = new Map<string, Set<string>>()
  const idsOf = (file: string) => {
    if (!idSets.has(file)) idSets.set(file, new Set(records.get(file)?.ids ?? []))
    return idSets.get(file)!
  }

  /** The file a same-origin URL points at, or undefined when it is not ours to check. */
  const resolve = (from: string, href: string): { file?: string; hash?: string; external: boolean } => {
    const url = new URL(href, new URL(from, `${origin}/`))
    if (url.origin !== origin || !/^https?:$/.test(url.protocol)) return { external: true }
    const pathname = decodeURIComponent(url.pathname).replace(/^\//, '')
    const candidates =
      pathname === '' || pathname.endsWith('/')
        ? [`${pathname}index.html`]
        : [pathname, `${pathname}/index.html`]
    return {
      file: candidates.find((candidate) => fileSet.has(candidate)),
      hash: url.hash.slice(1),
      external: false,
    }
  }
  // Most links are root-relative or absolute and the same on thousands of pages (the menu, the
  // footer, the lists): where the page does not matter, each is resolved once.
  const resolved = new Map<string, ReturnType<typeof resolve>>()
  const targetOf = (from: string, href: string) => {
    if (!/^(\/(?!\/)|https?:)/.test(href)) return resolve(from, href)
    if (!resolved.has(href)) resolved.set(href, resolve(from, href))
    return resolved.get(href)!
  }

  // Every page links the same stylesheet or two: read and compress each once, not once per page.
  const cssCache = new Map<string, { compressedBytes: number; fonts: FontFace[] }>()
  const css = async (file: string) => {
    if (!cssCache.has(file)) {
      const bytes = await readFile(path.join(dist, file))
      cssCache.set(file, {
        compressedBytes: gzipSync(bytes).length,
        fonts: fontFaces(bytes.toString('utf8'), file),
      })
    }
    return cssCache.get(file)!
  }

  const scriptSizes = new Map<string, number>()
  let largest = { file: '', bytes: 0 }
  let totalBytes = 0
  let javascriptBytes = 0
  let maxFontFiles = 0
  for (const [file, page] of records) {
    const where = `dist/${file}`
    problems.push(...page.unsafe.map((problem) => problem.replaceAll(WHERE, where)))
    if (!/^(nl|en)$/.test(page.lang)) problems.push(`${where}: <html> has no lang="nl" or lang="en"`)
    if (!page.title.trim()) problems.push(`${where}: the page has no <title>`)
    if (!page.description.trim()) problems.push(`${where}: the page has no meta description`)
    if (file !== '404.html' && !/^https?:\/\//.test(page.canonical))
      problems.push(`${where}: the page has no absolute canonical link`)

    for (const reference of page.references) {
      const href = reference.slice(1)
      const kind = reference[0] === 'L' ? 'link' : 'resource'
      if (/^(mailto|tel):/.test(href) || (href.startsWith('#') && kind === 'link')) {
        if (href.startsWith('#') && href.length > 1 && !idsOf(file).has(decodeURIComponent(href.slice(1)))) {
          problems.push(`${where}: link to "${href}" has no element with that id on the page`)
        }
        continue
      }
      const target = targetOf(file, href)
      if (target.external) {
        if (kind === 'resource') problems.push(`${where}: loads "${href}" from another origin`)
        continue
      }
      if (!target.file)
        problems.push(`${where}: ${kind === 'resource' ? 'missing file' : 'broken link'} "${href}"`)
      else if (
        target.hash &&
        target.file.endsWith('.html') &&
        !idsOf(target.file).has(decodeURIComponent(target.hash))
      ) {
        problems.push(`${where}: link "${href}" points to an anchor that does not exist`)
      }
    }

    let bytes = page.compressedBytes
    const faces: FontFace[] = []
    for (const stylesheet of page.stylesheets) {
      const target = targetOf(file, stylesheet).file
      if (!target) continue
      const sheet = await css(target)
      bytes += sheet.compressedBytes
      faces.push(...sheet.fonts)
    }
    const scriptBytes =
      page.inlineScriptBytes +
      (await sum(
        page.scripts.map((src) => targetOf(file, src).file),
        dist,
        scriptSizes,
      ))
    javascriptBytes += scriptBytes
    const scriptBudget = page.readerForm ? BUDGETS.formScriptBytes : BUDGETS.javascriptBytes
    if (scriptBytes > scriptBudget && !SCRIPT_PAGES.some((pattern) => pattern.test(file))) {
      problems.push(
        `${where}: carries ${scriptBytes} bytes of JavaScript; only the search page may (and a page with a reader's form ${BUDGETS.formScriptBytes} bytes)`,
      )
    }
    const codePoints = [...page.characters].map((character) => character.codePointAt(0)!)
    const fonts = new Set(
      faces
        .filter((face) => page.italic || !face.italic)
        .filter((face) =>
          face.ranges.some(([from, to]) => codePoints.some((point) => point >= from && point <= to)),
        )
        .map((face) => face.file),
    )
    maxFontFiles = Math.max(maxFontFiles, fonts.size)
    if (fonts.size > BUDGETS.fontFiles)
      problems.push(`${where}: needs ${fonts.size} font files; the budget is ${BUDGETS.fontFiles}`)
    if (bytes > BUDGETS.htmlAndCssBytes) {
      problems.push(
        `${where}: ${(bytes / 1024).toFixed(1)} KB of compressed HTML and CSS; the budget is ${BUDGETS.htmlAndCssBytes / 1024} KB`,
      )
    }
    totalBytes += bytes
    if (bytes > largest.bytes) largest = { file, bytes }
  }

  problems.push(...(await checkXml(dist, files, targetOf)))
  problems.push(...(await checkRedirectRules(dist, fileSet, targetOf)))
  problems.push(
    ...checkSearchBundle(
      files,
      fileSet,
      await readFile(path.join(dist, SEARCH_SHARDS), 'utf8').catch(() => undefined),
    ),
  )
  return {
    problems,
    pages: records.size,
    largestPage: largest,
    averagePageBytes: records.size ? Math.round(totalBytes / records.size) : 0,
    javascriptBytes,
    maxFontFiles,
  }
}

type PageFacts = {
  lang: string
  title: string
  description: string
  canonical: string
  references: { href: string; kind: 'link' | 'resource' }[]
  stylesheets: string[]
  scripts: string[]
  inlineScriptBytes: number
  /** Whether it holds a reader's form (`form[data-reader-form]`, site/components/forms/). */
  readerForm: boolean
  /** Whether it has text in italics (ITALIC_ELEMENTS), which makes the browser fetch an italic face. */
  italic: boolean
  text: string
}

function pageFacts(tree: Root): PageFacts {
  const facts: PageFacts = {
    lang: '',
    title: '',
    description: '',
    canonical: '',
    references: [],
    stylesheets: [],
    scripts: [],
    inlineScriptBytes: 0,
    readerForm: false,
    italic: false,
    text: '',
  }
  const texts: string[] = []
  visit(tree, (node) => {
    if (node.type === 'text') texts.push(node.value)
    if (node.type !== 'element') return
    const element = node as Element
    const prop = (name: string) =>
      typeof element.properties[name] === 'string' ? (element.properties[name] as string) : ''
    const rel = ([] as unknown[]).concat(element.properties.rel ?? []).map(String)
    if (ITALIC_ELEMENTS.has(element.tagName)) facts.italic = true
    switch (element.tagName) {
      case 'html':
        facts.lang = prop('lang')
        break
      case 'title':
        facts.title = element.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
        break
      case 'meta':
        if (prop('name') === 'description') facts.description = prop('content')
        // A redirect page of an old address: where it leads must exist, like any link.
        if (String(element.properties.httpEquiv ?? '').toLowerCase() === 'refresh') {
          const target = sitePathOfRefresh(element)
          if (target) facts.references.push({ href: target, kind: 'link' })
        }
        break
      case 'link':
        if (rel.includes('canonical')) facts.canonical = prop('href')
        else if (rel.includes('stylesheet')) {
          facts.stylesheets.push(prop('href'))
          facts.references.push({ href: prop('href'), kind: 'resource' })
        } else if (rel.some((value) => ['icon', 'manifest', 'preload'].includes(value))) {
          facts.references.push({ href: prop('href'), kind: 'resource' })
        } else if (rel.includes('alternate')) facts.references.push({ href: prop('href'), kind: 'link' })
        break
      case 'a':
        if (prop('href')) facts.references.push({ href: prop('href'), kind: 'link' })
        break
      case 'form':
        if (element.properties.dataReaderForm !== undefined) facts.readerForm = true
        break
      case 'img':
      case 'source':
        if (prop('src')) facts.references.push({ href: prop('src'), kind: 'resource' })
        for (const candidate of prop('srcSet')
          .split(',')
          .map((part) => part.trim().split(/\s+/)[0])
          .filter(Boolean)) {
          facts.references.push({ href: candidate, kind: 'resource' })
        }
        break
      case 'script':
        if (prop('type') === 'application/ld+json') break
        if (prop('src')) {
          facts.scripts.push(prop('src'))
          facts.references.push({ href: prop('src'), kind: 'resource' })
        } else
          facts.inlineScriptBytes += element.children
            .map((child) => (child.type === 'text' ? child.value.length : 0))
            .reduce((a, b) => a + b, 0)
        return 'skip'
      case 'style':
        return 'skip'
    }
  })
  facts.text = texts.join(' ')
  return facts
}

/** The @font-face rules of a stylesheet: which font file covers which characters. */
function fontFaces(css: string, cssFile: string): FontFace[] {
  const faces: FontFace[] = []
  for (const block of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
    const url = /url\(\s*["']?([^"')]+\.woff2?)["']?\s*\)/.exec(block)?.[1]
    if (!url) continue
    const ranges = /unicode-range:\s*([^;}]+)/.exec(block)?.[1]
    faces.push({
      file: path.posix.join(path.posix.dirname(cssFile), url),
      ranges: ranges ? ranges.split(',').map(parseRange) : [[0, 0x10ffff]],
      italic: /font-style:\s*(italic|oblique)/.test(block),
    })
  }
  return faces
}

function parseRange(range: string): [number, number] {
  const [from, to] = range.trim().replace(/^U\+/i, '').split('-')
  if (from.includes('?'))
    return [parseInt(from.replace(/\?/g, '0'), 16), parseInt(from.replace(/\?/g, 'f'), 16)]
  return [parseInt(from, 16), parseInt(to ?? from, 16)]
}

/** The bytes of the files, each file's size asked of the disk once per check (`sizes`). */
async function sum(files: (string | undefined)[], dist: string, sizes: Map<string, number>): Promise<number> {
  let total = 0
  for (const file of files) {
    if (!file) continue
    if (!sizes.has(file)) sizes.set(file, (await stat(path.join(dist, file))).size)
    total += sizes.get(file)!
  }
  return total
}

/** Feeds and sitemaps: well-formed, and every address in them is a page of the site. */
async function checkXml(
  dist: string,
  files: string[],
  targetOf: (from: string, href: string) => { file?: string; external: boolean },
): Promise<string[]> {
  const problems: string[] = []
  const parser = new XMLParser({ ignoreAttributes: false })
  for (const file of files.filter((name) => name.endsWith('.xml'))) {
    const text = await readFile(path.join(dist, file), 'utf8')
    const valid = XMLValidator.validate(text)
    if (valid !== true) {
      problems.push(`dist/${file}:${valid.err.line}: not well-formed XML: ${valid.err.msg}`)
      continue
    }
    const document = parser.parse(text)
    const addresses: string[] = []
    if (document.rss) {
      const items = [].concat(document.rss.channel?.item ?? [])
      if (!document.rss.channel?.title) problems.push(`dist/${file}: RSS feed without a channel title`)
      addresses.push(...items.map((item: { link: string }) => item.link))
    } else if (document.feed) {
      const entries = [].concat(document.feed.entry ?? [])
      addresses.push(...entries.map((entry: { link: { '@_href': string } }) => entry.link['@_href']))
    } else if (document.urlset) {
      addresses.push(...[].concat(document.urlset.url ?? []).map((url: { loc: string }) => url.loc))
    } else if (document.sitemapindex) {
      addresses.push(
        ...[].concat(document.sitemapindex.sitemap ?? []).map((sitemap: { loc: string }) => sitemap.loc),
      )
    }
    for (const address of addresses) {
      const target = targetOf(file, address)
      if (target.external || !target.file)
        problems.push(`dist/${file}: lists "${address}", which is not a file of this site`)
    }
  }
  return problems
}

/**
 * When the site has search pages, the search bundle they load must be complete and on our own
 * origin: Pagefind's runtime, the list of shards, and each listed shard's index.
 */
function checkSearchBundle(files: string[], fileSet: Set<string>, shardList: string | undefined): string[] {
  if (!files.some((file) => SCRIPT_PAGES.some((pattern) => pattern.test(file)))) return []
  const problems: string[] = []
  for (const file of SEARCH_RUNTIME)
    if (!fileSet.has(`${SEARCH_BUNDLE}/${file}`))
      problems.push(
        `dist/${SEARCH_BUNDLE}/${file}: missing; the search page needs it (was the search index built?)`,
      )
  if (shardList === undefined)
    return [...problems, `dist/${SEARCH_SHARDS}: missing; the search page needs it`]
  let list: SearchShardList
  try {
    list = JSON.parse(shardList) as SearchShardList
  } catch (error) {
    return [...problems, `dist/${SEARCH_SHARDS}: not valid JSON (${(error as Error).message})`]
  }
  for (const [lang, entry] of Object.entries(list)) {
    if (!Array.isArray(entry?.shards) || !Array.isArray(entry.superseded)) {
      problems.push(`dist/${SEARCH_SHARDS}: "${lang}" needs a list of shards and a list of superseded ids`)
      continue
    }
    for (const bundle of entry.shards) {
      if (!bundle.startsWith(`/${SEARCH_BUNDLE}/`))
        problems.push(
          `dist/${SEARCH_SHARDS}: shard "${bundle}" (${lang}) is not in /${SEARCH_BUNDLE}/ on our own origin`,
        )
      else if (!fileSet.has(`${bundle.slice(1)}pagefind-entry.json`))
        problems.push(`dist/${SEARCH_SHARDS}: shard "${bundle}" (${lang}) has no pagefind-entry.json`)
    }
  }
  return problems
}

/**
 * The redirects of old addresses for hosts (scripts/lib/redirects/): every rule in `_redirects`
 * and in the nginx map leads to a page of this site.
 */
async function checkRedirectRules(
  dist: string,
  fileSet: Set<string>,
  targetOf: (from: string, href: string) => { file?: string; external: boolean },
): Promise<string[]> {
  const problems: string[] = []
  const check = (file: string, line: number, to: string) => {
    const target = targetOf('index.html', to)
    if (target.external || !target.file)
      problems.push(`dist/${file}:${line}: redirects to "${to}", which is not a page of this site`)
  }
  if (fileSet.has('_redirects')) {
    const lines = (await readFile(path.join(dist, '_redirects'), 'utf8')).split('\n')
    lines.forEach((line, index) => {
      const fields = line.trim().split(/\s+/)
      if (!line.trim() || line.startsWith('#')) return
      check('_redirects', index + 1, fields[fields.length - 2] ?? '')
    })
  }
  if (fileSet.has('redirects.nginx.conf')) {
    const lines = (await readFile(path.join(dist, 'redirects.nginx.conf'), 'utf8')).split('\n')
    lines.forEach((line, index) => {
      const rule = /^\s*"(?:[^"\\]|\\.)*"\s+"((?:[^"\\]|\\.)*)";$/.exec(line)
      if (rule) check('redirects.nginx.conf', index + 1, rule[1])
    })
  }
  return problems
}
