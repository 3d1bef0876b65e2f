/** getStaticPaths of the agenda's pages, per language, each with its page's cache key (pageKeys.ts). */
import { eventFilters, eventsIn, pastEventsByYear } from './events'
import type { Locale } from './i18n'
import { eventArchivePageKey, eventFilterPageKey, eventPageKey } from './pageKeys'

export async function eventPaths(locale: Locale) {
  return Promise.all(
    (await eventsIn(locale)).map(async (event) => ({
      params: { slug: event.data.slug },
      props: { event },
      cacheKey: await eventPageKey(event),
    })),
  )
}

/** /agenda/soort/<kind>/ and /agenda/regio/<region>/: only values with upcoming events. */
export async function eventFilterPaths(locale: Locale, filter: 'kind' | 'region') {
  return Promise.all(
    (await eventFilters(locale))
      .filter((group) => group.filter === filter)
      .map(async ({ value }) => ({
        params: { value },
        props: { locale, filter: { filter, value } },
        cacheKey: await eventFilterPageKey(locale, filter, value),
      })),
  )
}

export async function eventArchivePaths(locale: Locale) {
  return Promise.all(
    (await pastEventsByYear(locale)).map(async ({ year, events }) => ({
      params: { year },
      props: { locale, year, events },
      cacheKey: await eventArchivePageKey(locale, year, events),
    })),
  )
}

/** Each event's calendar file next to its page: /agenda/<slug>/<slug>.ics. */
export async function eventCalendarPaths(locale: Locale) {
  return (await eventsIn(locale)).map((event) => ({
    params: { slug: event.data.slug, file: `${event.data.slug}.ics` },
    props: { event },
  }))
}
