/** Queries over the public author profiles and the posts each author wrote. */
import { getCollection, type CollectionEntry } from 'astro:content'

import { splitEntryId, type Locale } from './i18n'
import { postsIn, type Post } from './posts'
import { itemUrl } from './urls'

export type Author = CollectionEntry<'authors'>

let all: Promise<Author[]> | undefined

/** The authors with a profile in one language, by name. */
export async function authorsIn(locale: Locale): Promise<Author[]> {
  all ??= getCollection('authors').then((authors) =>
    authors.sort((a, b) => a.data.name.localeCompare(b.data.name, 'nl') || a.id.localeCompare(b.id)),
  )
  return (await all).filter((author) => splitEntryId(author.id).locale === locale)
}

/** The same profile in the other language, when it was translated. */
export async function authorTranslation(author: Author): Promise<Author | undefined> {
  const { id, locale } = splitEntryId(author.id)
  const other: Locale = locale === 'nl' ? 'en' : 'nl'
  return (await authorsIn(other)).find((candidate) => splitEntryId(candidate.id).id === id)
}

/** The posts an author (co-)wrote in the profile's language, newest first. */
export async function postsByAuthor(author: Author): Promise<Post[]> {
  const { id, locale } = splitEntryId(author.id)
  return (await postsIn(locale)).filter((post) => post.data.authors.includes(id))
}

export const authorUrl = (author: Author) =>
  itemUrl('authors', author.data.slug, splitEntryId(author.id).locale)
