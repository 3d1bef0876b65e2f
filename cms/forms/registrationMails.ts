/**
 * The mails about a registration, as plain text with the event attached as an .ics file: the
 * confirmation (or the place on the waiting list), moving up from the waiting list, and the
 * confirmation of a cancellation. Each carries the link that cancels the registration.
 */
import { eventCalendar, type CalendarEvent } from '../../model/eventCalendar'
import { eventWhenText } from '../../model/eventTimes'
import type { Locale } from '../../model/locales'
import { documentUrl } from '../../model/urls'
import { publicSiteOrigin } from '../lib/guards/origins'
import { oneLine } from './mailText'
import type { Event, Registration } from '../payload-types'

export type RegistrationMailKind =
  | 'confirmed'
  | 'waiting'
  | 'moved-up'
  | 'cancelled'
  /** The editors changed the time or place: the new details, and the .ics that updates calendars. */
  | 'event-changed'
  /** The editors called the event off. */
  | 'event-cancelled'
export type RegistrationMail = {
  to: string[]
  subject: string
  text: string
  attachments?: { filename: string; content: string; contentType: string }[]
}

const words = {
  nl: {
    greeting: (name: string) => `Hallo ${name},`,
    subject: {
      confirmed: (title: string) => `Je bent aangemeld: ${title}`,
      waiting: (title: string) => `Je staat op de wachtlijst: ${title}`,
      'moved-up': (title: string) => `Er is plek: je bent aangemeld voor ${title}`,
      cancelled: (title: string) => `Je bent afgemeld: ${title}`,
      'event-changed': (title: string) => `Gewijzigd: ${title}`,
      'event-cancelled': (title: string) => `Afgelast: ${title}`,
    },
    intro: {
      confirmed: 'Je bent aangemeld. Fijn dat je komt!',
      waiting:
        'De activiteit is vol, maar je staat op de wachtlijst. Meldt iemand zich af, dan schuif je vanzelf door en krijg je opnieuw een e-mail.',
      'moved-up':
        'Er heeft zich iemand afgemeld, dus je bent van de wachtlijst doorgeschoven: je bent nu aangemeld.',
      cancelled: 'Je aanmelding is geannuleerd. Jammer dat je er niet bij bent.',
      'event-changed':
        'De tijd of de plek van een activiteit waarvoor je bent aangemeld is veranderd. Dit zijn de nieuwe gegevens; de bijlage werkt je agenda bij.',
      'event-cancelled':
        'Helaas: de activiteit waarvoor je bent aangemeld gaat niet door. De bijlage haalt haar uit je agenda. Op de pagina van de activiteit lees je waarom.',
    },
    when: 'Wanneer',
    where: 'Waar',
    online: 'Online',
    link: 'Link om deel te nemen',
    page: 'Meer informatie',
    attached: 'In de bijlage staat de activiteit voor je agenda.',
    cancel: 'Kun je toch niet? Meld je hier af, dan geven we je plek aan iemand op de wachtlijst:',
    regards: 'Tot dan,\nOpen Ambt',
  },
  en: {
    greeting: (name: string) => `Hello ${name},`,
    subject: {
      confirmed: (title: string) => `You are registered: ${title}`,
      waiting: (title: string) => `You are on the waiting list: ${title}`,
      'moved-up': (title: string) => `A place came free: you are registered for ${title}`,
      cancelled: (title: string) => `Your registration is cancelled: ${title}`,
      'event-changed': (title: string) => `Changed: ${title}`,
      'event-cancelled': (title: string) => `Cancelled: ${title}`,
    },
    intro: {
      confirmed: 'You are registered. Glad you are coming!',
      waiting:
        'The event is full, but you are on the waiting list. If someone cancels, you move up by yourself and get another e-mail.',
      'moved-up': 'Someone cancelled, so you moved up from the waiting list: you are now registered.',
      cancelled: 'Your registration has been cancelled. A pity you cannot come.',
      'event-changed':
        'The time or place of an event you registered for has changed. These are the new details; the attachment updates your calendar.',
      'event-cancelled':
        'Unfortunately the event you registered for will not take place. The attachment removes it from your calendar. The event page says why.',
    },
    when: 'When',
    where: 'Where',
    online: 'Online',
    link: 'Link to take part',
    page: 'More information',
    attached: 'The event is attached for your calendar.',
    cancel: 'Cannot come after all? Cancel here, and we give your place to someone on the waiting list:',
    regards: 'See you then,\nOpen Ambt',
  },
}

export function composeRegistrationMail(
  mail: RegistrationMailKind,
  registration: Registration,
  event: Event,
  { cancelUrl, host }: { cancelUrl: string; host: string },
): RegistrationMail {
  const locale: Locale = registration.language === 'en' ? 'en' : 'nl'
  const w = words[locale]
  const title = oneLine(event.title)
  const url = `${publicSiteOrigin()}${documentUrl('events', event.slug ?? String(event.id), locale)}`
  const place = event.online ? w.online : [event.venue, event.address, event.city].filter(Boolean).join(', ')
  const confirmed =
    mail === 'confirmed' ||
    mail === 'moved-up' ||
    (mail === 'event-changed' && registration.status === 'confirmed')
  const lines = [
    w.greeting(oneLine(registration.name)),
    w.intro[mail],
    [
      `${w.when}: ${eventWhenText(event, locale)}`,
      `${w.where}: ${place}`,
      // The participants' link goes only to people who have a place.
      ...(confirmed && event.online && event.onlineUrl ? [`${w.link}: ${event.onlineUrl}`] : []),
      `${w.page}: ${url}`,
    ].join('\n'),
    ...(mail === 'cancelled' || mail === 'event-cancelled' ? [] : [w.attached]),
    ...(mail === 'cancelled' || mail === 'event-cancelled' ? [] : [`${w.cancel}\n${cancelUrl}`]),
    w.regards,
  ]
  const data: CalendarEvent['data'] = {
    title: event.title,
    summary: event.summary,
    start: new Date(event.start).toISOString(),
    end: new Date(event.end).toISOString(),
    timeZone: event.timeZone,
    venue: event.venue ?? undefined,
    address: event.address ?? undefined,
    city: event.city ?? undefined,
    online: event.online ?? undefined,
    cancelled: event.cancelled ?? undefined,
    sequence: event.sequence ?? 0,
  }
  const ics = eventCalendar([{ id: event.contentId ?? String(event.id), url, data }], {
    locale,
    name: title,
    host,
    stamp: new Date().toISOString(),
  })
  return {
    to: [registration.email],
    subject: w.subject[mail](title),
    text: `${lines.join('\n\n')}\n`,
    attachments:
      mail === 'cancelled'
        ? undefined
        : [
            {
              filename: `${event.slug ?? 'event'}.ics`,
              content: ics,
              contentType: 'text/calendar; charset=utf-8',
            },
          ],
  }
}
