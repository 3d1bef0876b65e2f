import { describe, expect, test } from 'vitest'

import { pageLinks } from '../../site/lib/pagination'

describe('pageLinks', () => {
  test('lists every page when there are few', () => {
    expect(pageLinks(1, 1)).toEqual([1])
    expect(pageLinks(2, 5)).toEqual([1, 2, 3, 4, 5])
  })

  test('keeps the first, the last and two pages either side of the current one, with gaps between', () => {
    expect(pageLinks(50, 1000)).toEqual([1, null, 48, 49, 50, 51, 52, null, 1000])
    expect(pageLinks(1, 1000)).toEqual([1, 2, 3, null, 1000])
    expect(pageLinks(1000, 1000)).toEqual([1, null, 998, 999, 1000])
  })

  test('shows a single left-out page instead of a gap', () => {
    expect(pageLinks(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 10])
    expect(pageLinks(6, 10)).toEqual([1, null, 4, 5, 6, 7, 8, 9, 10])
  })
})
