/**
 * The search index of the built site (README, "Search"): finds the searchable pages in dist/,
 * groups them in shards (./shards.ts), builds each shard with Pagefind or reuses it from the cache
 * (./buildShard.ts), and writes the list of shards the search page merges.
 */
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { openCheckMemo } from '../../../model/files/checkMemo'
import { SEARCH_SHARDS_FILE, searchDatesFile } from '../../../site/lib/search'
import type { PageStamps } from '../astroPageCopies'
import { fingerprint } from '../fingerprint'
import { logger } from '../log'
import {
  buildShard,
  closePagefind,
  indexerOf,
  reuseShard,
  shardFingerprint,
  type ShardResult,
} from './buildShard'
import { mergeDates } from './dates'
import { EDITS_UP_TO, planEdits } from './edits'
import { findSearchPages } from './pages'
import { BUNDLE_DIR, planShards, shardList, type Shard } from './shards'

export type SearchIndexReport = { pages: number; results: ShardResult[]; bytes: number; seconds: number }

const log = logger('search')
const root = path.resolve(import.meta.dirname, '../../..')

/**
 * `stamps`: for the output of the Astro build that just ran, which pages are the ones of the build
 * before (scripts/lib/astroPageCopies.ts); those are not read again.
 */
export async function buildSearchIndex(
  dist: string,
  cacheDir: string,
  stamps?: PageStamps,
  options: {
    postsPerShard?: number
    editsUpTo?: number
    /** The files of `dist`, when the caller listed them already. */
    files?: string[]
  } = {},
): Promise<SearchIndexReport> {
  const start = performance.now()
  const version = await pagefindVersion()
  const indexer = indexerOf(version)
  await rm(path.join(dist, BUNDLE_DIR), { recursive: true, force: true })
  const known = stamps && {
    stamps,
    // Tied to the code that reads a page: a change there reads every page again.
    memo: await openCheckMemo(
      path.join(cacheDir, 'pages.json'),
      await fingerprint(root, ['scripts/lib/search/pages.ts', 'scripts/lib/search/searchedText.ts']),
    ),
  }
  const pages = await findSearchPages(dist, BUNDLE_DIR, known, options.files)
  const plan = await planEdits(
    planShards(pages, options.postsPerShard),
    (shard) => shardFingerprint(shard, indexer),
    { cacheDir, indexer, editsUpTo: options.editsUpTo ?? EDITS_UP_TO },
  )
  const count = plan.shards.length
  log.info(`indexing ${pages.length} pages in ${count} shards with Pagefind ${version}`)
  const results: ShardResult[] = []
  try {
    for (const [number, { shard, fingerprint, kept }] of plan.shards.entries()) {
      const result = await (
        kept
          ? keptShard(shard, { dist, cacheDir, fingerprint })
          : buildShard(shard, { dist, cacheDir, fingerprint, indexer })
      ).catch((cause: unknown) => {
        throw new Error(`Failed to build search shard ${shard.id}: ${(cause as Error).message}`, { cause })
      })
      results.push(result)
      const done = kept
        ? `kept as indexed, ${kept.changed} changed and ${kept.gone} gone since (indexed with ${kept.into})`
        : result.reused
          ? 'unchanged, reused'
          : `indexed in ${result.seconds.toFixed(1)} s`
      log.info(
        `[${number + 1}/${count}] ${shard.id}: ${shard.pages.length} pages, ${kilobytes(result.bytes)}, ${done}`,
      )
    }
  } finally {
    await closePagefind()
  }
  const list = shardList(
    plan.shards.map(({ shard }) => shard),
    plan.superseded,
  )
  await writeFile(path.join(dist, BUNDLE_DIR, SEARCH_SHARDS_FILE), `${JSON.stringify(list)}\n`)
  // The search page loads its language's dates only when a reader sorts by date.
  for (const [lang, dates] of Object.entries(mergeDates(results.map((result) => result.dates))))
    await writeFile(path.join(dist, BUNDLE_DIR, searchDatesFile(lang)), `${JSON.stringify(dates)}\n`)
  const bytes = results.reduce((sum, result) => sum + result.bytes, 0)
  return { pages: pages.length, results, bytes, seconds: (performance.now() - start) / 1000 }
}

/** A shard kept as last indexed (./edits.ts) found its files in the cache when planned. */
async function keptShard(shard: Shard, options: { dist: string; cacheDir: string; fingerprint: string }) {
  const result = await reuseShard(shard, options)
  if (!result) throw new Error(`its files in ${options.cacheDir} changed while the index was being built`)
  return result
}

/** One line for the end of the build: pages, shards, size and time. */
export function searchSummary(report: SearchIndexReport): string {
  const indexed = report.results.filter((result) => !result.reused).length
  return (
    `search: ${report.pages} pages in ${report.results.length} shards ` +
    `(${indexed} indexed, ${report.results.length - indexed} unchanged), ` +
    `${kilobytes(report.bytes)} in ${BUNDLE_DIR}/ (${report.seconds.toFixed(1)} s)`
  )
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`

async function pagefindVersion(): Promise<string> {
  const entry = fileURLToPath(import.meta.resolve('pagefind'))
  const manifest = path.join(entry.slice(0, entry.lastIndexOf(`${path.sep}lib${path.sep}`)), 'package.json')
  return (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version
}
