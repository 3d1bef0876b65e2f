/**
 * Writes generated blog posts (content/posts): a theme (and sometimes a second one), dates spread
 * evenly from the first to the last date in the order they are generated, one or two authors,
 * topics of the theme, a hero image for some, a title and summary per language, and a body
 * (postBody.ts) that may link to earlier posts. The id is the Dutch slug, as in the demo content.
 */
import { POSTS } from '../../../model/kinds'
import type { GeneratedDocument } from './documents'
import { NUMBER_SLOTS, spreadDate } from './numbers'
import { ORGANISATIONS } from './organisations'
import { both, fill, type Slots } from './phrases'
import { postBody, type LinkTarget } from './postBody'
import type { Random } from './random'
import type { SlugRegistry } from './slugs'
import type { SourceImage } from './source'
import { GENERIC_TITLES, SUMMARIES } from './textCommon'
import { THEMES } from './textThemes'

export type PostOptions = {
  count: number
  random: Random
  authors: { id: string; name: string }[]
  topics: string[]
  heroes: SourceImage[]
  figures: SourceImage[]
  /** Dutch slugs (seeded with the ids in content/posts too: a post's id is its Dutch slug). */
  slugs: { nl: SlugRegistry; en: SlugRegistry }
  firstDate: string
  lastDate: string
}

const SUMMARY_LIMIT = 300

export function generatePosts(options: PostOptions): GeneratedDocument[] {
  const { count, random, topics } = options
  if (count > 0 && options.authors.length === 0) throw new Error('posts need at least one author')
  const documents: GeneratedDocument[] = []
  const earlier = new Map<string, LinkTarget[]>(THEMES.map((theme) => [theme.name, []]))
  const all: LinkTarget[] = []

  for (let index = 0; index < count; index++) {
    const theme = random.pick(THEMES)
    const second = random.chance(0.4) ? random.pick(THEMES.filter((other) => other !== theme)) : undefined
    const themes = second ? [theme, second] : [theme]
    const date = spreadDate(index, count, options.firstDate, options.lastDate, random)
    const year = Number(date.slice(0, 4))
    const org = random.pick(ORGANISATIONS)
    const authors = random.sample(options.authors, random.chance(0.25) ? 2 : 1)
    const slots: Slots = {
      ...NUMBER_SLOTS,
      org: org.the,
      place: org.place,
      year: both(String(Math.max(2000, year - random.int(0, 4)))),
      subject: fill(random.pick(theme.subjects), random),
      author: both(authors[0].name),
    }

    const title = fill(
      random.chance(0.6) ? random.pick(theme.titles) : random.pick(GENERIC_TITLES),
      random,
      slots,
    )
    const summary = fill(random.pick(SUMMARIES), random, slots)
    for (const text of Object.values(summary))
      if (text.length > SUMMARY_LIMIT) throw new Error(`a generated summary is too long: "${text}"`)

    const fitting = theme.topics.filter((topic) => topics.includes(topic))
    const chosenTopics = random.sample(fitting, random.int(1, Math.max(1, fitting.length)))
    const extra = (second?.topics ?? []).filter(
      (topic) => topics.includes(topic) && !chosenTopics.includes(topic),
    )
    if (extra.length && random.chance(0.6)) chosenTopics.push(random.pick(extra))
    if (chosenTopics.length === 0 && topics.length) chosenTopics.push(random.pick(topics))
    const hero = options.heroes.length && random.chance(0.45) ? random.pick(options.heroes).id : undefined

    const sameTheme = earlier.get(theme.name)!
    const candidates = sameTheme.length && random.chance(0.7) ? sameTheme.slice(-200) : all.slice(-400)
    const body = postBody({ random, themes, slots, year, figures: options.figures, links: candidates })

    const id = options.slugs.nl.claim(title.nl, 'bericht')
    const enSlug = options.slugs.en.claim(title.en, 'post')
    const frontMatter = (locale: 'nl' | 'en', slug: string) => ({
      title: title[locale],
      slug,
      summary: summary[locale],
      date,
      authors: authors.map((author) => author.id),
      topics: chosenTopics,
      hero,
    })
    documents.push({
      kind: POSTS,
      id,
      files: {
        nl: { frontMatter: frontMatter('nl', id), body: body.nl },
        en: { frontMatter: frontMatter('en', enSlug), body: body.en },
      },
    })
    const target = { id, title }
    sameTheme.push(target)
    all.push(target)
  }
  return documents
}
