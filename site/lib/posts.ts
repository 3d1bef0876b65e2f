/** Queries over the blog posts, computed once per build and shared by every template. */
import type { CollectionEntry } from 'astro:content'

import { splitEntryId } from './i18n'
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

/** Up to `count` other posts in the same language that share the most topics, newest first on a tie. */
export async function relatedPosts(post: Post, count = 3): Promise<Post[]> {
  const { locale } = splitEntryId(post.id)
  const topics = new Set(post.data.topics ?? [])
  if (!topics.size) return []
  return (await postsIn(locale))
    .filter((other) => other.id !== post.id)
    .map((other) => ({
      other,
      shared: (other.data.topics ?? []).filter((topic) => topics.has(topic)).length,
    }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, count)
    .map(({ other }) => other)
}
