/**
 * Queries over the newsletter's sent editions (content/newsletter), computed once per build: the
 * editions newest first, their neighbours, and each edition's items as the reader's language has
 * them. An item without a page in that language is not listed there, as the mail left it out.
 */
import type { CollectionEntry } from 'astro:content'

import { introParagraphs } from '../../model/forms'
import { eventsIn, type Event } from './events'
import { splitEntryId, type Locale } from './i18n'
import { localizedCollection } from './localizedCollection'
import { around } from './neighbours'
import { oncePerLocale } from './oncePerLocale'
import { listingPages, type ListingPage } from './pagination'
import { postsIn, type Post } from './posts'
import { speakersIn, type Speaker } from './speakers'
import { tipsIn, type Tip } from './tips'

export type Edition = CollectionEntry<'editions'>

const collection = localizedCollection('editions', (a, b) => b.data.number - a.data.number)

/** Sent editions in one language, newest (highest number) first. */
export const editionsIn = collection.entriesIn
export const editionTranslation = collection.translationOf

/** How many editions the newsletter page lists, and how many an archive page does. */
export const EDITIONS_ON_NEWSLETTER_PAGE = 5
export const EDITIONS_PER_ARCHIVE_PAGE = 50

/** The edition before (lower number) and after (higher number) this one, in its language. */
export async function editionNeighbours(edition: Edition): Promise<{ previous?: Edition; next?: Edition }> {
  const [next, previous] = around(await editionsIn(splitEntryId(edition.id).locale), edition)
  return { previous, next }
}

export type EditionArchivePage = ListingPage<Edition> & { locale: Locale; count: number }

/** The archive's numbered pages. */
export async function editionArchivePages(locale: Locale): Promise<EditionArchivePage[]> {
  const editions = await editionsIn(locale)
  return listingPages(editions, EDITIONS_PER_ARCHIVE_PAGE).map((page) => ({
    ...page,
    locale,
    count: editions.length,
  }))
}

export type EditionItems = { posts: Post[]; tips: Tip[]; events: Event[]; speakers: Speaker[] }

/** Entries by their id in content/, per kind and language, looked up by the editions' lists. */
const byContentId = oncePerLocale(async (locale) => {
  const index = <E extends { id: string }>(entries: readonly E[]) =>
    new Map(entries.map((entry) => [splitEntryId(entry.id).id, entry]))
  return {
    posts: index(await postsIn(locale)),
    tips: index(await tipsIn(locale)),
    events: index(await eventsIn(locale)),
    speakers: index(await speakersIn(locale)),
  }
})

/** The edition's items in its language, in the edition's order within each kind. */
export async function editionItems(edition: Edition): Promise<EditionItems> {
  const entries = await byContentId(splitEntryId(edition.id).locale)
  const pick = <E>(ids: readonly string[] | undefined, found: Map<string, E>): E[] =>
    (ids ?? []).map((id) => found.get(id)).filter((entry): entry is E => entry !== undefined)
  return {
    posts: pick(edition.data.posts, entries.posts),
    tips: pick(edition.data.tips, entries.tips),
    events: pick(edition.data.events, entries.events),
    speakers: pick(edition.data.speakers, entries.speakers),
  }
}

/** The introduction's paragraphs, split as the mail splits them. */
export const editionIntro = (edition: Edition): string[] => introParagraphs(edition.body)
