/**
 * What is published on each topic in one language: posts, tips, speakers and book chapters. Computed
 * once per language for all topics, so the topic index and every topic page share one pass.
 */
import { chaptersIn, type Chapter } from './book'
import { upcomingEvents, type Event } from './events'
import { splitEntryId, type Locale } from './i18n'
import { POSTS_PER_PAGE, postsIn, type Post } from './posts'
import { oncePerLocale } from './oncePerLocale'
import { speakersIn, type Speaker } from './speakers'
import { tipsIn, type Tip } from './tips'
import type { Topic } from './topics'

export type TopicContents = {
  posts: Post[]
  tips: Tip[]
  speakers: Speaker[]
  chapters: Chapter[]
  /** Upcoming events on the topic, soonest first (not cancelled ones). */
  events: Event[]
}

const contentsByTopic = oncePerLocale(collect)

async function collect(locale: Locale): Promise<Map<string, TopicContents>> {
  const map = new Map<string, TopicContents>()
  const entry = (id: string) => {
    if (!map.has(id)) map.set(id, { posts: [], tips: [], speakers: [], chapters: [], events: [] })
    return map.get(id)!
  }
  // Each list is already in its display order (posts and tips newest first, speakers by name,
  // chapters by number), so pushing in that order keeps it.
  for (const post of await postsIn(locale))
    for (const id of post.data.topics ?? []) entry(id).posts.push(post)
  for (const tip of await tipsIn(locale)) for (const id of tip.data.topics ?? []) entry(id).tips.push(tip)
  for (const speaker of await speakersIn(locale))
    for (const id of speaker.data.topics ?? []) entry(id).speakers.push(speaker)
  for (const chapter of await chaptersIn(locale))
    for (const id of chapter.data.topics ?? []) entry(id).chapters.push(chapter)
  for (const event of await upcomingEvents(locale))
    if (!event.data.cancelled) for (const id of event.data.topics ?? []) entry(id).events.push(event)
  return map
}

/** Everything on this topic in the topic's language; empty lists when there is nothing. */
export async function topicContents(topic: Topic): Promise<TopicContents> {
  const { id, locale } = splitEntryId(topic.id)
  return (
    (await contentsByTopic(locale)).get(id) ?? { posts: [], tips: [], speakers: [], chapters: [], events: [] }
  )
}

/** How many of each kind one page of a topic shows. */
const PER_PAGE = { posts: POSTS_PER_PAGE, tips: 10, speakers: 12 } as const

/** One page of a topic: its share of each list, how many there are in all, the book's chapters on page 1. */
export type TopicPageContents = TopicContents & {
  page: number
  pages: number
  counts: { posts: number; tips: number; speakers: number }
}

/**
 * A topic's contents cut into numbered pages. Posts, tips and speakers page side by side (page 2
 * shows the second ten posts and the second ten tips), so every one of them is on exactly one page
 * and the number of pages follows the longest list. The chapters (a book has few) stay on page 1.
 */
export function topicPages(contents: TopicContents): TopicPageContents[] {
  const { posts, tips, speakers, chapters, events } = contents
  const pages = Math.max(
    1,
    Math.ceil(posts.length / PER_PAGE.posts),
    Math.ceil(tips.length / PER_PAGE.tips),
    Math.ceil(speakers.length / PER_PAGE.speakers),
  )
  const slice = <T>(list: T[], size: number, i: number) => list.slice(i * size, (i + 1) * size)
  return Array.from({ length: pages }, (_, i) => ({
    page: i + 1,
    pages,
    posts: slice(posts, PER_PAGE.posts, i),
    tips: slice(tips, PER_PAGE.tips, i),
    speakers: slice(speakers, PER_PAGE.speakers, i),
    chapters: i === 0 ? chapters : [],
    events: i === 0 ? events : [],
    counts: { posts: posts.length, tips: tips.length, speakers: speakers.length },
  }))
}
