import { describe, expect, test } from 'vitest'

import { slugify, validateSlugValue } from '../../model/slugs'

describe(slugify, () => {
  test.each([
    ['Open data in de gemeente', 'open-data-in-de-gemeente'],
    ['Één café, twee reünies', 'een-cafe-twee-reunies'],
    ['Webcare & e-participatie', 'webcare-en-e-participatie'],
    ["Wat is 't probleem?", 'wat-is-t-probleem'],
    ['  --Ambtenaar 2.0--  ', 'ambtenaar-2-0'],
    ['Straße in Düsseldorf', 'strasse-in-dusseldorf'],
  ])('turns %j into %j', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  test('returns at most 80 characters without a trailing dash', () => {
    const slug = slugify('woord '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-')).toBe(false)
  })
})

describe(validateSlugValue, () => {
  test('returns true for lower-case words joined by single dashes', () => {
    expect(validateSlugValue('open-data-2026')).toBe(true)
  })

  test.each(['Open-Data', 'open data', 'open--data', '-open', 'open-', 'café', 'a/b'])(
    'returns a fix for %j',
    (value) => {
      const result = validateSlugValue(value)
      expect(result).toContain('is not a valid slug')
      expect(result).toContain('for example')
    },
  )

  test('returns a message for an empty slug and for one that is too long', () => {
    expect(validateSlugValue('')).toMatch(/A slug is required/)
    expect(validateSlugValue('a'.repeat(81))).toMatch(/81 characters long/)
  })
})
