import { describe, expect, test } from 'vitest'

import type { SearchPage } from '../../scripts/lib/search/pages'
import {
  planShards,
  postShardsOf,
  POSTS_PER_SHARD,
  shardList,
  shardName,
} from '../../scripts/lib/search/shards'

const page = (kind: string, lang: string, date?: string): SearchPage => ({
  file: `${lang}/${kind}-${date ?? 'x'}/index.html`,
  url: `/${lang}/${kind}-${date ?? 'x'}/`,
  lang,
  kind,
  date,
  digest: 'd',
})

describe(shardName, () => {
  test('puts posts in a shard per language (or the shard of their year) and everything else in the primary one', () => {
    expect(shardName(page('post', 'nl', '2024-03-01'))).toBe('nl/posts')
    expect(shardName(page('post', 'nl', '2024-03-01'), new Map([['2024', 'posts-2024']]))).toBe(
      'nl/posts-2024',
    )
    for (const kind of ['tip', 'speaker', 'chapter', 'topic', 'page'])
      expect(shardName(page(kind, 'en', '2025-01-01'))).toBe('site')
  })

  test('throws for a post without a date and for an unknown kind', () => {
    expect(() => shardName(page('post', 'nl'))).toThrow(/needs data-search-date/)
    expect(() => shardName(page('recipe', 'nl'))).toThrow(/unknown search kind "recipe"/)
  })
})

describe(postShardsOf, () => {
  const years = (...counts: [string, number][]) => new Map(counts)

  test('keeps every year in one shard up to POSTS_PER_SHARD posts', () => {
    expect([...postShardsOf(years(['2023', 10], ['2024', POSTS_PER_SHARD - 10]))]).toEqual([
      ['2023', 'posts'],
      ['2024', 'posts'],
    ])
  })

  test('groups old years from the oldest on; a small last group joins the one before it', () => {
    const shards = postShardsOf(
      years(['2018', 2500], ['2019', 2500], ['2020', 1000], ['2021', 300], ['2022', 400], ['2023', 50]),
    )
    expect([...shards]).toEqual([
      ['2018', 'posts-2018-2022'],
      ['2019', 'posts-2018-2022'],
      ['2020', 'posts-2018-2022'],
      ['2021', 'posts-2018-2022'],
      ['2022', 'posts-2018-2022'],
      ['2023', 'posts-2023'],
    ])
  })

  test('a new post in the newest year changes no other shard', () => {
    const before = postShardsOf(years(['2020', 3000], ['2021', 3000], ['2022', 3000], ['2023', 100]))
    const after = postShardsOf(years(['2020', 3000], ['2021', 3000], ['2022', 3000], ['2023', 101]))
    expect(after).toEqual(before)
    expect(before.get('2023')).toBe('posts-2023')
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
      page('post', 'en', '2025-02-01'),
    ])
    expect(shards.map((shard) => [shard.id, shard.dir, shard.primary, shard.pages.length])).toEqual([
      ['site', 'pagefind', true, 3],
      ['en/posts', 'pagefind/shards/en/posts', false, 1],
      ['nl/posts', 'pagefind/shards/nl/posts', false, 2],
    ])
    expect(shardList(shards, { nl: ['nl_0a1b2c3'] })).toEqual({
      en: { shards: ['/pagefind/shards/en/posts/'], superseded: [] },
      nl: { shards: ['/pagefind/shards/nl/posts/'], superseded: ['nl_0a1b2c3'] },
    })
  })

  test('splits the posts of a language with many of them: the newest year alone, older years grouped', () => {
    // 2,000 posts a year from 2019 to 2024 in Dutch; a handful in English.
    const many = Array.from({ length: 12000 }, (_, index) =>
      page('post', 'nl', `${2019 + (index % 6)}-01-01`),
    )
    const shards = planShards([
      page('page', 'nl'),
      page('page', 'en'),
      page('post', 'en', '2024-01-01'),
      ...many,
    ])
    expect(shards.map((shard) => [shard.id, shard.pages.length])).toEqual([
      ['site', 2],
      ['en/posts', 1],
      ['nl/posts-2019-2020', 4000],
      ['nl/posts-2021-2023', 6000],
      ['nl/posts-2024', 2000],
    ])
  })

  test('throws when the primary shard cannot serve a language', () => {
    expect(() => planShards([page('page', 'nl'), page('post', 'en', '2025-01-01')])).toThrow(
      /no topic or plain page in "en"/,
    )
  })
})
