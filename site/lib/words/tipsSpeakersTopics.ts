/**
 * The words of the tips, speakers and topic pages per language (the same shape as site/lib/i18n.ts),
 * and the labels of the fixed values (tip categories, regions, languages) from cms/lib.
 */
import { labelOf, REGIONS, SPEAKER_LANGUAGES, TIP_CATEGORIES } from '../../../model/vocabularies'
import type { Locale } from '../i18n'

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

const strings = {
  nl: {
    tips: 'Tips',
    tipsIntro:
      'Korte, praktische tips voor ambtenaren die online werken, per categorie en de nieuwste eerst.',
    tipsDescription:
      'Praktische tips van Open Ambt over schrijven, sociale media, samenwerken, open data en meer.',
    categories: 'Categorieën',
    category: 'Categorie',
    tip: (number: number) => `Tip ${number}`,
    tipDescription: (number: number, category: string) =>
      `Tip ${number} van Open Ambt, over ${category.toLowerCase()}.`,
    otherTips: 'Andere tips',
    previousTip: 'Vorige tip',
    nextTip: 'Volgende tip',
    allTips: 'Alle tips',
    allTipsIn: (count: number, category: string) => `Alle ${count} tips in ${category}`,
    tipCount: (count: number) => (count === 1 ? '1 tip' : `${count} tips`),
    tipsFeed: 'Volg de tips via RSS',
    feedTitle: (site: string, format: string) => `${site}: tips (${format})`,
    tipOfTheWeek: 'Tip van de week',
    speakers: 'Sprekers',
    speakersIntro:
      'Ambtenaren uit Nederland en Vlaanderen die komen vertellen over hun werk: op je congres, studiedag of teamdag.',
    speakersDescription:
      'De sprekerspool van Open Ambt: ambtenaren die komen vertellen over online werken bij de overheid.',
    filterSpeakers: 'Sprekers filteren',
    filters: 'Filters',
    filterKind: { topic: 'Onderwerp', region: 'Regio', language: 'Taal' },
    filtered: (kind: string, value: string) => `Sprekers: ${kind.toLowerCase()} ${value}`,
    filteredDescription: (kind: string, value: string) =>
      `Sprekers van Open Ambt, gefilterd op ${kind.toLowerCase()}: ${value}.`,
    currentFilter: 'Je ziet nu:',
    clearFilter: 'Filter wissen, alle sprekers tonen',
    speakerCount: (n: number) => count(n, 'spreker', 'sprekers'),
    jumpToResults: (n: number) => `Direct naar de ${count(n, 'spreker', 'sprekers')}`,
    allSpeakers: 'Alle sprekers',
    meetSpeakers: 'Zoek je een spreker over online werken bij de overheid? Deze collega’s komen graag langs.',
    speakerDescription: (name: string, jobTitle: string, organisation: string) =>
      `${name}, ${jobTitle} bij ${organisation}, spreker van Open Ambt.`,
    talks: 'Lezingen',
    regions: 'Regio’s',
    topics: 'Onderwerpen',
    languages: 'Talen',
    howToRequest: 'Aanvragen',
    emailTo: (address: string) => `Mail naar ${address}`,
    requestForm: (name: string) => `Vraag ${name} aan met het formulier`,
    submitTip: 'Stuur zelf een tip in',
    requestSpeaker: 'Vraag een spreker aan zonder iemand op het oog te hebben',
    requestSubject: (name: string) => `Aanvraag spreker: ${name}`,
    topicsIntro:
      'Alles wat Open Ambt over een onderwerp publiceerde: berichten, tips, sprekers en hoofdstukken uit het boek.',
    topicsDescription:
      'De onderwerpen van Open Ambt, met berichten, tips, sprekers en hoofdstukken uit het boek.',
    topicDescription: (name: string) =>
      `Berichten, tips, sprekers en hoofdstukken over ${name.toLowerCase()}.`,
    posts: 'Berichten',
    chapters: 'Uit het boek',
    chapter: (number: number) => `Hoofdstuk ${number}`,
    nothingYet: 'Over dit onderwerp is nog niets gepubliceerd.',
    aboutTopic: (name: string) => `Over ${name}`,
    counts: {
      post: ['bericht', 'berichten'],
      tip: ['tip', 'tips'],
      speaker: ['spreker', 'sprekers'],
      chapter: ['hoofdstuk', 'hoofdstukken'],
    },
  },
  en: {
    tips: 'Tips',
    tipsIntro: 'Short, practical tips for civil servants who work online, by category and newest first.',
    tipsDescription:
      'Practical tips from Open Ambt on writing, social media, collaboration, open data and more.',
    categories: 'Categories',
    category: 'Category',
    tip: (number: number) => `Tip ${number}`,
    tipDescription: (number: number, category: string) =>
      `Tip ${number} from Open Ambt, on ${category.toLowerCase()}.`,
    otherTips: 'Other tips',
    previousTip: 'Previous tip',
    nextTip: 'Next tip',
    allTips: 'All tips',
    allTipsIn: (count: number, category: string) => `All ${count} tips in ${category}`,
    tipCount: (count: number) => (count === 1 ? '1 tip' : `${count} tips`),
    tipsFeed: 'Follow the tips by RSS',
    feedTitle: (site: string, format: string) => `${site}: tips (${format})`,
    tipOfTheWeek: 'Tip of the week',
    speakers: 'Speakers',
    speakersIntro:
      'Civil servants from the Netherlands and Flanders who will come and talk about their work: at your conference, seminar or team day.',
    speakersDescription:
      'The Open Ambt speakers pool: civil servants who talk about working online in government.',
    filterSpeakers: 'Filter speakers',
    filters: 'Filters',
    filterKind: { topic: 'Topic', region: 'Region', language: 'Language' },
    filtered: (kind: string, value: string) => `Speakers: ${kind.toLowerCase()} ${value}`,
    filteredDescription: (kind: string, value: string) =>
      `Open Ambt speakers, filtered by ${kind.toLowerCase()}: ${value}.`,
    currentFilter: 'You are viewing:',
    clearFilter: 'Clear the filter, show all speakers',
    speakerCount: (n: number) => count(n, 'speaker', 'speakers'),
    jumpToResults: (n: number) => `Skip to the ${count(n, 'speaker', 'speakers')}`,
    allSpeakers: 'All speakers',
    meetSpeakers:
      'Looking for a speaker on working online in government? These colleagues are happy to come over.',
    speakerDescription: (name: string, jobTitle: string, organisation: string) =>
      `${name}, ${jobTitle} at ${organisation}, Open Ambt speaker.`,
    talks: 'Talks',
    regions: 'Regions',
    topics: 'Topics',
    languages: 'Languages',
    howToRequest: 'How to request',
    emailTo: (address: string) => `Email ${address}`,
    requestForm: (name: string) => `Request ${name} with the form`,
    submitTip: 'Submit a tip yourself',
    requestSpeaker: 'Request a speaker without one in mind',
    requestSubject: (name: string) => `Speaker request: ${name}`,
    topicsIntro:
      'Everything Open Ambt published on a topic: posts, tips, speakers and chapters from the book.',
    topicsDescription: 'The topics of Open Ambt, with posts, tips, speakers and chapters from the book.',
    topicDescription: (name: string) => `Posts, tips, speakers and book chapters on ${name.toLowerCase()}.`,
    posts: 'Posts',
    chapters: 'From the book',
    chapter: (number: number) => `Chapter ${number}`,
    nothingYet: 'Nothing has been published on this topic yet.',
    aboutTopic: (name: string) => `About ${name}`,
    counts: {
      post: ['post', 'posts'],
      tip: ['tip', 'tips'],
      speaker: ['speaker', 'speakers'],
      chapter: ['chapter', 'chapters'],
    },
  },
} satisfies Record<Locale, Record<string, unknown>>

export const words = (locale: Locale) => strings[locale]

export type CountKind = keyof (typeof strings)['nl']['counts']

/** `3 berichten`, `1 tip`: a number with its noun in the reader's language. */
export const countOf = (kind: CountKind, n: number, locale: Locale) => {
  const [one, many] = strings[locale].counts[kind]
  return count(n, one, many)
}

/** The label of a tip category (`writing` -> `Schrijven voor het web`). */
export const tipCategoryLabel = (value: string, locale: Locale): string =>
  labelOf(TIP_CATEGORIES, value, locale)

/** The label of a region (`antwerpen` -> `Antwerp` in English). */
export const regionLabel = (value: string, locale: Locale): string => labelOf(REGIONS, value, locale)

/** The label of a language a speaker talks in (`fr` -> `Frans`). */
export const languageLabel = (value: string, locale: Locale): string =>
  labelOf(SPEAKER_LANGUAGES, value, locale)
