/**
 * What one edition holds in one language, read from the CMS: its title and introduction, and its
 * items grouped by kind, each with the address of its page on the site. An item that has no
 * version in this language (or is no longer published) is left out of that language's mail.
 */
import type { Payload } from 'payload'

import { eventWhenText } from '../../model/eventTimes'
import { introParagraphs } from '../../model/forms'
import type { Locale } from '../../model/locales'
import { documentUrl } from '../../model/urls'
import { EDITION_ITEM_COLLECTIONS } from '../collections/Editions'
import { publicSiteOrigin } from '../lib/guards/origins'
import type { Edition } from '../payload-types'
import { relationId } from '../lib/relationId'

type ItemCollection = (typeof EDITION_ITEM_COLLECTIONS)[number]
export type EditionItem = { title: string; text?: string; url: string }
export type EditionContent = {
  number: number
  title: string
  intro: string[]
  sections: { kind: ItemCollection; items: EditionItem[] }[]
}

export async function editionContent(
  payload: Payload,
  edition: Edition,
  locale: Locale,
): Promise<EditionContent> {
  const localized = (await payload.findByID({
    collection: 'editions',
    id: edition.id,
    locale,
    fallbackLocale: false,
    depth: 0,
    overrideAccess: true,
  })) as Edition
  const site = publicSiteOrigin()
  const sections = new Map<ItemCollection, EditionItem[]>()
  for (const ref of localized.items ?? []) {
    const id = relationId(ref.value)!
    const doc = (await payload
      .findByID({
        collection: ref.relationTo,
        id,
        locale,
        fallbackLocale: false,
        depth: 0,
        draft: false,
        overrideAccess: true,
      })
      .catch(() => undefined)) as Record<string, unknown> | undefined
    const item = doc && describe(ref.relationTo, doc, locale, site)
    if (!item) continue
    sections.set(ref.relationTo, [...(sections.get(ref.relationTo) ?? []), item])
  }
  return {
    number: localized.number ?? 0,
    title: localized.title ?? '',
    intro: introParagraphs(localized.intro),
    sections: EDITION_ITEM_COLLECTIONS.filter((kind) => sections.has(kind)).map((kind) => ({
      kind,
      items: sections.get(kind)!,
    })),
  }
}

function describe(
  collection: ItemCollection,
  doc: Record<string, unknown>,
  locale: Locale,
  site: string,
): EditionItem | undefined {
  const title = String(doc.title ?? doc.name ?? '')
  if (!title || !doc.slug || ('_status' in doc && doc._status !== 'published')) return undefined
  if (collection === 'speakers' && !doc.jobTitle) return undefined // no profile in this language
  const url = `${site}${documentUrl(collection, String(doc.slug), locale)}`
  const text =
    collection === 'events'
      ? `${eventWhenText(doc as never, locale)}${doc.city ? `, ${String(doc.city)}` : ''}. ${String(doc.summary ?? '')}`
      : collection === 'speakers'
        ? [doc.jobTitle, doc.organisation].filter(Boolean).join(', ')
        : (doc.summary as string | undefined)
  return { title, text: text?.trim() || undefined, url }
}
