/** The words of the agenda and event pages per language, and the labels of event kinds and states. */
import { EVENT_KINDS, labelOf, REGISTRATION_STATES } from '../../../model/vocabularies'
import type { Locale } from '../i18n'

const strings = {
  nl: {
    agenda: 'Agenda',
    agendaIntro:
      'Open Koffie, de jaarlijkse netwerkdag en cursussen: hier zie je wat eraan komt. Zet de agenda in je eigen agenda-app en mis niets.',
    agendaDescription: 'Open Koffie, de netwerkdag en cursussen van Open Ambt: wat, waar en wanneer.',
    upcoming: 'Binnenkort',
    noUpcoming:
      'Er staan op dit moment geen activiteiten gepland. Kijk binnenkort nog eens, of bekijk het archief.',
    filterBy: 'Kies wat je zoekt',
    byKind: 'Soort',
    byRegion: 'Regio',
    allEvents: 'Alle activiteiten',
    archive: 'Archief',
    archiveYear: (year: string) => `Activiteiten in ${year}`,
    archiveDescription: (year: string) => `Wat Open Ambt in ${year} organiseerde.`,
    filtered: (label: string) => `Agenda: ${label}`,
    filteredDescription: (label: string) => `Binnenkort bij Open Ambt: ${label}.`,
    subscribe: 'Abonneer je op de agenda (iCalendar)',
    subscribeHint:
      'Voeg dit adres toe aan je agenda-app (Outlook, Google Agenda, Apple Agenda); wijzigingen en afgelastingen komen er vanzelf in.',
    addToCalendar: 'Zet in je agenda (.ics)',
    when: 'Wanneer',
    where: 'Waar',
    online: 'Online; de link krijg je na aanmelding',
    speakers: 'Sprekers',
    organisers: 'Organisatie',
    capacity: (n: number) => `${n} plaatsen`,
    registration: 'Aanmelden',
    cancelled: 'Afgelast',
    cancelledNote: 'Deze activiteit gaat niet door.',
    fullNote:
      'Deze activiteit is vol. Meld je aan voor de wachtlijst: zodra er een plek vrijkomt, krijg je een e-mail.',
    past: 'Deze activiteit is voorbij.',
    report: 'Lees het verslag',
    photos: 'Foto’s',
    slides: 'Dia’s',
    upcomingOnTopic: 'Activiteiten over dit onderwerp',
    upcomingWithSpeaker: 'Binnenkort te zien',
    nextEvents: 'Binnenkort',
  },
  en: {
    agenda: 'Events',
    agendaIntro:
      'Open Koffie, the yearly network day and courses: here is what is coming up. Add the agenda to your own calendar app and miss nothing.',
    agendaDescription: 'Open Koffie, the network day and courses of Open Ambt: what, where and when.',
    upcoming: 'Coming up',
    noUpcoming: 'Nothing is planned at the moment. Please check again soon, or browse the archive.',
    filterBy: 'Choose what you are looking for',
    byKind: 'Kind',
    byRegion: 'Region',
    allEvents: 'All events',
    archive: 'Archive',
    archiveYear: (year: string) => `Events in ${year}`,
    archiveDescription: (year: string) => `What Open Ambt organised in ${year}.`,
    filtered: (label: string) => `Events: ${label}`,
    filteredDescription: (label: string) => `Coming up at Open Ambt: ${label}.`,
    subscribe: 'Subscribe to the events (iCalendar)',
    subscribeHint:
      'Add this address to your calendar app (Outlook, Google Calendar, Apple Calendar); changes and cancellations arrive by themselves.',
    addToCalendar: 'Add to your calendar (.ics)',
    when: 'When',
    where: 'Where',
    online: 'Online; you get the link after registering',
    speakers: 'Speakers',
    organisers: 'Organised by',
    capacity: (n: number) => `${n} places`,
    registration: 'Registration',
    cancelled: 'Cancelled',
    cancelledNote: 'This event will not take place.',
    fullNote:
      'This event is fully booked. Join the waiting list: as soon as a place comes free, you get an e-mail.',
    past: 'This event is over.',
    report: 'Read the report',
    photos: 'Photos',
    slides: 'Slides',
    upcomingOnTopic: 'Events on this topic',
    upcomingWithSpeaker: 'Coming up',
    nextEvents: 'Coming up',
  },
}

export const eventWords = (locale: Locale) => strings[locale]
export const eventKindLabel = (kind: string, locale: Locale) => labelOf(EVENT_KINDS, kind, locale)
export const registrationLabel = (state: string, locale: Locale) =>
  labelOf(REGISTRATION_STATES, state, locale)
