import { describe, expect, test } from 'vitest'

import { dropSuperseded } from '../../site/scripts/searchSuperseded'

describe(dropSuperseded, () => {
  test('takes the old versions out of the very list the results component shows, keeping the order', () => {
    const results = [{ id: 'nl_1a' }, { id: 'nl_2b' }, { id: 'nl_3c' }, { id: 'nl_4d' }]
    const shown = results
    dropSuperseded(results, new Set(['nl_2b', 'nl_4d', 'nl_9z']))
    expect(shown).toEqual([{ id: 'nl_1a' }, { id: 'nl_3c' }])
  })

  test('leaves the list alone when nothing is superseded', () => {
    const results = [{ id: 'en_1a' }, { id: 'en_2b' }]
    dropSuperseded(results, new Set())
    expect(results).toEqual([{ id: 'en_1a' }, { id: 'en_2b' }])
  })
})
