/**
 * Queries over the speakers pool, computed once per build: the directory, its filters (topic, region,
 * language) and their addresses, and the three speakers a teaser shows.
 */
import type { CollectionEntry } from 'astro:content'

import { REGIONS, SPEAKER_LANGUAGES } from '../../model/vocabularies'
import { splitEntryId, type Locale } from './i18n'
import { localizedCollection } from './localizedCollection'
import { perBuild } from './perBuild'
import { topicsIn } from './topics'
import { sectionUrl } from '../../model/urls'
import { languageLabel, regionLabel } from './words/tipsSpeakersTopics'

export type Speaker = CollectionEntry<'speakers'>

export const FILTER_KINDS = ['topic', 'region', 'language'] as const
export type FilterKind = (typeof FILTER_KINDS)[number]

/** One filter of the directory: a topic, region or language with its speakers. */
export type SpeakerFilter = {
  kind: FilterKind
  /** The same in both languages: the topic id, region or language code. */
  key: string
  /** The last part of the filter's address: the topic's slug in this language, the region, the language code. */
  value: string
  label: string
  url: string
  speakers: Speaker[]
}

const FILTER_SEGMENTS = {
  topic: { nl: 'onderwerp', en: 'topic' },
  region: { nl: 'regio', en: 'region' },
  language: { nl: 'taal', en: 'language' },
} as const

/** `/sprekers/regio/utrecht/`, `/en/speakers/topic/webcare/`. */
export const speakerFilterUrl = (kind: FilterKind, value: string, locale: Locale) =>
  `${sectionUrl('speakers', locale)}${FILTER_SEGMENTS[kind][locale]}/${value}/`

const collection = localizedCollection('speakers', (a, b) => a.data.name.localeCompare(b.data.name, 'nl'))

/** Speakers in one language, by name. */
export const speakersIn = collection.entriesIn

/** The same speaker in the other language, when it was translated. */
export const speakerTranslation = collection.translationOf

const filtersOfThisBuild = perBuild(() => new Map<Locale, Promise<Record<FilterKind, SpeakerFilter[]>>>())

/**
 * Every filter value with at least one speaker in this language: topics by name, regions and
 * languages in the order of model/vocabularies.ts.
 */
export function speakerFilters(locale: Locale): Promise<Record<FilterKind, SpeakerFilter[]>> {
  const filters = filtersOfThisBuild()
  if (!filters.has(locale)) filters.set(locale, computeFilters(locale))
  return filters.get(locale)!
}

async function computeFilters(locale: Locale): Promise<Record<FilterKind, SpeakerFilter[]>> {
  const speakers = await speakersIn(locale)
  const make = (
    kind: FilterKind,
    key: string,
    value: string,
    label: string,
    has: (speaker: Speaker) => boolean,
  ) => ({
    kind,
    key,
    value,
    label,
    url: speakerFilterUrl(kind, value, locale),
    speakers: speakers.filter(has),
  })
  const nonEmpty = (list: SpeakerFilter[]) => list.filter((filter) => filter.speakers.length > 0)
  return {
    topic: nonEmpty(
      (await topicsIn(locale)).map((topic) => {
        const { id } = splitEntryId(topic.id)
        return make(
          'topic',
          id,
          topic.data.slug,
          topic.data.name,
          (s) => s.data.topics?.includes(id) ?? false,
        )
      }),
    ),
    region: nonEmpty(
      REGIONS.map(({ value }) =>
        make('region', value, value, regionLabel(value, locale), (s) => s.data.regions.includes(value)),
      ),
    ),
    language: nonEmpty(
      SPEAKER_LANGUAGES.map(({ value }) =>
        make('language', value, value, languageLabel(value, locale), (s) => s.data.languages.includes(value)),
      ),
    ),
  }
}

/** The same filter in the other language, when it has speakers there. */
export async function filterTranslation(
  filter: SpeakerFilter,
  locale: Locale,
): Promise<SpeakerFilter | undefined> {
  const other: Locale = locale === 'nl' ? 'en' : 'nl'
  return (await speakerFilters(other))[filter.kind].find((candidate) => candidate.key === filter.key)
}

/** FNV-1a: a small, stable hash, so the teaser's choice depends on the ids only, not on the build. */
const hash = (text: string) => {
  let h = 0x811c9dc5
  for (const char of text) h = Math.imul(h ^ char.charCodeAt(0), 0x01000193) >>> 0
  return h
}

/** Three speakers for a teaser: the same three for the same pool, in both languages. */
export async function featuredSpeakers(locale: Locale, count = 3): Promise<Speaker[]> {
  const key = (speaker: Speaker) => hash(splitEntryId(speaker.id).id)
  return [...(await speakersIn(locale))]
    .sort((a, b) => key(a) - key(b) || a.id.localeCompare(b.id))
    .slice(0, count)
}
