/**
 * The search page in the browser: loads Pagefind's Component UI from our own origin, merges the
 * shards of this page's language into one search (Pagefind's mergeIndex), then puts the
 * components on the page and runs the search in `?q=`. The address follows the search, so a
 * search can be shared and bookmarked.
 */
type PagefindInstance = {
  on(event: 'search' | 'filters', callback: (term: string) => void): void
  triggerSearch(term: string): void
  setLanguage(language: string): void
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
  const [shards] = await Promise.all([
    fetch(`${bundle}${root.dataset.searchShards}`).then((response) => {
      if (!response.ok) throw new Error(`The list of search shards answered ${response.status}`)
      return response.json() as Promise<Record<string, string[]>>
    }),
    loadScript(`${bundle}pagefind-component-ui.js`),
  ])
  const components = window.PagefindComponents
  if (!components) throw new Error('Pagefind Component UI did not load')
  // Configure before any component connects: they are in a <template> until now.
  components.configureInstance('default', {
    bundlePath: bundle,
    ranking: RANKING,
    mergeIndex: (shards[language] ?? []).map((bundlePath) => ({ bundlePath, language, ranking: RANKING })),
  })
  const instance = components.getInstanceManager().getInstance('default')
  // The interface speaks the page's language (Pagefind ships Dutch and English strings).
  instance.setLanguage(language)
  const template = root.querySelector('template')!
  root.append(template.content.cloneNode(true))
  nameFilterButtons(root)
  instance.on('filters', () => nameFilterButtons(root))

  instance.on('search', (term) => {
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

const root = document.querySelector<HTMLElement>('[data-search-root]')
if (root) {
  start(root).catch((error: unknown) => {
    document.querySelector<HTMLElement>('[data-search-error]')?.removeAttribute('hidden')
    // The notice tells the reader; the console keeps the cause for whoever looks into it.
    // eslint-disable-next-line no-console
    console.error('Search could not start', error)
  })
}

export {}
