/** ASTRO_HEAP_MB, the heap `npm run build` gives Astro (scripts/lib/astroChild.ts). */
import { expect, test } from 'vitest'

import { astroHeapLimitMb, DEFAULT_HEAP_MB } from '../../scripts/lib/astroChild'

test('without ASTRO_HEAP_MB, or empty, Astro gets the default limit', () => {
  expect(astroHeapLimitMb({})).toBe(DEFAULT_HEAP_MB)
  expect(astroHeapLimitMb({ ASTRO_HEAP_MB: '' })).toBe(DEFAULT_HEAP_MB)
})

test('a number of MB is the limit, and 0 means none', () => {
  expect(astroHeapLimitMb({ ASTRO_HEAP_MB: '3072' })).toBe(3072)
  expect(astroHeapLimitMb({ ASTRO_HEAP_MB: '0' })).toBeUndefined()
})

test('anything else is refused with the variable and the value named', () => {
  for (const value of ['lots', '1.5', '-1', '2GB'])
    expect(() => astroHeapLimitMb({ ASTRO_HEAP_MB: value })).toThrow(
      `ASTRO_HEAP_MB must be a whole number of MB (0 for no limit), not "${value}"`,
    )
})
