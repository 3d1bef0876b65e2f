/**
 * Queries over the agenda, computed once per build. "Upcoming" is measured against the moment the
 * build runs (`buildMoment`): the site is static, so an event moves to the archive with the first
 * build after it ended (the CMS asks for that build itself, cms/publish/keepAgendaCurrent.ts).
 */
import type { CollectionEntry } from 'astro:content'

import { eventFormat, eventWhenText } from '../../model/eventTimes'
import { EVENT_KINDS, REGIONS } from '../../model/vocabularies'
import { itemUrl, sectionUrl } from '../../model/urls'
import type { Locale } from './i18n'
import { localizedCollection } from './localizedCollection'
import { oncePerLocale } from './oncePerLocale'
import { perBuild } from './perBuild'

export type Event = CollectionEntry<'events'>

const byStart = (a: Event, b: Event) => a.data.start.localeCompare(b.data.start)
const collection = localizedCollection('events', byStart)

/** Events in one language, earliest first. */
export const eventsIn = collection.entriesIn
export const eventTranslation = collection.translationOf

/**
 * The moment the build compares events with: BUILD_MOMENT (an ISO date, for tests and for
 * rebuilding a site as it was), else now. Read once per build (lib/perBuild.ts), so every page of a
 * build agrees.
 */
export const buildMoment = perBuild((): string =>
  new Date(process.env.BUILD_MOMENT || Date.now()).toISOString(),
)

/** An event is upcoming until it has ended. */
export const isUpcoming = (event: Event) => event.data.end > buildMoment()

/** Upcoming events, soonest first (cancelled ones included: readers must see they are off). */
export const upcomingEvents = oncePerLocale(async (locale) => (await eventsIn(locale)).filter(isUpcoming))

/** Past events by year (newest year first), each year's events newest first. */
export const pastEventsByYear = oncePerLocale(async (locale) => {
  const years = new Map<string, Event[]>()
  for (const event of [...(await eventsIn(locale))].reverse().filter((event) => !isUpcoming(event))) {
    const year = localYear(event)
    years.set(year, [...(years.get(year) ?? []), event])
  }
  return [...years].map(([year, events]) => ({ year, events }))
})

export { eventArchiveUrl, eventFilterUrl } from '../../model/urls'

export const eventUrl = (event: Event, locale: Locale) => itemUrl('events', event.data.slug, locale)
export type EventFilterKind = 'kind' | 'region'
/** The calendar feed of upcoming events: /agenda/agenda.ics and /en/events/events.ics. */
export const eventsFeedUrl = (locale: Locale) =>
  `${sectionUrl('events', locale)}${locale === 'nl' ? 'agenda' : 'events'}.ics`
/** One event's calendar file, next to its page. */
export const eventIcsUrl = (event: Event, locale: Locale) =>
  `${eventUrl(event, locale)}${event.data.slug}.ics`

/** The filters of the agenda that have upcoming events: every kind and region, in the lists' order. */
export const eventFilters = oncePerLocale(async (locale) => {
  const upcoming = await upcomingEvents(locale)
  const of = (filter: EventFilterKind, values: readonly { value: string }[]) =>
    values
      .map(({ value }) => ({
        filter,
        value,
        events: upcoming.filter(
          (event) => (filter === 'kind' ? event.data.kind : event.data.region) === value,
        ),
      }))
      .filter((group) => group.events.length > 0)
  return [...of('kind', EVENT_KINDS), ...of('region', REGIONS)]
})

/** The next few events for the home page, topic and speaker pages. */
export async function nextEvents(
  locale: Locale,
  { count = 3, topic, speaker }: { count?: number; topic?: string; speaker?: string } = {},
): Promise<Event[]> {
  return (await upcomingEvents(locale))
    .filter((event) => !event.data.cancelled)
    .filter((event) => !topic || event.data.topics?.includes(topic))
    .filter((event) => !speaker || event.data.speakers?.includes(speaker))
    .slice(0, count)
}

/** The year the event took place in, in its own time zone. */
const localYear = (event: Event) =>
  eventFormat('en', event.data.timeZone, { year: 'numeric' }).format(new Date(event.data.start))

/** When, in the event's own time zone (model/eventTimes.ts). */
export const eventWhen = (event: Event, locale: Locale) => eventWhenText(event.data, locale)

/** The short date for listings: "14 jan. 2027" / "14 Jan 2027". */
export const eventShortDate = (event: Event, locale: Locale) =>
  eventFormat(locale, event.data.timeZone, { day: 'numeric', month: 'short', year: 'numeric' }).format(
    new Date(event.data.start),
  )
