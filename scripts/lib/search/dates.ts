/**
 * The dates the search page sorts by. Pagefind sorts inside one index, but the search page merges
 * several (one per shard) and orders the merged results by score, so a date sort would come out
 * interleaved. Instead the page sorts the merged results itself, by these maps: per language, each
 * dated page's Pagefind id (the name of its fragment file, e.g. `nl_13bd11f`) and its ISO date.
 * Read from the fragments Pagefind wrote, so the ids are exactly the ones its results carry.
 */
import { gunzipSync } from 'node:zlib'

import type { SearchPage } from './pages'

/** Language -> Pagefind id -> ISO date (YYYY-MM-DD). */
export type SearchDates = Record<string, Record<string, string>>

const FRAGMENT = /(?:^|\/)fragment\/([^/]+)\.pf_fragment$/
/** Pagefind's files start with a signature before the JSON. */
const SIGNATURE = 'pagefind_dcd'

export function datesOfFragments(
  files: { path: string; content: Uint8Array }[],
  pages: SearchPage[],
): SearchDates {
  const byUrl = new Map(pages.map((page) => [page.url, page]))
  const dates: SearchDates = {}
  for (const file of files) {
    const id = FRAGMENT.exec(file.path)?.[1]
    if (!id) continue
    let url: string
    try {
      const text = gunzipSync(file.content).toString('utf8')
      url = (JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text) as { url: string })
        .url
    } catch (cause) {
      throw new Error(`Pagefind wrote a fragment that cannot be read: ${file.path}`, { cause })
    }
    const page = byUrl.get(url)
    if (page?.date) (dates[page.lang] ??= {})[id] = page.date
  }
  return dates
}

/** Several shards' maps as one, per language. */
export function mergeDates(maps: SearchDates[]): SearchDates {
  const merged: SearchDates = {}
  for (const map of maps)
    for (const [lang, dates] of Object.entries(map)) Object.assign((merged[lang] ??= {}), dates)
  return merged
}
