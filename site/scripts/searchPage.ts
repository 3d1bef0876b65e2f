/**
 * The search page in the browser: loads Pagefind's Component UI from our own origin, merges the
 * shards of this page's language into one search (Pagefind's mergeIndex), then puts the
 * components on the page and runs the search in `?q=`. The address follows the search, so a
 * search can be shared and bookmarked, with its order (`&sort=date`, see ./searchSort.ts).
 */
import type { SearchShardList } from '../lib/search'
import { showResultsInPages } from './searchMore'
import { dropSuperseded } from './searchSuperseded'
import { datesLoader, sortByDate, sortOrderOf, SORT_ORDERS, withSortOrder } from './searchSort'

/** The filters chosen, by filter name (Pagefind's own shape). */
type ChosenFilters = Record<string, string[]>
type PagefindInstance = {
  on(event: 'search', callback: (term: string, filters?: ChosenFilters) => void): void
  on(event: 'filters', callback: () => void): void
  on(event: 'results', callback: (searchResult: { results: { id: string }[] }) => void): void
  triggerSearch(term: string): void
  triggerFilters(filters: ChosenFilters): void
  setLanguage(language: string): void
  announce(key: string, variables?: Record<string, string | number>, politeness?: string): void
  /** The query the components searched for last. */
  searchTerm: string
}
type PagefindComponents = {
  configureInstance(name: string, options: Record<string, unknown>): void
  getInstanceManager(): { getInstance(name: string): PagefindInstance }
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents
  }
}

/**
 * Each shard answers a query on its own, and a shard without the word falls back to the longest
 * indexed word the query starts with ("dataset" for "datasetpeetouder"; Pagefind does this on
 * purpose and cannot turn it off). Preferring words of the query's length (termSimilarity) and a
 * milder title boost (5 by default) keep the page that has the word itself above those fallbacks.
 */
const RANKING = { termSimilarity: 4, metaWeights: { title: 2 } }

async function start(root: HTMLElement): Promise<void> {
  const bundle = root.dataset.searchBundle ?? '/pagefind/'
  const language = document.documentElement.lang
  const [shardList] = await Promise.all([
    fetch(`${bundle}${root.dataset.searchShards}`).then((response) => {
      if (!response.ok) throw new Error(`The list of search shards answered ${response.status}`)
      return response.json() as Promise<SearchShardList>
    }),
    loadScript(`${bundle}pagefind-component-ui.js`),
    // The components' styles load with them, not with the page: they are no use before the script
    // runs, and as a stylesheet in <head> they would hold up the page's first paint.
    loadStylesheet(`${bundle}pagefind-component-ui.css`),
  ])
  const { shards, superseded } = shardList[language] ?? { shards: [], superseded: [] }
  const hidden = new Set(superseded)
  const components = window.PagefindComponents
  if (!components) throw new Error('Pagefind Component UI did not load')
  // Configure before any component connects: they are in a <template> until now.
  components.configureInstance('default', {
    bundlePath: bundle,
    ranking: RANKING,
    mergeIndex: shards.map((bundlePath) => ({ bundlePath, language, ranking: RANKING })),
  })
  const instance = components.getInstanceManager().getInstance('default')
  // The interface speaks the page's language (Pagefind ships Dutch and English strings).
  instance.setLanguage(language)

  // Old versions of edited posts leave, and the list is sorted by date when asked: registered
  // before the results component connects, so both happen before it is counted and shown. The
  // dates load only once a reader asks for that order.
  const loadDates = datesLoader(`${bundle}${root.dataset.searchDates}`)
  let order = sortOrderOf(new URL(window.location.href))
  let dates = order === 'date' ? await loadDates() : undefined
  instance.on('results', (searchResult) => {
    dropSuperseded(searchResult.results, hidden)
    if (order === 'date' && dates) sortByDate(searchResult.results, dates)
  })

  const template = root.querySelector('template')!
  const searchUi = template.content.cloneNode(true) as DocumentFragment
  // Before they connect too, so the page size is in place when the results component first renders.
  showResultsInPages(searchUi, instance)
  root.append(searchUi)
  // Results fill in as they scroll into view: each one, once shown, loses a repeated section.
  new MutationObserver(() => dropRepeatedSections(root)).observe(root, { childList: true, subtree: true })
  nameFilterButtons(root)
  instance.on('filters', () => nameFilterButtons(root))

  const sortControl = root.querySelector<HTMLSelectElement>('[data-search-sort]')!
  sortControl.value = order
  sortControl.addEventListener('change', () => {
    const chosen = SORT_ORDERS.find((candidate) => candidate === sortControl.value) ?? 'relevance'
    ;(chosen === 'date' ? loadDates() : Promise.resolve(dates)).then(
      (loaded) => {
        dates = loaded
        order = chosen
        hideError()
        window.history.replaceState(null, '', withSortOrder(new URL(window.location.href), order))
        if (instance.searchTerm.trim()) instance.triggerSearch(instance.searchTerm)
      },
      (error: unknown) => {
        // The list keeps its order, so the control says that order again.
        sortControl.value = order
        showError(error)
      },
    )
  })

  // One button clears every filter (each dropdown's own Clear is hidden); it shows only when there
  // is something to clear.
  const reset = root.querySelector<HTMLButtonElement>('[data-search-reset]')!
  reset.addEventListener('click', () => {
    instance.triggerFilters({})
    root.querySelector<HTMLInputElement>('pagefind-input input')?.focus()
  })

  instance.on('search', (term, filters) => {
    reset.hidden = !Object.values(filters ?? {}).some((values) => values.length > 0)
    const url = new URL(window.location.href)
    if (term.trim()) url.searchParams.set('q', term)
    else url.searchParams.delete('q')
    window.history.replaceState(null, '', url)
  })
  const query = new URLSearchParams(window.location.search).get('q')?.trim()
  if (query) instance.triggerSearch(query)
  else root.querySelector<HTMLInputElement>('pagefind-input input')?.focus()
}

/**
 * The filter dropdowns open with a button that has the combobox role, and a combobox takes its
 * name from a label, not from its text (axe: button-name). Point each at the text it shows.
 */
function nameFilterButtons(root: HTMLElement): void {
  for (const button of root.querySelectorAll<HTMLElement>('.pf-dropdown-trigger:not([aria-labelledby])')) {
    const label = button.querySelector<HTMLElement>('.pf-dropdown-trigger-label')
    if (!label) continue
    label.id ||= `${button.id}-label`
    button.setAttribute('aria-labelledby', label.id)
  }
}

/**
 * A page whose best passage is also the passage of one of its sections (a speaker's talks, under
 * the one heading of a short profile) would show the same words twice: the section goes.
 */
function dropRepeatedSections(root: HTMLElement): void {
  for (const result of root.querySelectorAll<HTMLElement>('.search-result')) {
    const excerpt = result.querySelector(':scope > .search-result__body > .search-result__excerpt')
    const text = excerpt?.textContent?.trim()
    if (!text) continue
    for (const section of result.querySelectorAll('.search-result__sections > li'))
      if (section.querySelector('.search-result__excerpt')?.textContent?.trim() === text) section.remove()
    const sections = result.querySelector('.search-result__sections')
    if (sections && !sections.children.length) sections.remove()
  }
}

/** A classic script (the Component UI is one), loaded after the page: no bundler touches it. */
function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script')
    script.src = src
    script.addEventListener('load', () => resolve())
    script.addEventListener('error', () => reject(new Error(`Could not load ${src}`)))
    document.head.append(script)
  })
}

function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link')
    link.rel = 'stylesheet'
    link.href = href
    link.addEventListener('load', () => resolve())
    link.addEventListener('error', () => reject(new Error(`Could not load ${href}`)))
    document.head.append(link)
  })
}

/** Once a retry worked, the notice of the failure goes. */
function hideError(): void {
  document.querySelector<HTMLElement>('[data-search-error]')?.setAttribute('hidden', '')
}

function showError(error: unknown): void {
  document.querySelector<HTMLElement>('[data-search-error]')?.removeAttribute('hidden')
  // The notice tells the reader; the console keeps the cause for whoever looks into it.
  // eslint-disable-next-line no-console
  console.error('Search failed', error)
}

const root = document.querySelector<HTMLElement>('[data-search-root]')
if (root) start(root).catch(showError)

export {}
