/** The agenda's calendar files as Astro endpoints return them (./eventCalendar.ts makes their text). */
import { eventCalendar } from '../../model/eventCalendar'
import { buildMoment, eventUrl, type Event } from './events'
import { splitEntryId, type Locale } from './i18n'

export function calendarResponse(
  events: readonly Event[],
  locale: Locale,
  name: string,
  site: URL,
): Response {
  const body = eventCalendar(
    events.map((event) => ({
      id: splitEntryId(event.id).id,
      url: new URL(eventUrl(event, locale), site).href,
      data: event.data,
    })),
    { locale, name, host: site.hostname, stamp: buildMoment() },
  )
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
