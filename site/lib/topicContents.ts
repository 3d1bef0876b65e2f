/**
 * What is published on each topic in one language: posts, tips, speakers and book chapters. Computed
 * once per language for all topics, so the topic index and every topic page share one pass.
 */
import { chaptersIn, type Chapter } from './book'
import { splitEntryId, type Locale } from './i18n'
import { postsIn, type Post } from './posts'
import { speakersIn, type Speaker } from './speakers'
import { tipsIn, type Tip } from './tips'
import type { Topic } from './topics'

export type TopicContents = { posts: Post[]; tips: Tip[]; speakers: Speaker[]; chapters: Chapter[] }

const byLocale = new Map<Locale, Promise<Map<string, TopicContents>>>()

function contentsByTopic(locale: Locale): Promise<Map<string, TopicContents>> {
  if (!byLocale.has(locale)) byLocale.set(locale, collect(locale))
  return byLocale.get(locale)!
}

async function collect(locale: Locale): Promise<Map<string, TopicContents>> {
  const map = new Map<string, TopicContents>()
  const entry = (id: string) => {
    if (!map.has(id)) map.set(id, { posts: [], tips: [], speakers: [], chapters: [] })
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
  return map
}

/** Everything on this topic in the topic's language; empty lists when there is nothing. */
export async function topicContents(topic: Topic): Promise<TopicContents> {
  const { id, locale } = splitEntryId(topic.id)
  return (await contentsByTopic(locale)).get(id) ?? { posts: [], tips: [], speakers: [], chapters: [] }
}
