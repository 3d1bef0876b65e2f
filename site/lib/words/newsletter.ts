/** The words of the newsletter's edition pages, archive and feeds, per language. */
import type { Locale } from '../i18n'

const strings = {
  nl: {
    edition: (number: number) => `Nieuwsbrief ${number}`,
    editionDescription: (number: number, title: string) => `Nieuwsbrief ${number} van Open Ambt: ${title}.`,
    sentOn: 'Verstuurd op',
    tip: (number: number) => `Tip ${number}`,
    otherEditions: 'Andere nieuwsbrieven',
    previousEdition: 'Vorige nieuwsbrief',
    nextEdition: 'Volgende nieuwsbrief',
    recentEditions: 'Eerdere nieuwsbrieven',
    recentIntro: 'Lees terug wat de nieuwsbrief eerder bracht.',
    allEditions: 'Alle nieuwsbrieven',
    archive: 'Alle nieuwsbrieven',
    archiveDescription: 'Alle verstuurde nieuwsbrieven van Open Ambt, de nieuwste eerst.',
    archiveCount: (count: number) => (count === 1 ? '1 nieuwsbrief' : `${count} nieuwsbrieven`),
    noEditions: 'Er is nog geen nieuwsbrief verstuurd.',
    subscribe: 'Abonneer je op de nieuwsbrief',
    feed: 'Volg de nieuwsbrief via RSS',
    feedName: (site: string) => `${site}: nieuwsbrief`,
    feedTitle: (site: string, format: string) => `${site}: nieuwsbrief (${format})`,
  },
  en: {
    edition: (number: number) => `Newsletter ${number}`,
    editionDescription: (number: number, title: string) => `Open Ambt newsletter ${number}: ${title}.`,
    sentOn: 'Sent on',
    tip: (number: number) => `Tip ${number}`,
    otherEditions: 'Other newsletters',
    previousEdition: 'Previous newsletter',
    nextEdition: 'Next newsletter',
    recentEditions: 'Earlier newsletters',
    recentIntro: 'Read what the newsletter brought before.',
    allEditions: 'All newsletters',
    archive: 'All newsletters',
    archiveDescription: 'Every newsletter Open Ambt sent, newest first.',
    archiveCount: (count: number) => (count === 1 ? '1 newsletter' : `${count} newsletters`),
    noEditions: 'No newsletter has been sent yet.',
    subscribe: 'Subscribe to the newsletter',
    feed: 'Follow the newsletter by RSS',
    feedName: (site: string) => `${site}: newsletter`,
    feedTitle: (site: string, format: string) => `${site}: newsletter (${format})`,
  },
} satisfies Record<Locale, unknown>

export const newsletterWords = (locale: Locale) => strings[locale]
