import { describe, expect, test } from 'vitest'

import type { SearchPage } from '../../scripts/lib/search/pages'
import { planShards, POSTS_BY_YEAR_ABOVE, shardList, shardName } from '../../scripts/lib/search/shards'

const page = (kind: string, lang: string, date?: string): SearchPage => ({
  file: `${lang}/${kind}-${date ?? 'x'}/index.html`,
  url: `/${lang}/${kind}-${date ?? 'x'}/`,
  lang,
  kind,
  date,
  digest: 'd',
})

describe(shardName, () => {
  test('returns one shard per language for posts, tips, speakers and chapters; per year for many posts', () => {
    expect(shardName(page('post', 'nl', '2024-03-01'), 16)).toBe('nl/posts')
    expect(shardName(page('post', 'nl', '2024-03-01'), POSTS_BY_YEAR_ABOVE + 1)).toBe('nl/posts-2024')
    expect(shardName(page('tip', 'en', '2025-01-01'))).toBe('en/tips')
    expect(shardName(page('speaker', 'nl'))).toBe('nl/speakers')
    expect(shardName(page('chapter', 'en'))).toBe('en/book')
    expect(shardName(page('topic', 'en'))).toBe('site')
    expect(shardName(page('page', 'nl'))).toBe('site')
  })

  test('throws for a post without a date and for an unknown kind', () => {
    expect(() => shardName(page('post', 'nl'))).toThrow(/needs data-search-date/)
    expect(() => shardName(page('recipe', 'nl'))).toThrow(/unknown search kind "recipe"/)
  })
})

describe(planShards, () => {
  test('returns the primary shard first, then the others, and lists them per language', () => {
    const shards = planShards([
      page('post', 'nl', '2024-03-01'),
      page('page', 'nl'),
      page('page', 'en'),
      page('post', 'nl', '2023-05-01'),
      page('tip', 'en', '2025-01-01'),
    ])
    expect(shards.map((shard) => [shard.id, shard.dir, shard.primary])).toEqual([
      ['site', 'pagefind', true],
      ['en/tips', 'pagefind/shards/en/tips', false],
      ['nl/posts', 'pagefind/shards/nl/posts', false],
    ])
    expect(shardList(shards)).toEqual({
      en: ['/pagefind/shards/en/tips/'],
      nl: ['/pagefind/shards/nl/posts/'],
    })
  })

  test('splits the posts of a language with many of them into a shard per year', () => {
    const many = Array.from({ length: POSTS_BY_YEAR_ABOVE + 1 }, (_, index) =>
      page('post', 'nl', `${2020 + (index % 2)}-01-01`),
    )
    const ids = planShards([page('page', 'nl'), ...many]).map((shard) => shard.id)
    expect(ids).toEqual(['site', 'nl/posts-2020', 'nl/posts-2021'])
  })

  test('throws when the primary shard cannot serve a language', () => {
    expect(() => planShards([page('page', 'nl'), page('tip', 'en', '2025-01-01')])).toThrow(
      /no topic or plain page in "en"/,
    )
  })
})
