import { describe, expect, test } from 'vitest'

import { sortByDate, sortOrderOf, withSortOrder } from '../../site/scripts/searchSort'

describe('sortByDate', () => {
  test('puts dated results first, newest first, and keeps the relevance order of ties and undated ones', () => {
    const results = ['topic', 'old', 'new', 'speaker', 'sameDayA', 'sameDayB'].map((id) => ({ id }))
    sortByDate(results, {
      old: '2023-01-05',
      new: '2026-06-11',
      sameDayA: '2024-04-18',
      sameDayB: '2024-04-18',
    })
    expect(results.map((result) => result.id)).toEqual([
      'new',
      'sameDayA',
      'sameDayB',
      'old',
      'topic',
      'speaker',
    ])
  })
})

describe('sortOrderOf', () => {
  test('reads ?sort=date and falls back to relevance for anything else', () => {
    expect(sortOrderOf(new URL('https://example.test/zoeken/?q=open&sort=date'))).toBe('date')
    expect(sortOrderOf(new URL('https://example.test/zoeken/?q=open&sort=title'))).toBe('relevance')
    expect(sortOrderOf(new URL('https://example.test/zoeken/?q=open'))).toBe('relevance')
  })

  test('writes the order into the address, leaving the default out', () => {
    const url = new URL('https://example.test/zoeken/?q=open')
    expect(withSortOrder(url, 'date').search).toBe('?q=open&sort=date')
    expect(withSortOrder(withSortOrder(url, 'date'), 'relevance').search).toBe('?q=open')
  })
})
