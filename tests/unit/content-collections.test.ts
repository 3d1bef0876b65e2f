/**
 * The pages of a build take their entries from the collections `contentLoader` hands over, so a
 * collection with any other loader must stop the build where it is defined, not vanish from the site.
 */
import { glob } from 'astro/loaders'
import { describe, expect, test } from 'vitest'

import { contentLoader, onlyContentLoaders } from '../../site/lib/contentLoader'

describe('the content collections', () => {
  test('are accepted when every one uses contentLoader', () => {
    const collections = { posts: { loader: contentLoader('posts') }, tips: { loader: contentLoader('tips') } }
    expect(onlyContentLoaders(collections)).toBe(collections)
  })

  test('are refused, naming the collection, when one uses another loader', () => {
    const collections = {
      posts: { loader: contentLoader('posts') },
      events: { loader: glob({ pattern: '*.md', base: 'content/events' }) },
    }
    expect(() => onlyContentLoaders(collections)).toThrow(/"events" must use contentLoader/)
  })

  test('are refused when one has a loader that only looks like ours', () => {
    const lookalike = { ...contentLoader('posts') }
    expect(() => onlyContentLoaders({ posts: { loader: lookalike } })).toThrow(/"posts"/)
  })
})
