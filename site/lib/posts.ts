/** Queries over the blog posts, computed once per build and shared by every template. */
import type { CollectionEntry } from 'astro:content'

import { splitEntryId, type Locale } from './i18n'
import { localizedCollection } from './localizedCollection'

export type Post = CollectionEntry<'posts'>

const posts = localizedCollection('posts', (a, b) => b.data.date.localeCompare(a.data.date))

/** Posts in one language, newest first. */
export const postsIn = posts.entriesIn

/** The same post in the other language, when it was translated. */
export const translationOf = posts.translationOf

/** Reading time at 220 words a minute, at least one minute. */
export const readingMinutes = (markdown: string | undefined) =>
  Math.max(1, Math.round((markdown ?? '').split(/\s+/).filter(Boolean).length / 220))

export const POSTS_PER_PAGE = 10

const byTopic = new Map<Locale, Promise<{ posts: Map<string, Post[]>; position: Map<string, number> }>>()

/** Per language: the posts on each topic (newest first) and each post's place in postsIn(). */
function topicIndex(locale: Locale) {
  if (!byTopic.has(locale))
    byTopic.set(
      locale,
      postsIn(locale).then((all) => {
        const posts = new Map<string, Post[]>()
        for (const post of all)
          for (const topic of post.data.topics ?? []) {
            if (!posts.has(topic)) posts.set(topic, [])
            posts.get(topic)!.push(post)
          }
        return { posts, position: new Map(all.map((post, i) => [post.id, i])) }
      }),
    )
  return byTopic.get(locale)!
}

const related = new Map<string, Promise<Post[]>>()

/**
 * Up to `count` other posts in the same language that share the most topics, newest first on a tie.
 * Asked twice per post (the page's cache key and the page itself), so remembered; and found through
 * the posts per topic rather than by comparing every pair of posts, which would not scale.
 */
export function relatedPosts(post: Post, count = 3): Promise<Post[]> {
  const key = `${post.id}:${count}`
  if (!related.has(key)) related.set(key, findRelated(post, count))
  return related.get(key)!
}

async function findRelated(post: Post, count: number): Promise<Post[]> {
  const { locale } = splitEntryId(post.id)
  const topics = new Set(post.data.topics ?? [])
  if (!topics.size || count <= 0) return []
  const index = await topicIndex(locale)
  const shared = new Map<Post, number>()
  for (const topic of topics)
    for (const other of index.posts.get(topic) ?? [])
      if (other.id !== post.id) shared.set(other, (shared.get(other) ?? 0) + 1)
  // More shared topics first; on a tie, the order of postsIn() (newest first).
  const before = (a: [Post, number], b: [Post, number]) =>
    b[1] - a[1] || index.position.get(a[0].id)! - index.position.get(b[0].id)!
  const best: [Post, number][] = []
  for (const candidate of shared) {
    if (best.length === count && before(candidate, best[count - 1]) >= 0) continue
    best.splice(best.length === count ? count - 1 : best.length, 1, candidate)
    best.sort(before)
  }
  return best.map(([other]) => other)
}
