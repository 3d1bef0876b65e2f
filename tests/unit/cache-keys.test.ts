import { describe, expect, test } from 'vitest'

import type { ContentIndex } from '../../site/lib/contentIndex'
import { referenceTargets } from '../../site/lib/contentLoader'
import { stableJson } from '../../site/lib/stableJson'

describe(stableJson, () => {
  test('returns the same text whatever the order of object keys, at any depth', () => {
    expect(stableJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 3 } })).toBe(
      stableJson({ a: { c: 3, d: [2, { e: 0, f: 1 }] }, b: 1 }),
    )
  })

  test('returns different text for different values, list order and Maps and Sets included', () => {
    expect(stableJson([1, 2])).not.toBe(stableJson([2, 1]))
    expect(stableJson({ a: null })).not.toBe(stableJson({ a: 0 }))
    expect(stableJson(new Map([['a', 1]]))).toBe('[["a",1]]')
    expect(stableJson(new Set(['a']))).toBe('["a"]')
  })
})

/** A content index as the site builds it from content/, here from a plain table. */
function index(
  urls: Record<string, string>,
  media: Record<string, { file: string; alt: string }>,
): ContentIndex {
  return {
    url: (kind, id, locale) => urls[`${kind}:${id}:${locale}`],
    mediaFile: (id) => media[id]?.file,
    mediaAlt: (id, locale) => (media[id] ? `${media[id].alt} (${locale})` : ''),
    answers: () => new Map(Object.entries(urls)),
  }
}

describe(referenceTargets, () => {
  const text = [
    'Zie [het plein](post:online-meedenken) en [de tip](tip:tip-003).',
    '![](media:blog-plein-kaart)',
    '::figure{image="blog-plein-stemmen" caption="Uitslag"}',
  ].join('\n\n')
  const urls = {
    'post:online-meedenken:nl': '/blog/drieduizend-mechelaars/',
    'post:online-meedenken:en': '/en/blog/three-thousand-residents/',
    'tip:tip-003:nl': '/tips/tip-3/',
  }
  const media = {
    'blog-plein-kaart': { file: '/c/media/blog-plein-kaart.jpg', alt: 'Een kaart' },
    'blog-plein-stemmen': { file: '/c/media/blog-plein-stemmen.png', alt: 'Een grafiek' },
  }

  test('returns what every link, image and figure in the text points to, in both languages', () => {
    expect(referenceTargets(text, index(urls, media))).toEqual([
      ['media:blog-plein-kaart', '/c/media/blog-plein-kaart.jpg', 'Een kaart (nl)', 'Een kaart (en)'],
      ['media:blog-plein-stemmen', '/c/media/blog-plein-stemmen.png', 'Een grafiek (nl)', 'Een grafiek (en)'],
      ['post:online-meedenken', '/blog/drieduizend-mechelaars/', '/en/blog/three-thousand-residents/'],
      ['tip:tip-003', '/tips/tip-3/', null],
    ])
  })

  test('changes when a linked document moves or an image gets a new alt text, and only then', () => {
    const before = stableJson(referenceTargets(text, index(urls, media)))
    const unrelated = { ...urls, 'post:iets-anders:nl': '/blog/iets-anders/' }
    expect(stableJson(referenceTargets(text, index(unrelated, media)))).toBe(before)
    const moved = { ...urls, 'post:online-meedenken:nl': '/blog/een-plein-vol-meningen/' }
    expect(stableJson(referenceTargets(text, index(moved, media)))).not.toBe(before)
    const translated = { ...urls, 'tip:tip-003:en': '/en/tips/tip-3/' }
    expect(stableJson(referenceTargets(text, index(translated, media)))).not.toBe(before)
    const newAlt = { ...media, 'blog-plein-stemmen': { ...media['blog-plein-stemmen'], alt: 'Nieuw' } }
    expect(stableJson(referenceTargets(text, index(urls, newAlt)))).not.toBe(before)
  })

  test('returns nothing for a text without references', () => {
    expect(
      referenceTargets('Gewoon tekst, met [een link](https://example.org/).', index(urls, media)),
    ).toEqual([])
  })
})
