/**
 * Search results a page at a time. Pagefind's results component makes a placeholder, each with
 * its own IntersectionObserver, for every result it shows; a common word at 10,000 posts matches
 * thousands of pages, and making those alone kept the reader waiting seconds. The component shows
 * its `max-results`, and the "show more" button under the list raises that limit by as many again
 * and has the same search run once more: Pagefind keeps what it loaded, so the rerun is quick.
 * Focus then goes to the first new result, as a keyboard or screen reader user expects.
 *
 * A new search (another word, filter or order) starts again at the first page. The count the
 * component announces is of the results it shows; the reader hears the number found instead, as
 * the summary above the list shows it.
 */

type AnnounceVariables = Record<string, string | number>
export type PagedInstance = {
  on(event: 'search', callback: () => void): void
  on(event: 'results', callback: (searchResult: { results: unknown[] }) => void): void
  triggerSearch(term: string): void
  announce(key: string, variables?: AnnounceVariables, politeness?: string): void
  searchTerm: string
}

/** The keys of Pagefind's announcements that carry the number of results. */
const COUNT_ANNOUNCEMENTS = new Set(['one_result', 'many_results', 'total_one_result', 'total_many_results'])

export function showResultsInPages(root: ParentNode, instance: PagedInstance): void {
  const results = root.querySelector<HTMLElement>('pagefind-results')!
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!
  const pageSize = Number(results.getAttribute('max-results'))
  let total = 0
  let shown = pageSize
  /** The index of the result that gets focus once it has loaded, after "show more". */
  let focusIndex: number | undefined
  /** Between pressing "show more" and the results of the search it runs again. */
  let showingMore = false
  /** While "show more" starts its search, which the 'search' event reports like any other. */
  let rerunning = false

  instance.on('search', () => {
    if (rerunning) return
    showingMore = false
    shown = pageSize
    focusIndex = undefined
    results.style.removeProperty('min-height')
    results.setAttribute('max-results', String(shown))
  })
  // Registered before the results component connects, so this runs before it renders and announces.
  instance.on('results', (searchResult) => {
    total = searchResult.results.length
    if (!showingMore) {
      more.hidden = total <= shown
      return
    }
    showingMore = false
    results.style.removeProperty('min-height')
    focusIndex = shown - pageSize
    // Once the component has rendered the list (right after this), the first new result comes
    // into view, which makes it load. The button, which has the focus, stays until that result
    // takes it over.
    queueMicrotask(() =>
      results.querySelector(`[data-pf-result-index="${focusIndex}"]`)?.scrollIntoView({ block: 'center' }),
    )
  })

  const announce = instance.announce.bind(instance)
  instance.announce = (key, variables, politeness) => {
    if (!COUNT_ANNOUNCEMENTS.has(key)) return announce(key, variables, politeness)
    // After "show more" the focus on the first new result says enough; the count has not changed.
    if (focusIndex !== undefined) return
    announce(key, { ...variables, COUNT: total }, politeness)
  }

  more.addEventListener('click', () => {
    // A second press while the first is under way, or once all are shown (the button stays until
    // the focus has moved on), has nothing to add.
    if (showingMore || total <= shown) return
    // The list empties (a new limit renders the component afresh) until the search has run again:
    // it keeps its height meanwhile, so the page does not jump.
    results.style.minHeight = `${results.getBoundingClientRect().height}px`
    shown += pageSize
    results.setAttribute('max-results', String(shown))
    showingMore = true
    rerunning = true
    try {
      instance.triggerSearch(instance.searchTerm)
    } finally {
      rerunning = false
    }
  })

  // A result fills in once it scrolls into view; the first new one then takes the focus.
  new MutationObserver(() => {
    if (focusIndex === undefined) return
    const link = results.querySelector<HTMLElement>(`[data-pf-result-index="${focusIndex}"] a[href]`)
    if (!link) return
    focusIndex = undefined
    link.focus()
    more.hidden = total <= shown
  }).observe(results, { childList: true, subtree: true })
}
