/** The demo content is what a new installation shows: it must be valid and cover every feature. */
import path from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'

import { readContent, type ContentSet } from '../../model/files/readContent'

let set: ContentSet
const documents = (name: string) => [...set.documents].find(([kind]) => kind.name === name)![1]
const files = (name: string) =>
  [...documents(name).values()].flatMap((translations) => Object.values(translations))

beforeAll(async () => {
  const result = await readContent(path.resolve(import.meta.dirname, '../../content'))
  expect(result.problems).toEqual([])
  set = result.set
})

describe('the demo content', () => {
  test('has every document in Dutch and in English', () => {
    for (const [kind, docs] of set.documents) {
      for (const [id, translations] of docs)
        expect(Object.keys(translations).sort(), `${kind.folder}/${id}`).toEqual(['en', 'nl'])
    }
    expect(Object.keys(set.settings).sort()).toEqual(['en', 'nl'])
  })

  test('has 15+ posts by 4+ authors over 6+ topics, with images, quotes, links and a table', () => {
    const posts = files('posts').filter((file) => file.locale === 'nl')
    expect(posts.length).toBeGreaterThanOrEqual(15)
    expect(
      new Set(posts.flatMap((post) => post.frontMatter.authors as string[])).size,
    ).toBeGreaterThanOrEqual(4)
    expect(
      new Set(posts.flatMap((post) => (post.frontMatter.topics as string[]) ?? [])).size,
    ).toBeGreaterThanOrEqual(6)
    const bodies = posts.map((post) => post.body).join('\n')
    expect(posts.filter((post) => post.frontMatter.hero).length).toBeGreaterThan(0)
    for (const feature of [/^> /m, /\]\(post:/, /^\| .* \|$/m, /!\[[^\]]*\]\(media:/])
      expect(bodies).toMatch(feature)
  })

  test('uses every custom block somewhere', () => {
    const bodies = [...files('posts'), ...files('chapters')].map((file) => file.body).join('\n')
    for (const block of [':::callout', '::figure{', '::video{', ':::tip']) expect(bodies).toContain(block)
  })

  test('has a book of 8+ chapters with a cover in both languages', () => {
    const [book] = documents('book').values()
    expect(book.nl?.frontMatter.cover).toBeTruthy()
    expect(book.en?.frontMatter.cover).toBeTruthy()
    expect(book.nl?.frontMatter.cover).not.toBe(book.en?.frontMatter.cover)
    expect(documents('chapters').size).toBeGreaterThanOrEqual(8)
  })

  test('has 10+ speakers with portraits, 30+ tips in 5+ categories, and the four plain pages', () => {
    const speakers = files('speakers')
    expect(documents('speakers').size).toBeGreaterThanOrEqual(10)
    expect(speakers.every((speaker) => speaker.frontMatter.photo)).toBe(true)
    expect(documents('tips').size).toBeGreaterThanOrEqual(30)
    expect(new Set(files('tips').map((tip) => tip.frontMatter.category)).size).toBeGreaterThanOrEqual(5)
    expect([...documents('pages').keys()].sort()).toEqual([
      'contact',
      'over-ons',
      'privacy',
      'toegankelijkheid',
    ])
  })
})
