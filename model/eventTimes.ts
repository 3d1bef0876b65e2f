/**
 * When an event is, in its own time zone, as readers there read it: "donderdag 14 januari 2027,
 * 15.30–16.45 uur" or "Thursday 14 January 2027, 15:30–16:45". The site's pages and the CMS's
 * mails both say it this way.
 */
import type { Locale } from './locales'

const formats = new Map<string, Intl.DateTimeFormat>()
export function eventFormat(
  locale: Locale,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone} ${JSON.stringify(options)}`
  if (!formats.has(key))
    formats.set(key, new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { ...options, timeZone }))
  return formats.get(key)!
}

export function eventWhenText(
  { start, end, timeZone }: { start: string; end: string; timeZone: string },
  locale: Locale,
): string {
  const from = new Date(start)
  const to = new Date(end)
  const day = eventFormat(locale, timeZone, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
  const time = eventFormat(locale, timeZone, { hour: '2-digit', minute: '2-digit', hour12: false })
  const suffix = locale === 'nl' ? ' uur' : ''
  const clock = (date: Date) => (locale === 'nl' ? time.format(date).replace(':', '.') : time.format(date))
  if (day.format(from) === day.format(to)) return `${day.format(from)}, ${clock(from)}–${clock(to)}${suffix}`
  return `${day.format(from)} ${clock(from)}${suffix} – ${day.format(to)} ${clock(to)}${suffix}`
}
