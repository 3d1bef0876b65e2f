import ICAL from 'ical.js'
import { describe, expect, test } from 'vitest'

import { eventCalendar, type CalendarEvent } from '../../model/eventCalendar'
import type { EventData } from '../../model/schemas'

const base: EventData = {
  title: 'Open Koffie in Gent: webcare',
  slug: 'open-koffie-webcare-in-gent',
  kind: 'open-koffie',
  summary:
    'Hoe een stadsdienst reageert op vragen, ook op zaterdagavond; met een puntkomma; en een komma, zo.',
  start: '2027-01-21T14:30:00Z',
  end: '2027-01-21T15:45:00Z',
  timeZone: 'Europe/Brussels',
  venue: 'De Krook',
  address: 'Miriam Makebaplein 1',
  city: 'Gent',
  region: 'oost-vlaanderen',
  registration: 'open',
  sequence: 0,
}
const event = (data: Partial<EventData> = {}, id = 'open-koffie-gent'): CalendarEvent => ({
  id,
  url: `https://openambt.example/agenda/${id}/`,
  data: { ...base, ...data },
})

/** The calendar as a calendar app reads it (Mozilla's ical.js, as used by Thunderbird). */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component)),
  }
}

const options = {
  locale: 'nl' as const,
  name: 'Open Ambt: agenda',
  host: 'openambt.example',
  stamp: '2026-12-03T07:00:00.000Z',
}

describe(eventCalendar, () => {
  test('gives local times in the event’s own zone, with that zone defined, at the right moment', () => {
    const summer = event(
      { start: '2027-06-10T13:30:00Z', end: '2027-06-10T14:45:00Z', timeZone: 'Europe/Amsterdam' },
      'zomer',
    )
    const { calendar, events } = parse(eventCalendar([event(), summer], options))
    expect(
      calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid')),
    ).toEqual(expect.arrayContaining(['Europe/Amsterdam', 'Europe/Brussels']))
    const [gent, zomer] = events
    expect(gent!.startDate.zone?.tzid).toBe('Europe/Brussels')
    expect(gent!.startDate.toString()).toBe('2027-01-21T15:30:00')
    expect(gent!.startDate.toJSDate().toISOString()).toBe('2027-01-21T14:30:00.000Z')
    expect(gent!.endDate.toJSDate().toISOString()).toBe('2027-01-21T15:45:00.000Z')
    // Summer time: 13:30 UTC is 15:30 in Amsterdam.
    expect(zomer!.startDate.toString()).toBe('2027-06-10T15:30:00')
    expect(zomer!.startDate.toJSDate().toISOString()).toBe('2027-06-10T13:30:00.000Z')
  })

  test('keeps the UID stable and raises SEQUENCE and STATUS for a cancelled event', () => {
    const first = parse(eventCalendar([event()], options)).events[0]!
    const cancelled = parse(eventCalendar([event({ cancelled: true, sequence: 2 })], options)).events[0]!
    expect(first.uid).toBe('open-koffie-gent@openambt.example')
    expect(cancelled.uid).toBe(first.uid)
    expect(first.sequence).toBe(0)
    expect(cancelled.sequence).toBe(2)
    expect(first.component.getFirstPropertyValue('status')).toBe('CONFIRMED')
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(cancelled.summary).toBe('Afgelast: Open Koffie in Gent: webcare')
  })

  test('carries text with commas, semicolons and newlines through unchanged, and an online event has no address', () => {
    const [gent] = parse(eventCalendar([event()], options)).events
    expect(gent!.description).toBe(`${base.summary}\n\nhttps://openambt.example/agenda/open-koffie-gent/`)
    expect(gent!.location).toBe('De Krook, Miriam Makebaplein 1, Gent')
    const [online] = parse(
      eventCalendar(
        [event({ online: true, venue: undefined, address: undefined, city: undefined, region: 'online' })],
        options,
      ),
    ).events
    expect(online!.location).toBe('Online')
  })
})
