import { describe, expect, test } from 'vitest'

import { rebaseHtml } from '../../scripts/lib/rebaseRootLinks'

const base = '/preview/site/3f9a/'

describe('rebaseHtml (links inside a draft preview)', () => {
  test('moves root-relative links and forms under the preview base', () => {
    const html = '<a href="/blog/">Blog</a><a href="/">Home</a><form action="/zoeken/">'
    expect(rebaseHtml(html, base)).toBe(
      '<a href="/preview/site/3f9a/blog/">Blog</a><a href="/preview/site/3f9a/">Home</a><form action="/preview/site/3f9a/zoeken/">',
    )
  })

  test('leaves assets already under the base, other sites, fragments and image sources alone', () => {
    const html = [
      '<link rel="stylesheet" href="/preview/site/3f9a/_astro/site.css">',
      '<a href="https://example.org/">elders</a>',
      '<a href="//cdn.example.org/x">cdn</a>',
      '<a href="#inhoud">skip</a>',
      '<img src="/preview/site/3f9a/_astro/foto.webp">',
      '<a href="mailto:redactie@example.org">mail</a>',
    ].join('')
    expect(rebaseHtml(html, base)).toBe(html)
  })

  test('does not mistake a page whose name starts like the base for one under it', () => {
    expect(rebaseHtml('<a href="/preview/site/3f9abc/">', base)).toBe(
      '<a href="/preview/site/3f9a/preview/site/3f9abc/">',
    )
  })
})
