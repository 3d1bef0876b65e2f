/**
 * Builds one shard with Pagefind's Node API, or takes it from the cache when none of its pages
 * changed. The cache (`.cache/search/<shard>/`, SEARCH_CACHE_DIR) keeps each shard's files with the
 * fingerprint of the pages they were built from; dist/ is emptied by every Astro build, the cache
 * is not. To re-index a shard from another place (e.g. the live site's folder), copy its folder
 * and a `fingerprint` file into the cache.
 */
import { createHash } from 'node:crypto'
import { execFile } from 'node:child_process'
import { statSync } from 'node:fs'
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import * as pagefind from 'pagefind'

import { filesUnder } from '../filesUnder'
import { datesOfFragments, fragmentIds, type SearchDates } from './dates'
import type { SearchPage } from './pages'
import type { Shard } from './shards'

/** Bump when the way shards are built changes, so cached shards are rebuilt. */
const INDEXER_VERSION = '2'

const execFileAsync = promisify(execFile)

/** Pages sent to Pagefind before its answer to the first of them is awaited. */
const PAGES_IN_FLIGHT = 16

/** Files of Pagefind's runtime the site needs; the legacy UIs and the highlighter are left out. */
const RUNTIME = /^(pagefind\.js|pagefind-worker\.js|pagefind-component-ui\.(js|css)|wasm\.[a-z-]+\.pagefind)$/
/** The index itself: what a merged shard consists of. */
const INDEX = /^(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|(index|fragment|filter)\/[^/]+)$/

export type ShardResult = {
  shard: Shard
  files: number
  bytes: number
  seconds: number
  reused: boolean
  /** Its dated pages, for the search page's sort by date (./dates.ts). */
  dates: SearchDates
}

/** What indexes a shard: this code and Pagefind. A shard indexed by another is indexed again. */
export const indexerOf = (pagefindVersion: string) => `${INDEXER_VERSION}/${pagefindVersion}`

export async function shardFingerprint(shard: Shard, indexer: string): Promise<string> {
  const hash = createHash('sha256').update(`${indexer}\n${shard.id}\n`)
  for (const page of shard.pages) hash.update(`${page.url}\n${page.digest}\n`)
  return hash.digest('hex')
}

/** Where the cache keeps a shard: its files, the fingerprint they were built from, their dates. */
export function cachedShard(cacheDir: string, shard: Shard) {
  return {
    files: path.join(cacheDir, shard.id),
    stamp: path.join(cacheDir, `${shard.id}.fingerprint`),
    dates: path.join(cacheDir, `${shard.id}.dates.json`),
    /** Each page's digest and Pagefind id as last indexed (./edits.ts). */
    indexed: path.join(cacheDir, `${shard.id}.indexed.json`),
    /** Its files and bytes, for the build's summary (`ShardSize`). */
    size: path.join(cacheDir, `${shard.id}.size.json`),
  }
}

/** The cached shard in dist/ when it was built from `fingerprint`; undefined when it was not (or is gone). */
export async function reuseShard(
  shard: Shard,
  options: { dist: string; cacheDir: string; fingerprint: string },
): Promise<ShardResult | undefined> {
  const start = performance.now()
  const cached = cachedShard(options.cacheDir, shard)
  const target = path.join(options.dist, shard.dir)
  if ((await readFile(cached.stamp, 'utf8').catch(() => '')) !== options.fingerprint) return undefined
  const dates = await readFile(cached.dates, 'utf8').then(
    (text) => JSON.parse(text) as SearchDates,
    () => undefined,
  )
  const linked = await linkTree(cached.files, target).then(
    () => true,
    () => false,
  )
  if (!linked || !dates) return undefined
  // Counted when it was built: walking its thousands of files again took 0.3-0.5 s per build.
  const { files, bytes } = await readFile(cached.size, 'utf8').then(
    (text) => JSON.parse(text) as ShardSize,
    () => sizeOf(target, shard),
  )
  const seconds = (performance.now() - start) / 1000
  return { shard, files, bytes, seconds, reused: true, dates }
}

export async function buildShard(
  shard: Shard,
  options: { dist: string; cacheDir: string; fingerprint: string; indexer: string },
): Promise<ShardResult> {
  const start = performance.now()
  const target = path.join(options.dist, shard.dir)
  const cached = cachedShard(options.cacheDir, shard)
  const seconds = () => (performance.now() - start) / 1000

  const kept = await reuseShard(shard, options)
  if (kept) return kept
  // The old stamp goes first: a build stopped halfway must not leave it vouching for other files.
  await rm(cached.stamp, { force: true })

  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`Pagefind could not start an index for shard ${shard.id}: ${errors.join('; ')}`)
  try {
    // A few pages on their way at a time, sent in order: waiting for Pagefind's answer to each page
    // before reading and sending the next left both sides idle, about a tenth of a shard's time.
    const sending: Promise<void>[] = []
    for (const page of shard.pages) {
      const content = await readFile(path.join(options.dist, page.file), 'utf8')
      const added = index.addHTMLFile({ url: page.url, content }).then(({ errors }) => {
        if (errors.length) throw new Error(`Pagefind could not index dist/${page.file}: ${errors.join('; ')}`)
      })
      // Awaited below; if an earlier page fails first, this one's failure is not left unhandled.
      added.catch(() => undefined)
      sending.push(added)
      if (sending.length >= PAGES_IN_FLIGHT) await sending.shift()
    }
    await Promise.all(sending)
    const { files, errors: fileErrors } = await index.getFiles()
    if (fileErrors.length)
      throw new Error(`Pagefind could not write shard ${shard.id}: ${fileErrors.join('; ')}`)
    const wanted = files.filter((file) => INDEX.test(file.path) || (shard.primary && RUNTIME.test(file.path)))
    let bytes = 0
    for (const file of wanted) {
      const destination = path.join(target, file.path)
      await mkdir(path.dirname(destination), { recursive: true })
      await writeFile(destination, file.content)
      bytes += file.content.byteLength
    }
    await rm(cached.files, { recursive: true, force: true })
    await mkdir(path.dirname(cached.files), { recursive: true })
    await cp(target, cached.files, { recursive: true, filter: (source) => keep(source, target, shard) })
    const ids = fragmentIds(wanted)
    const dates = datesOfFragments(ids, shard.pages)
    await writeFile(cached.dates, JSON.stringify(dates))
    await writeIndexedPages(cached.indexed, options, shard.pages, ids)
    await writeFile(cached.size, JSON.stringify({ files: wanted.length, bytes } satisfies ShardSize))
    await writeFile(cached.stamp, options.fingerprint)
    return { shard, files: wanted.length, bytes, seconds: seconds(), reused: false, dates }
  } finally {
    await index.deleteIndex()
  }
}

/** A shard as it was last indexed: each page's digest and Pagefind id, by URL (./edits.ts). */
export type IndexedPages = {
  fingerprint: string
  indexer: string
  pages: Record<string, [digest: string, id: string]>
}

async function writeIndexedPages(
  file: string,
  made: { fingerprint: string; indexer: string },
  pages: SearchPage[],
  ids: Map<string, string>,
): Promise<void> {
  const record: IndexedPages = { fingerprint: made.fingerprint, indexer: made.indexer, pages: {} }
  for (const page of pages) {
    const id = ids.get(page.url)
    if (id) record.pages[page.url] = [page.digest, id]
  }
  await writeFile(file, JSON.stringify(record))
}

/**
 * Puts the files of a kept shard into dist/ as hard links (`cp -al`): at 10,000 posts the shards
 * are 13,000 files and 35 MB, and copying them one by one took most of the search step. Nothing
 * writes into a shard's files afterwards (a changed shard is written anew, into a new folder), so
 * dist/ and the cache can share them. Copied where links cannot be made (another file system).
 */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true })
  await rm(to, { recursive: true, force: true })
  await execFileAsync('cp', ['-al', from, to]).catch(async () => {
    await rm(to, { recursive: true, force: true })
    await cp(from, to, { recursive: true })
  })
}

/** The primary shard's folder also holds the other shards (shards/) and the list of them. */
function keep(source: string, target: string, shard: Shard): boolean {
  const relative = path.relative(target, source).split(path.sep).join('/')
  return (
    !shard.primary ||
    relative === '' ||
    INDEX.test(relative) ||
    RUNTIME.test(relative) ||
    /^(index|fragment|filter)$/.test(relative)
  )
}

type ShardSize = { files: number; bytes: number }

/** Its files and bytes; synchronous stats, as a shard can be thousands of small files. */
async function sizeOf(dir: string, shard: Shard): Promise<ShardSize> {
  let files = 0
  let bytes = 0
  for (const relative of filesUnder(dir)) {
    if (!keep(path.join(dir, relative), dir, shard)) continue
    files++
    bytes += statSync(path.join(dir, relative)).size
  }
  return { files, bytes }
}

export const closePagefind = () => pagefind.close()
