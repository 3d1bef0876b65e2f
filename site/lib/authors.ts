/** Queries over the public author profiles and the posts each author wrote. */
import type { CollectionEntry } from 'astro:content'

import { splitEntryId, type Locale } from './i18n'
import { localizedCollection } from './localizedCollection'
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

const perAuthor = new Map<Locale, Promise<Map<string, Post[]>>>()

/** Per language, each author id's posts newest first: one pass over the posts for all authors. */
function postsPerAuthor(locale: Locale): Promise<Map<string, Post[]>> {
  if (!perAuthor.has(locale))
    perAuthor.set(
      locale,
      postsIn(locale).then((posts) => {
        const map = new Map<string, Post[]>()
        for (const post of posts)
          for (const id of new Set(post.data.authors)) {
            if (!map.has(id)) map.set(id, [])
            map.get(id)!.push(post)
          }
        return map
      }),
    )
  return perAuthor.get(locale)!
}

export const authorUrl = (author: Author) =>
  itemUrl('authors', author.data.slug, splitEntryId(author.id).locale)
