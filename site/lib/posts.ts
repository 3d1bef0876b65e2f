/** Queries over the blog posts, computed once per build and shared by every template. */
import type { CollectionEntry } from 'astro:content'

import { splitEntryId } from './i18n'
import { localizedCollection } from './localizedCollection'
import { around, positionIn } from './neighbours'
import { perBuild } from './perBuild'

export type Post = CollectionEntry<'posts'>

const posts = localizedCollection('posts', (a, b) => b.data.date.localeCompare(a.data.date))

/** Posts in one language, newest first. */
export const postsIn = posts.entriesIn

/** The same post in the other language, when it was translated. */
export const translationOf = posts.translationOf

/** Reading time at 220 words a minute, at least one minute (the loader counts the words). */
export const readingMinutes = (post: Post) =>
  Math.max(1, Math.round(Number(post.rendered?.metadata?.words ?? 0) / 220))

export const POSTS_PER_PAGE = 10

/** The posts just before (newer) and after (older) this one in its language. */
export async function postNeighbours(post: Post): Promise<{ newer?: Post; older?: Post }> {
  const [newer, older] = around(await postsIn(splitEntryId(post.id).locale), post)
  return { newer, older }
}

const relatedOfThisBuild = perBuild(() => new Map<string, Promise<Post[]>>())

/**
 * Up to `count` other posts in the same language that share the most topics; on a tie, the one
 * nearest in time, and of two as near, the newer. Nearest rather than newest: a new post then
 * becomes "related" only to the few posts just before it, not to every post on its topics, so
 * publishing it re-renders a handful of post pages instead of hundreds (and re-indexes one year of
 * search, not all of them). Asked twice per post (the page's cache key and the page), so remembered.
 */
export function relatedPosts(post: Post, count = 3): Promise<Post[]> {
  const key = `${post.id}:${count}`
  const related = relatedOfThisBuild()
  if (!related.has(key)) related.set(key, findRelated(post, count))
  return related.get(key)!
}

type Candidate = { post: Post; shared: number; distance: number; position: number }

const better = (a: Candidate, b: Candidate) =>
  b.shared - a.shared || a.distance - b.distance || a.position - b.position

/**
 * Walks outwards from the post through its language's posts, nearest first, and stops once the
 * best `count` share every one of its topics: nothing further away can beat them. So a post costs
 * a few dozen comparisons, not one per post on its topics (thousands at ten thousand posts).
 */
async function findRelated(post: Post, count: number): Promise<Post[]> {
  const { locale } = splitEntryId(post.id)
  const topics = new Set(post.data.topics ?? [])
  if (!topics.size || count <= 0) return []
  const all = await postsIn(locale)
  const here = positionIn(all, post.id)!
  const best: Candidate[] = []
  const consider = (at: number) => {
    const other = all[at]
    const shared = (other.data.topics ?? []).filter((topic) => topics.has(topic)).length
    if (!shared) return
    const candidate = { post: other, shared, distance: Math.abs(at - here), position: at }
    if (best.length === count && better(candidate, best[count - 1]) >= 0) return
    if (best.length === count) best.pop()
    best.push(candidate)
    best.sort(better)
  }
  for (let distance = 1; here - distance >= 0 || here + distance < all.length; distance++) {
    if (best.length === count && best[count - 1].shared === topics.size) break
    if (here - distance >= 0) consider(here - distance)
    if (here + distance < all.length) consider(here + distance)
  }
  return best.map((candidate) => candidate.post)
}
