/**
 * Which built pages go into the search index, and the facts that place each in its shard. A page
 * is searchable when a content template marked its content with `data-pagefind-body` (see
 * site/lib/search.ts); listings, pagination, the home page and archives have none.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { memoKey, type CheckMemo } from '../../../model/files/checkMemo'
import { inBatches } from '../../../model/files/inBatches'
import type { PageStamps } from '../astroPageCopies'
import { filesUnder } from '../filesUnder'
import { searchedText } from './searchedText'

export type SearchPage = {
  /** Path of the HTML file inside dist/, e.g. `blog/open-data/index.html`. */
  file: string
  /** Its address on the site, e.g. `/blog/open-data/`. */
  url: string
  lang: string
  /** The content type the template gave (`post`, `chapter`, `speaker`, `tip`, `topic`, `page`). */
  kind: string
  /** The publication date (ISO), when the content type has one. */
  date?: string
  /** sha256 of what Pagefind reads from the page (./searchedText.ts), for the shard fingerprints. */
  digest: string
}

const BODY_TAG = /<[a-z][a-z0-9-]*\b[^>]*\sdata-pagefind-body(?:=""|\s|>)[^>]*>?/
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]

/**
 * What was read from pages in earlier builds: with the stamps of Astro's kept copies
 * (scripts/lib/astroPageCopies.ts), a page Astro did not render again is not read again.
 */
export type KnownPages = { memo: CheckMemo; stamps: PageStamps }

/**
 * The searchable pages under `dist`, sorted by file name (so shards and their digests are stable).
 * `listed`: the files of `dist`, when the caller listed them already.
 */
export async function findSearchPages(
  dist: string,
  bundleDir: string,
  known?: KnownPages,
  listed: string[] = filesUnder(dist),
): Promise<SearchPage[]> {
  const files = listed.filter((file) => file.endsWith('.html') && !file.startsWith(`${bundleDir}/`))
  // A few files at a time: fast on 10,000 pages without holding them all in memory.
  const pages = await inBatches(files, 32, (file) => knownPage(dist, file, known))
  await known?.memo.save()
  return pages.filter((page): page is SearchPage => page !== undefined)
}

/** A page as an earlier build read it, when its stamp says it is the same; else read now. */
async function knownPage(dist: string, file: string, known?: KnownPages): Promise<SearchPage | undefined> {
  const stamp = known?.stamps(file)
  if (!known || !stamp) return readPage(dist, file)
  const key = memoKey('search page', file, stamp)
  // null: read before, and not searchable.
  const remembered = known.memo.recall<SearchPage | null>(key)
  if (remembered !== undefined) return remembered ?? undefined
  const page = await readPage(dist, file)
  known.memo.remember(key, page ?? null)
  return page
}

async function readPage(dist: string, file: string): Promise<SearchPage | undefined> {
  const html = await readFile(path.join(dist, file), 'utf8')
  const tag = BODY_TAG.exec(html)?.[0]
  if (!tag) return undefined
  const lang = attribute(/<html\b[^>]*>/.exec(html)?.[0] ?? '', 'lang')
  const kind = attribute(tag, 'data-search-kind')
  if (!lang) throw new Error(`dist/${file}: a searchable page needs <html lang>`)
  if (!kind)
    throw new Error(
      `dist/${file}: data-pagefind-body without data-search-kind; use searchBody() from site/lib/search.ts`,
    )
  return {
    file,
    url: `/${file.replace(/(^|\/)index\.html$/, '$1')}`,
    lang,
    kind,
    date: attribute(tag, 'data-search-date'),
    digest: createHash('sha256')
      .update(searchedText(html) ?? html)
      .digest('hex'),
  }
}
