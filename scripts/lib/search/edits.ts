/**
 * Edits of old posts without indexing their group of years again (README, "Search"). Re-indexing
 * the shard of a language's older years (4,800 pages at 10,000 posts) took about 30 s, for a fix in
 * one old post. So once such a group has been indexed, it stays as it was while few of its pages
 * change: the changed and new pages are indexed with the newest year's shard of their language
 * (which is small, and indexed again whenever it changes anyway), and the Pagefind ids of their old
 * versions, and of pages that went, are listed in search-shards.json, so the search page drops them
 * from the results. Once a group's changes pass EDITS_UP_TO pages, it is indexed whole again.
 *
 * The newest year's shard rather than a shard of edits alone: Pagefind weighs a word by how rare it
 * is in the shard that has it, and in a shard of one or two pages every word is common, so an
 * edited post sank below pages that only half matched (measured: 0.5 against 15).
 *
 * What a reader may notice meanwhile: a filter's count can include a hidden old version, and an
 * edited page is weighed against the newest year's pages rather than its group's.
 */
import { readFile, stat } from 'node:fs/promises'

import { cachedShard, type IndexedPages } from './buildShard'
import type { SearchPage } from './pages'
import type { Shard } from './shards'

/**
 * The pages of a kept group that may change, come or go before it is indexed again: indexed with
 * the newest year, this many take about a second more.
 */
export const EDITS_UP_TO = 250

export type PlannedShard = {
  shard: Shard
  /** What it is built from, or for a group kept as last indexed, what that build was made from. */
  fingerprint: string
  /** Kept as last indexed, with this many of its pages changed or added since (indexed in `into`) and gone. */
  kept?: { changed: number; gone: number; into: string }
}

export type EditsPlan = {
  shards: PlannedShard[]
  /** Per language, the Pagefind ids the search page drops: old versions in kept groups. */
  superseded: Record<string, string[]>
}

/**
 * Which groups of older years stay as last indexed; their changed pages join the newest year's
 * shard of their language (a changed copy of it). `fingerprintOf` is ./buildShard.ts's.
 */
export async function planEdits(
  shards: Shard[],
  fingerprintOf: (shard: Shard) => Promise<string>,
  options: { cacheDir: string; indexer: string; editsUpTo: number },
): Promise<EditsPlan> {
  const kept = new Map<Shard, PlannedShard>()
  // Each group's own fingerprint, computed once: a group that is not kept is built by it.
  const own = new Map<Shard, string>()
  const edits = new Map<string, SearchPage[]>()
  const superseded: Record<string, string[]> = {}
  for (const shard of shards) {
    if (shard.years !== 'older' || !shard.lang) continue
    own.set(shard, await fingerprintOf(shard))
    const indexed = await lastIndexed(shard, own.get(shard)!, options)
    const changes = indexed && changesSince(indexed, shard.pages)
    if (!indexed || !changes || changes.count > options.editsUpTo) continue
    const into = shards.find((other) => other.lang === shard.lang && other.years === 'newest')
    if (!into) continue
    kept.set(shard, {
      shard,
      fingerprint: indexed.fingerprint,
      kept: { changed: changes.changed.length, gone: changes.gone, into: into.id },
    })
    edits.set(shard.lang, [...(edits.get(shard.lang) ?? []), ...changes.changed])
    ;(superseded[shard.lang] ??= []).push(...changes.superseded)
  }
  const planned: PlannedShard[] = []
  for (const shard of shards) {
    const keptShard = kept.get(shard)
    if (keptShard) {
      planned.push(keptShard)
      continue
    }
    const joining = shard.years === 'newest' && shard.lang ? edits.get(shard.lang) : undefined
    const withEdits = joining?.length
      ? { ...shard, pages: [...shard.pages, ...joining].sort((a, b) => a.file.localeCompare(b.file)) }
      : shard
    planned.push({ shard: withEdits, fingerprint: own.get(shard) ?? (await fingerprintOf(withEdits)) })
  }
  for (const ids of Object.values(superseded)) ids.sort()
  return { shards: planned, superseded }
}

/**
 * The group's last full index, when it can stand in for the group: made by this indexer, its files
 * still in the cache, and not already the group as it is now.
 */
async function lastIndexed(
  shard: Shard,
  fingerprint: string,
  options: { cacheDir: string; indexer: string },
): Promise<IndexedPages | undefined> {
  const cached = cachedShard(options.cacheDir, shard)
  const record = await readFile(cached.indexed, 'utf8').then(
    (text) => JSON.parse(text) as IndexedPages,
    () => undefined,
  )
  if (!record || record.indexer !== options.indexer || record.fingerprint === fingerprint) return undefined
  // Its files are the ones that record describes (the stamp is written last and dropped first).
  const stamp = await readFile(cached.stamp, 'utf8').catch(() => '')
  const files = await stat(cached.files).then(
    (found) => found.isDirectory(),
    () => false,
  )
  return stamp === record.fingerprint && files ? record : undefined
}

/** The pages changed or new since the group was indexed, the ids of their old versions and of pages gone. */
function changesSince(indexed: IndexedPages, pages: SearchPage[]) {
  const changed: SearchPage[] = []
  const superseded: string[] = []
  const present = new Set<string>()
  for (const page of pages) {
    present.add(page.url)
    const before = indexed.pages[page.url]
    if (before?.[0] === page.digest) continue
    changed.push(page)
    if (before) superseded.push(before[1])
  }
  let gone = 0
  for (const [url, [, id]] of Object.entries(indexed.pages))
    if (!present.has(url)) {
      gone++
      superseded.push(id)
    }
  return { changed, superseded, gone, count: changed.length + gone }
}
