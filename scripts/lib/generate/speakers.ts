/**
 * Writes generated speakers (content/speakers): role, organisation, the regions they travel to, the
 * languages they speak in, topics and talks from the themes of their role, and a biography.
 */
import { SPEAKERS } from '../../../model/kinds'
import { REGIONS, SPEAKER_LANGUAGES, valuesOf } from '../../../model/vocabularies'
import type { GeneratedDocument } from './documents'
import { blocks, paragraph } from './markdown'
import { person, personSlots, type NameSource } from './people'
import { both, fill } from './phrases'
import type { Random } from './random'
import type { SlugRegistry } from './slugs'
import { BIO_OPENINGS, BIO_SENTENCES, HOW_TO_REQUEST, SPEAKER_SENTENCES } from './textPeople'

const REGION_VALUES: string[] = valuesOf(REGIONS)
const LANGUAGE_VALUES: string[] = valuesOf(SPEAKER_LANGUAGES)

export function generateSpeakers(
  count: number,
  random: Random,
  names: NameSource,
  slugs: SlugRegistry,
  topics: string[],
): GeneratedDocument[] {
  const documents: GeneratedDocument[] = []
  for (let index = 0; index < count; index++) {
    const who = person(random, names)
    const slug = slugs.claim(who.name, 'spreker')
    const slots = { ...personSlots(who, random), minutes: both(String(random.pick([30, 45, 60, 90]))) }

    const home = who.org.region
    const elsewhere = REGION_VALUES.filter((region) => region !== home && region !== 'online')
    const others = new Set([
      ...random.sample(elsewhere, random.int(0, 2)),
      ...(random.chance(0.35) ? ['online'] : []),
    ])
    const regions = [home, ...REGION_VALUES.filter((region) => others.has(region))]

    const speaks = new Set(['nl'])
    if (random.chance(0.55)) speaks.add('en')
    if (random.chance(who.org.flemish ? 0.6 : 0.05)) speaks.add('fr')
    if (random.chance(0.1)) speaks.add('de')
    if (home === 'friesland' && random.chance(0.5)) speaks.add('fy')
    const languages = LANGUAGE_VALUES.filter((language) => speaks.has(language))

    const fitting = [...new Set(who.themes.flatMap((theme) => theme.topics))].filter((topic) =>
      topics.includes(topic),
    )
    const chosenTopics = random.sample(fitting, random.int(1, 3))
    const talks = random.sample(
      who.themes.flatMap((theme) => theme.talks),
      random.int(1, 3),
    )
    const request = fill(random.pick(HOW_TO_REQUEST), random, slots)
    const text = blocks([
      paragraph([
        fill(random.pick(BIO_OPENINGS), random, slots),
        ...random.sample(BIO_SENTENCES, random.int(1, 2)).map((pair) => fill(pair, random, slots)),
      ]),
      paragraph(random.sample(SPEAKER_SENTENCES, random.int(1, 2)).map((pair) => fill(pair, random, slots))),
    ])
    const requestEmail = random.chance(0.8) ? 'sprekers@openambt.example' : undefined
    const frontMatter = (locale: 0 | 1, language: 'nl' | 'en') => ({
      name: who.name,
      slug,
      jobTitle: who.role.title[locale],
      organisation: who.org.name.nl,
      topics: chosenTopics,
      regions,
      languages,
      talks: talks.map((talk) => ({ title: talk.title[locale], description: talk.description[locale] })),
      howToRequest: request[language],
      requestEmail,
    })
    documents.push({
      kind: SPEAKERS,
      id: slug,
      files: {
        nl: { frontMatter: frontMatter(0, 'nl'), body: text.nl },
        en: { frontMatter: frontMatter(1, 'en'), body: text.en },
      },
    })
  }
  return documents
}
