/** Queries over the plain pages (about, contact, privacy, accessibility statement). */
import type { CollectionEntry } from 'astro:content'

import { splitEntryId } from './i18n'
import { localizedCollection } from './localizedCollection'
import { pageUrl } from '../../model/urls'

export type PlainPage = CollectionEntry<'pages'>

const collection = localizedCollection('pages', () => 0)

/** The plain pages in one language, by id. */
export const plainPagesIn = collection.entriesIn

/** The same page in the other language, when it was translated. */
export const plainPageTranslation = collection.translationOf

export const plainPageUrl = (page: PlainPage) => pageUrl(page.data.slug, splitEntryId(page.id).locale)
