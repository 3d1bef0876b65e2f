/**
 * What the search index knows about a page. Content templates (post, chapter, speaker, tip, topic,
 * plain page) spread `searchBody(...)` on the element that holds the content itself, so everything
 * else (header, navigation, footer, listings, pagination) stays out of the index:
 *
 * - `data-pagefind-body`: index this element (pages without one are not indexed at all);
 * - `data-search-kind` and `data-search-date`: the facts scripts/lib/search/ uses to put the page in
 *   its shard (kind and year);
 * - the `type` filter and metadata, the result image (site/lib/searchThumbnail.ts) and the `date`
 *   metadata (as readers see it). No Pagefind sort key: Pagefind sorts within one shard only, so
 *   the search page sorts by its own dates file (scripts/lib/search/dates.ts), and a sort key
 *   would cost every reader a quarter more of each shard's page list on the first query.
 *
 * Filters that come from visible links (topic, region, language) are marked in the templates with
 * `data-pagefind-filter`, and `searchFilter()` gives hidden ones.
 */
import { formatDate, type Locale } from './i18n'
import { searchWords } from './words/search'

export const SEARCH_KINDS = ['post', 'chapter', 'speaker', 'tip', 'topic', 'page', 'event'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/** The filter names in the index; the search page shows them with translated labels. */
export const SEARCH_FILTERS = ['type', 'topic', 'region', 'language'] as const

export function searchBody(
  kind: SearchKind,
  locale: Locale,
  { date, image }: { date?: string; image?: string } = {},
): Record<string, string> {
  const type = searchWords(locale).types[kind]
  // The image is always set, empty when the page has none of its own, because Pagefind otherwise
  // takes the first image in the text (a figure at full width, or a speaker listed on a topic).
  const meta = ['type[data-search-type]', 'image[data-search-image]']
  const attributes: Record<string, string> = {
    'data-pagefind-body': '',
    'data-search-kind': kind,
    'data-search-type': type,
    'data-search-image': image ?? '',
    'data-pagefind-filter': 'type[data-search-type]',
  }
  if (date) {
    attributes['data-search-date'] = date
    attributes['data-search-when'] = formatDate(new Date(date), locale)
    meta.push('date[data-search-when]')
  }
  attributes['data-pagefind-meta'] = meta.join(', ')
  return attributes
}

/** Per language, the dated pages' Pagefind ids and dates, for sorting merged results by date (scripts/lib/search/dates.ts). */
export const searchDatesFile = (lang: string) => `search-dates.${lang}.json`

/** Attributes for an element that tags the page with a filter value that is not shown as such. */
export const searchFilter = (name: (typeof SEARCH_FILTERS)[number], value: string) => ({
  'data-pagefind-filter': `${name}:${value}`,
})

/** Where the search bundle lives in dist/: the runtime (Pagefind and its Component UI) and the primary shard. */
export const SEARCH_BUNDLE = '/pagefind/'
/** The list of shards per language, written by the index build, read by the search page. */
export const SEARCH_SHARDS_FILE = 'search-shards.json'
/**
 * What SEARCH_SHARDS_FILE holds, per language: the shards to merge into the primary one, and the
 * Pagefind ids of old versions of edited pages, which the search page leaves out of the results
 * (scripts/lib/search/edits.ts).
 */
export type SearchShardList = Record<string, { shards: string[]; superseded: string[] }>
