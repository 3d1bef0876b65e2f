/**
 * Sorting the search page's results by date. Pagefind sorts within one index, but the page merges
 * one index per shard and Pagefind orders merged results by score, so its own date sort comes out
 * interleaved. The page therefore sorts the merged list itself, before it is shown, with the dates
 * the build wrote per language (scripts/lib/search/dates.ts): newest first, and pages without a
 * date (speakers, topics, plain pages) after them in order of relevance.
 */
export const SORT_ORDERS = ['relevance', 'date'] as const
export type SortOrder = (typeof SORT_ORDERS)[number]

/** The order asked for in the address (`?sort=date`); relevance when absent or unknown. */
export function sortOrderOf(url: URL): SortOrder {
  const asked = url.searchParams.get('sort')
  return SORT_ORDERS.find((order) => order === asked) ?? 'relevance'
}

/** The address with the order in it; relevance, the default, leaves it out. */
export function withSortOrder(url: URL, order: SortOrder): URL {
  const next = new URL(url)
  if (order === 'relevance') next.searchParams.delete('sort')
  else next.searchParams.set('sort', order)
  return next
}

/**
 * Puts dated results first, newest first, in place (the results component shows this very list).
 * The sort is stable, so results of the same day and undated ones keep their order of relevance.
 */
export function sortByDate<T extends { id: string }>(results: T[], dates: Record<string, string>): void {
  results.sort((a, b) => {
    const first = dates[a.id]
    const second = dates[b.id]
    if (first === second) return 0
    if (first === undefined) return 1
    if (second === undefined) return -1
    return first < second ? 1 : -1
  })
}

/**
 * Fetches a language's dates once; later calls get the same answer. A failed fetch is forgotten,
 * so choosing the order again tries again (a dropped connection is not the end of sorting).
 */
export function datesLoader(url: string): () => Promise<Record<string, string>> {
  let dates: Promise<Record<string, string>> | undefined
  return () =>
    (dates ??= fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`The dates for sorting search results answered ${response.status}`)
        return response.json() as Promise<Record<string, string>>
      })
      .catch((error: unknown) => {
        dates = undefined
        throw error
      }))
}
