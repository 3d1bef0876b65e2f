/**
 * The agenda as iCalendar (ical-generator), for calendar apps: a feed of upcoming events per
 * language and a file per event on the site, and the file attached to a registration's mail. Times carry their time zone with its VTIMEZONE definition, so an
 * app shows 15:30 in Amsterdam wherever the reader is. The UID is the event's content id at the
 * site's host, the same in both languages and in every build, and SEQUENCE and STATUS:CANCELLED
 * make apps replace a changed event and remove a cancelled one.
 */
import { TZDate } from '@date-fns/tz'
import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'

import type { Locale } from './locales'
import type { EventData } from './schemas'

/** One event as the calendar needs it: its content id, its page's address and what a calendar shows. */
export type CalendarEvent = {
  id: string
  url: string
  data: Pick<
    EventData,
    | 'title'
    | 'summary'
    | 'start'
    | 'end'
    | 'timeZone'
    | 'venue'
    | 'address'
    | 'city'
    | 'online'
    | 'cancelled'
    | 'sequence'
  >
}

const CANCELLED = { nl: 'Afgelast', en: 'Cancelled' } as const

export function eventCalendar(
  events: readonly CalendarEvent[],
  { locale, name, host, stamp }: { locale: Locale; name: string; host: string; stamp: string },
): string {
  const calendar = ical({
    name,
    prodId: { company: host, product: 'agenda', language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: 'Europe/Amsterdam', generator: getVtimezoneComponent },
    // Calendar apps that subscribe look again after this long.
    ttl: 6 * 60 * 60,
  })
  for (const { id, url, data } of events) {
    calendar.createEvent({
      id: `${id}@${host}`,
      sequence: data.sequence,
      stamp: new Date(stamp),
      // In the event's own zone: ical-generator writes a plain Date's clock in the process's zone.
      start: new TZDate(data.start, data.timeZone),
      end: new TZDate(data.end, data.timeZone),
      timezone: data.timeZone,
      summary: data.cancelled ? `${CANCELLED[locale]}: ${data.title}` : data.title,
      description: `${data.summary}\n\n${url}`,
      location: data.online ? 'Online' : [data.venue, data.address, data.city].filter(Boolean).join(', '),
      url,
      status: data.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    })
  }
  return calendar.toString()
}
