/** Queries over the public author profiles and the posts each author wrote. */
import type { CollectionEntry } from 'astro:content'

import { splitEntryId } from './i18n'
import { localizedCollection } from './localizedCollection'
import { oncePerLocale } from './oncePerLocale'
import type { ListingPage } from './pagination'
import { postsIn, type Post } from './posts'
import { itemUrl } from '../../model/urls'

export type Author = CollectionEntry<'authors'>

const collection = localizedCollection('authors', (a, b) => a.data.name.localeCompare(b.data.name, 'nl'))

/** The authors with a profile in one language, by name. */
export const authorsIn = collection.entriesIn

/** The same profile in the other language, when it was translated. */
export const authorTranslation = collection.translationOf

/** The posts an author (co-)wrote in the profile's language, newest first. */
export async function postsByAuthor(author: Author): Promise<Post[]> {
  const { id, locale } = splitEntryId(author.id)
  return (await postsPerAuthor(locale)).get(id) ?? []
}

/** Per language, each author id's posts newest first: one pass over the posts for all authors. */
const postsPerAuthor = oncePerLocale(async (locale) => {
  const map = new Map<string, Post[]>()
  for (const post of await postsIn(locale))
    for (const id of new Set(post.data.authors)) {
      if (!map.has(id)) map.set(id, [])
      map.get(id)!.push(post)
    }
  return map
})

/** One page of an author's profile and posts (templates/AuthorPage.astro and its cache key). */
export type AuthorPage = ListingPage<Post> & { author: Author }

export const authorUrl = (author: Author) =>
  itemUrl('authors', author.data.slug, splitEntryId(author.id).locale)
