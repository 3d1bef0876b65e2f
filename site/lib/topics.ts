/** Queries over the shared topics (tags), computed once per build. */
import type { CollectionEntry } from 'astro:content'

import type { Locale } from './i18n'
import { localizedCollection } from './localizedCollection'

export type Topic = CollectionEntry<'topics'>

const collection = localizedCollection('topics', (a, b) => a.data.name.localeCompare(b.data.name, 'nl'))

/** Topics in one language, by name. */
export const topicsIn = collection.entriesIn

/** The topics with these ids in one language, in the order given; ids without a translation are left out. */
export async function topicsById(ids: readonly string[] | undefined, locale: Locale): Promise<Topic[]> {
  const topics = await topicsIn(locale)
  return (ids ?? []).flatMap((id) => topics.find((topic) => topic.id === `${id}.${locale}`) ?? [])
}

/** The same topic in the other language, when it was translated. */
export const topicTranslation = collection.translationOf

/** The topic's description: the plain text body of its file. */
export const topicDescription = (topic: Topic) => (topic.body ?? '').trim()
