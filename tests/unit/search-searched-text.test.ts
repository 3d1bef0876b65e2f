import { describe, expect, test } from 'vitest'

import { searchedText } from '../../scripts/lib/search/searchedText'

const page = ({ body = '<p>Open data in de gemeente.</p>', after = '', before = '', lang = 'nl' } = {}) =>
  `<!doctype html><html lang="${lang}"><head><title>Open data</title>` +
  `<link rel="stylesheet" href="/_astro/site.Ab12.css"></head><body><nav><a href="/">Home</a></nav>${before}` +
  `<main><article class="prose" data-pagefind-body="" data-search-kind="post">` +
  `<h1>Open data</h1><p><a href="/onderwerpen/data/" data-pagefind-filter="topic">Data</a></p>` +
  `${body}<article class="quote"><p>Genest</p></article></article>${after}</main>` +
  `<footer>Open Ambt</footer></body></html>`

describe(searchedText, () => {
  test('is the same when only what surrounds the indexed content changes', () => {
    const before = searchedText(page())
    expect(
      searchedText(
        page({ after: '<section><h2>Verder lezen</h2><a href="/blog/nieuw/">Nieuw</a></section>' }),
      ),
    ).toBe(before)
    expect(searchedText(page().replace('site.Ab12.css', 'site.Cd34.css'))).toBe(before)
  })

  test('changes with the indexed content, also after a nested element of the same name, and with the language', () => {
    const before = searchedText(page())
    expect(searchedText(page({ body: '<p>Open data in de provincie.</p>' }))).not.toBe(before)
    expect(searchedText(page().replace('Genest', 'Anders genest'))).not.toBe(before)
    expect(searchedText(page({ lang: 'en' }))).not.toBe(before)
  })

  test('covers the whole page when Pagefind reads a filter, metadata or a title outside the indexed content', () => {
    for (const outside of [
      '<span data-pagefind-filter="region:Utrecht"></span>',
      '<span data-pagefind-meta="author:Sanne"></span>',
      '<h1>Een andere titel</h1>',
    ]) {
      const text = searchedText(page({ before: outside }))
      expect(text).toContain(outside)
      expect(text).toContain('<footer>Open Ambt</footer>')
    }
  })

  test('is undefined for a page Pagefind does not index', () => {
    expect(searchedText('<html lang="nl"><head></head><body><h1>Blog</h1></body></html>')).toBeUndefined()
  })
})
