/**
 * Unique slugs (and the ids made from them): a title's slug, or that slug with `-2`, `-3`, ...
 * when it is taken or is one of the site's own path segments. Seeded with what content/ already
 * holds, so a generated document never takes a demo document's slug or id.
 */
import { slugify } from '../../../model/slugs'
import { RESERVED_PAGE_SLUGS } from '../../../model/urls'

/**
 * Path segments the site uses below its sections (numbered pages, archives, tip categories, speaker
 * filters, book downloads): a tip with the slug "categorie" would take the address of the category
 * listings.
 */
const SITE_SEGMENTS = [
  'pagina',
  'page',
  'archief',
  'archive',
  'regio',
  'region',
  'onderwerp',
  'topic',
  'taal',
  'language',
  'categorie',
  'category',
  'downloads',
  'rss',
  'atom',
]

export class SlugRegistry {
  private readonly taken: Set<string>

  constructor(taken: Iterable<string> = []) {
    this.taken = new Set([...RESERVED_PAGE_SLUGS, ...SITE_SEGMENTS, ...taken])
  }

  /** The slug of `text`, made unique, and from now on taken. */
  claim(text: string, fallback = 'document'): string {
    const base = slugify(text) || fallback
    let slug = base
    for (let number = 2; this.taken.has(slug); number++) {
      const suffix = `-${number}`
      slug = `${base.slice(0, 80 - suffix.length).replace(/-+$/, '')}${suffix}`
    }
    this.taken.add(slug)
    return slug
  }
}
