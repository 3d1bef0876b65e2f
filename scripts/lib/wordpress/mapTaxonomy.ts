/**
 * WordPress categories and tags as our topics. Terms whose names are the same but for case and
 * accents ("Open data", "open-data" as a tag, "Opén Data") become one topic, and a term named like a
 * topic that content/ already has joins that topic. Nested categories become topics of their own
 * (a topic has no parent); the old nested address still leads to the child's topic.
 */
import { slugify } from '../../../model/slugs'
import type { WxrItem, WxrTerm } from './readWxr'

export type Topic = { id: string; name: string; slug: string; existing: boolean; terms: WxrTerm[] }

/** The key two names share when they differ only in case, accents, dashes or spaces. */
export const sameNameKey = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

/** WordPress's "no category": not a topic. */
const UNCATEGORIZED = new Set(['uncategorized', 'geen-categorie', 'ongecategoriseerd'])

export type TaxonomyResult = {
  /** Topic by `<taxonomy>:<term slug>`. */
  topicOfTerm: Map<string, Topic>
  topics: Topic[]
  merged: string[]
  unused: WxrTerm[]
}

export const termKey = (taxonomy: string, slug: string) => `${taxonomy}:${slug}`

export function mapTaxonomy(
  terms: WxrTerm[],
  published: WxrItem[],
  existingTopics: { id: string; name: string; slug: string }[],
  takenSlugs: Set<string>,
): TaxonomyResult {
  const used = new Set(
    published.flatMap((item) =>
      item.terms
        .filter((term) => term.domain === 'category' || term.domain === 'post_tag')
        .map((term) => termKey(term.domain, term.slug)),
    ),
  )
  // Terms only named on items (a file cut by hand) still count.
  const known = new Map(terms.map((term) => [termKey(term.taxonomy, term.slug), term]))
  for (const item of published)
    for (const term of item.terms)
      if (
        (term.domain === 'category' || term.domain === 'post_tag') &&
        !known.has(termKey(term.domain, term.slug))
      )
        known.set(termKey(term.domain, term.slug), {
          taxonomy: term.domain,
          termId: '',
          slug: term.slug,
          name: term.name,
          parent: '',
        })
  const existingByName = new Map(existingTopics.map((topic) => [sameNameKey(topic.name), topic]))
  const byName = new Map<string, Topic>()
  const topicOfTerm = new Map<string, Topic>()
  const unused: WxrTerm[] = []
  // Categories before tags, then by term id: the first of a group names the topic, every run alike.
  const ordered = [...known.values()].sort(
    (a, b) =>
      (a.taxonomy === b.taxonomy ? 0 : a.taxonomy === 'category' ? -1 : 1) ||
      Number(a.termId || Infinity) - Number(b.termId || Infinity) ||
      a.slug.localeCompare(b.slug),
  )
  for (const term of ordered) {
    if (
      !used.has(termKey(term.taxonomy, term.slug)) ||
      (term.taxonomy === 'category' && UNCATEGORIZED.has(term.slug))
    ) {
      unused.push(term)
      continue
    }
    const key = sameNameKey(term.name) || term.slug
    let topic = byName.get(key)
    if (!topic) {
      const existing = existingByName.get(key)
      topic = existing
        ? { id: existing.id, name: existing.name, slug: existing.slug, existing: true, terms: [] }
        : {
            id: `wp-topic-${term.termId || slugify(term.slug)}`,
            name: term.name,
            slug: uniqueSlug(slugify(term.name) || slugify(term.slug) || 'onderwerp', takenSlugs),
            existing: false,
            terms: [],
          }
      byName.set(key, topic)
    }
    topic.terms.push(term)
    topicOfTerm.set(termKey(term.taxonomy, term.slug), topic)
  }
  const topics = [...byName.values()]
  const merged = topics
    .filter((topic) => topic.terms.length > 1 || topic.existing)
    .map(
      (topic) =>
        `${topic.existing ? `existing topic "${topic.name}" (${topic.id})` : `"${topic.name}" (${topic.id})`} <- ${topic.terms
          .map((term) => `${term.taxonomy === 'category' ? 'category' : 'tag'} "${term.name}"`)
          .join(', ')}`,
    )
  return { topicOfTerm, topics, merged, unused }
}

/** `slug`, or `slug-2`, `slug-3`... when it is taken; the chosen one is taken from then on. */
export function uniqueSlug(slug: string, taken: Set<string>): string {
  let candidate = slug
  for (let n = 2; taken.has(candidate); n++) candidate = `${slug.slice(0, 76)}-${n}`
  taken.add(candidate)
  return candidate
}
