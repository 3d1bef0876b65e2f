import { describe, expect, test } from 'vitest'

import type { SearchPage } from '../../scripts/lib/search/pages'
import { planShards, shardList, shardName } from '../../scripts/lib/search/shards'

const page = (kind: string, lang: string, date?: string): SearchPage => ({
  file: `${lang}/${kind}-${date ?? 'x'}/index.html`,
  url: `/${lang}/${kind}-${date ?? 'x'}/`,
  lang,
  kind,
  date,
  digest: 'd',
})

describe(shardName, () => {
  test('returns one shard per language and year for posts, and per language for tips, speakers and chapters', () => {
    expect(shardName(page('post', 'nl', '2024-03-01'))).toBe('nl/posts-2024')
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
      ['nl/posts-2023', 'pagefind/shards/nl/posts-2023', false],
      ['nl/posts-2024', 'pagefind/shards/nl/posts-2024', false],
    ])
    expect(shardList(shards)).toEqual({
      en: ['/pagefind/shards/en/tips/'],
      nl: ['/pagefind/shards/nl/posts-2023/', '/pagefind/shards/nl/posts-2024/'],
    })
  })

  test('throws when the primary shard cannot serve a language', () => {
    expect(() => planShards([page('page', 'nl'), page('tip', 'en', '2025-01-01')])).toThrow(
      /no topic or plain page in "en"/,
    )
  })
})
