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

/** The Pagefind id of each page a shard holds, by URL, read from the fragments Pagefind wrote. */
export function fragmentIds(files: { path: string; content: Uint8Array }[]): Map<string, string> {
  const ids = new Map<string, string>()
  for (const file of files) {
    const id = FRAGMENT.exec(file.path)?.[1]
    if (!id) continue
    try {
      const text = gunzipSync(file.content).toString('utf8')
      const { url } = JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text) as {
        url: string
      }
      ids.set(url, id)
    } catch (cause) {
      throw new Error(`Pagefind wrote a fragment that cannot be read: ${file.path}`, { cause })
    }
  }
  return ids
}

/** The dates of a shard's dated pages, by their Pagefind ids (./fragmentIds). */
export function datesOfFragments(ids: Map<string, string>, pages: SearchPage[]): SearchDates {
  const dates: SearchDates = {}
  for (const page of pages) {
    const id = ids.get(page.url)
    if (id && page.date) (dates[page.lang] ??= {})[id] = page.date
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
