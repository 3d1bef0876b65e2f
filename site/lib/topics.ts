/** Queries over the shared topics (tags), computed once per build. */
import { getCollection, type CollectionEntry } from 'astro:content'

import { splitEntryId, type Locale } from './i18n'

export type Topic = CollectionEntry<'topics'>

let all: Promise<Topic[]> | undefined

/** Topics in one language, by name. */
export async function topicsIn(locale: Locale): Promise<Topic[]> {
  all ??= getCollection('topics').then((topics) =>
    topics.sort((a, b) => a.data.name.localeCompare(b.data.name, 'nl') || a.id.localeCompare(b.id)),
  )
  return (await all).filter((topic) => splitEntryId(topic.id).locale === locale)
}

/** The topics with these ids in one language, in the order given; ids without a translation are left out. */
export async function topicsById(ids: readonly string[] | undefined, locale: Locale): Promise<Topic[]> {
  const topics = await topicsIn(locale)
  return (ids ?? []).flatMap((id) => topics.find((topic) => topic.id === `${id}.${locale}`) ?? [])
}

/** The same topic in the other language, when it was translated. */
export async function topicTranslation(topic: Topic): Promise<Topic | undefined> {
  const { id, locale } = splitEntryId(topic.id)
  const other: Locale = locale === 'nl' ? 'en' : 'nl'
  return (await topicsIn(other)).find((candidate) => candidate.id === `${id}.${other}`)
}

/** The topic's description: the plain text body of its file. */
export const topicDescription = (topic: Topic) => (topic.body ?? '').trim()
