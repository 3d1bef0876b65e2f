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
  const sharedWith = sharedTopicsCounter(all, topics)
  const best: Candidate[] = []
  const consider = (at: number) => {
    const shared = sharedWith(at)
    if (!shared) return
    const candidate = { post: all[at], shared, distance: Math.abs(at - here), position: at }
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

/** Each post's topics as the bits of one number, for a list of posts, when there are at most 31 topics. */
const topicBitsOfThisBuild = perBuild(() => new WeakMap<readonly Post[], TopicBits | undefined>())

type TopicBits = { bitOf: Map<string, number>; masks: number[] }

function topicBits(all: readonly Post[]): TopicBits | undefined {
  const known = topicBitsOfThisBuild()
  if (known.has(all)) return known.get(all)
  const bitOf = new Map<string, number>()
  for (const post of all)
    for (const topic of post.data.topics ?? []) if (!bitOf.has(topic)) bitOf.set(topic, bitOf.size)
  const bits =
    bitOf.size > 31 ? undefined : { bitOf, masks: all.map((post) => maskOf(post.data.topics ?? [], bitOf)) }
  known.set(all, bits)
  return bits
}

const maskOf = (topics: readonly string[], bitOf: Map<string, number>) =>
  topics.reduce((mask, topic) => mask | (1 << bitOf.get(topic)!), 0)

/** How many bits of a 32-bit number are set. */
function bitCount(value: number): number {
  let rest = value - ((value >>> 1) & 0x55555555)
  rest = (rest & 0x33333333) + ((rest >>> 2) & 0x33333333)
  return (((rest + (rest >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

/**
 * How many of `topics` the post at a position of `all` has. With bits, one AND per post: finding
 * related posts compares each post with dozens to hundreds of others, 10,000 posts per language.
 */
function sharedTopicsCounter(all: readonly Post[], topics: Set<string>): (at: number) => number {
  const bits = topicBits(all)
  if (bits) {
    const mine = maskOf([...topics], bits.bitOf)
    return (at) => bitCount(bits.masks[at] & mine)
  }
  return (at) => (all[at].data.topics ?? []).filter((topic) => topics.has(topic)).length
}
