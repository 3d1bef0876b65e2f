/**
 * The words of the EPUB and the PDF that the site does not show, per language. The words both
 * share with the site (chapter labels, edition, licence names, roles) come from the site's
 * bookWords, so the book and its online reader say the same thing.
 */
import type { Locale } from '../../../site/lib/i18n'
import { bookWords } from '../../../site/lib/words/bookPagesAuthors'

const strings = {
  nl: {
    cover: 'Omslag',
    titlePage: 'Titelpagina',
    colophon: 'Colofon',
    landmarks: 'Oriëntatiepunten',
    start: 'Begin van het boek',
    by: 'Door',
    and: 'en',
    licenceSentence: (licence: string) => `Dit werk valt onder de licentie ${licence}.`,
    licenceDeed: 'Lees de licentie op',
    readOnline: 'Lees het boek ook online op',
    contents: 'Inhoud',
    page: 'pagina',
    accessibilitySummary:
      'Dit boek heeft een inhoudsopgave en een koppenstructuur om door te navigeren. Elke afbeelding heeft een tekstalternatief en de betekenis van figuren staat ook in het bijschrift of de lopende tekst. De tekst is in het Nederlands, zonder vaste lettergrootte of lettertype, en bevat geen geluid, video of flitsende beelden.',
  },
  en: {
    cover: 'Cover',
    titlePage: 'Title page',
    colophon: 'Colophon',
    landmarks: 'Landmarks',
    start: 'Start of the book',
    by: 'By',
    and: 'and',
    licenceSentence: (licence: string) => `This work is licensed under ${licence}.`,
    licenceDeed: 'Read the licence at',
    readOnline: 'Also read the book online at',
    contents: 'Contents',
    page: 'page',
    accessibilitySummary:
      'This book has a table of contents and a heading structure to navigate by. Every image has a text alternative, and the meaning of figures is also given in the caption or the text. The text is in English, with no fixed font size or typeface, and contains no sound, video or flashing images.',
  },
} satisfies Record<Locale, Record<string, unknown>>

export const bookOutputWords = (locale: Locale) => ({ ...bookWords(locale), ...strings[locale] })
export type BookOutputWords = ReturnType<typeof bookOutputWords>
