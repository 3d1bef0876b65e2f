/**
 * The search page in the browser: loads Pagefind's Component UI from our own origin, merges the
 * shards of this page's language into one search (Pagefind's mergeIndex), then puts the
 * components on the page and runs the search in `?q=`. The address follows the search, so a
 * search can be shared and bookmarked.
 */
type PagefindInstance = {
  on(event: 'search', callback: (term: string) => void): void
  triggerSearch(term: string): void
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

async function start(root: HTMLElement): Promise<void> {
  const bundle = root.dataset.searchBundle ?? '/pagefind/'
  const language = document.documentElement.lang
  const [shards] = await Promise.all([
    fetch(`${bundle}${root.dataset.searchShards}`).then((response) => {
      if (!response.ok) throw new Error(`The list of search shards answered ${response.status}`)
      return response.json() as Promise<Record<string, string[]>>
    }),
    import(/* @vite-ignore */ `${bundle}pagefind-component-ui.js`),
  ])
  const components = window.PagefindComponents
  if (!components) throw new Error('Pagefind Component UI did not load')
  // Configure before any component connects: they are in a <template> until now.
  components.configureInstance('default', {
    bundlePath: bundle,
    mergeIndex: (shards[language] ?? []).map((bundlePath) => ({ bundlePath, language })),
  })
  const template = root.querySelector('template')!
  root.append(template.content.cloneNode(true))

  const instance = components.getInstanceManager().getInstance('default')
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

const root = document.querySelector<HTMLElement>('[data-search-root]')
if (root) {
  start(root).catch((error: unknown) => {
    document.querySelector<HTMLElement>('[data-search-error]')?.removeAttribute('hidden')
    console.error('Search could not start', error)
  })
}

export {}
