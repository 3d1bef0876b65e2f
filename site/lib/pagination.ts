/**
 * Which page numbers a paginated listing links to: the first and last page and the pages around
 * the current one, with a gap (null) where numbers are left out. Ten thousand posts make a thousand
 * blog pages; listing them all would bury the links a reader wants.
 */
export type PageLink = number | null

/** Pages within `around` of the current page are listed, besides the first and the last. */
export function pageLinks(page: number, pages: number, around = 2): PageLink[] {
  const listed = [
    ...new Set([1, pages, ...Array.from({ length: around * 2 + 1 }, (_, i) => page - around + i)]),
  ]
    .filter((candidate) => candidate >= 1 && candidate <= pages)
    .sort((a, b) => a - b)
  const links: PageLink[] = []
  for (const candidate of listed) {
    const previous = links.at(-1)
    // A gap of one page shows that page: a gap marker would take as much room and say less.
    if (typeof previous === 'number' && candidate - previous === 2) links.push(previous + 1)
    else if (typeof previous === 'number' && candidate - previous > 2) links.push(null)
    links.push(candidate)
  }
  return links
}

/** One page of a numbered listing: its number, the number of pages, and its share of the items. */
export type ListingPage<T> = { page: number; pages: number; items: T[] }

/**
 * `items` cut into pages of `perPage`, in order. An empty list still has its first page (the
 * listing's own address exists and says there is nothing yet).
 */
export function listingPages<T>(items: readonly T[], perPage: number): ListingPage<T>[] {
  const pages = Math.max(1, Math.ceil(items.length / perPage))
  return Array.from({ length: pages }, (_, i) => ({
    page: i + 1,
    pages,
    items: items.slice(i * perPage, (i + 1) * perPage),
  }))
}
