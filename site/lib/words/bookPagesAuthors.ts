/**
 * The words of the book, plain-page, author and archive templates, per language (the same idea as
 * t() in ../i18n.ts, kept apart so those templates can grow without touching the shared list).
 */
import type { BookData } from '../../../model/schemas'
import type { Locale } from '../i18n'

type Licence = BookData['licence']

const strings = {
  nl: {
    book: 'Boek',
    chapter: (number: number) => `Hoofdstuk ${number}`,
    chapterOfBook: (number: number, title: string) => `Hoofdstuk ${number} van het boek ‘${title}’`,
    aboutTheBook: 'Over dit boek',
    tableOfContents: 'Inhoudsopgave',
    bookDetails: 'Gegevens van het boek',
    edition: 'Editie',
    authors: 'Auteurs',
    editors: 'Redactie',
    translators: 'Vertaling',
    publisher: 'Uitgever',
    published: 'Verschenen',
    isbn: 'ISBN',
    licence: 'Licentie',
    downloads: 'Downloaden',
    downloadsFollow:
      'Het boek komt binnenkort ook beschikbaar als EPUB en als PDF. Tot die tijd lees je het gratis op deze website.',
    downloadsIntro:
      'Het boek is gratis: download het, lees het op je e-reader of telefoon, print het en deel het.',
    downloadTheBook: 'Download het boek',
    formats: {
      epub: { name: 'EPUB', hint: 'voor e-readers, telefoons en tablets' },
      pdf: { name: 'PDF', hint: 'om te printen of op een groot scherm te lezen' },
    },
    languageNames: { nl: 'Nederlands', en: 'Engels' },
    pages: (count: number) => `${count} pagina's`,
    updated: 'bijgewerkt',
    inThisChapter: 'In dit hoofdstuk',
    chapterNavigation: 'Vorige en volgende hoofdstuk',
    previousChapter: 'Vorig hoofdstuk',
    nextChapter: 'Volgend hoofdstuk',
    backToBook: 'Terug naar het boek',
    fromTheBook: 'Uit het boek',
    readTheBook: 'Lees het hele boek',
    authorsTitle: 'Auteurs',
    allAuthors: 'Alle auteurs',
    authorsDescription: 'De mensen die voor Open Ambt schrijven, met hun functie en hun berichten.',
    elsewhere: 'Elders online',
    postsBy: (name: string) => `Berichten van ${name}`,
    aboutAuthor: (name: string) => `Over ${name}`,
    noPosts: 'Nog geen berichten in het Nederlands.',
    archive: 'Archief',
    archiveDescription: 'Alle berichten op het blog, per jaar.',
    postsPerYear: 'Berichten per jaar',
    postCount: (count: number) => (count === 1 ? '1 bericht' : `${count} berichten`),
    postsFrom: (year: string) => `Berichten uit ${year}`,
    postsFromDescription: (year: string, count: number) =>
      `${count === 1 ? 'Het enige bericht' : `Alle ${count} berichten`} op het blog van Open Ambt uit ${year}.`,
    yearNavigation: 'Andere jaren',
    previousYear: (year: string) => `Eerder: ${year}`,
    nextYear: (year: string) => `Later: ${year}`,
    backToArchive: 'Naar het archief',
    licences: {
      'CC-BY-4.0': 'Creative Commons Naamsvermelding 4.0 Internationaal (CC BY 4.0)',
      'CC-BY-SA-4.0': 'Creative Commons Naamsvermelding-GelijkDelen 4.0 Internationaal (CC BY-SA 4.0)',
      'CC-BY-NC-SA-4.0':
        'Creative Commons Naamsvermelding-NietCommercieel-GelijkDelen 4.0 Internationaal (CC BY-NC-SA 4.0)',
      'CC0-1.0': 'Creative Commons CC0 1.0 Universeel (publiek domein)',
    } satisfies Record<Licence, string>,
  },
  en: {
    book: 'Book',
    chapter: (number: number) => `Chapter ${number}`,
    chapterOfBook: (number: number, title: string) => `Chapter ${number} of the book ‘${title}’`,
    aboutTheBook: 'About this book',
    tableOfContents: 'Contents',
    bookDetails: 'About this edition',
    edition: 'Edition',
    authors: 'Authors',
    editors: 'Editor',
    translators: 'Translation',
    publisher: 'Publisher',
    published: 'Published',
    isbn: 'ISBN',
    licence: 'Licence',
    downloads: 'Download',
    downloadsFollow:
      'The book will soon be available as EPUB and PDF as well. Until then, you can read it free of charge on this website.',
    downloadsIntro:
      'The book is free: download it, read it on your e-reader or phone, print it and share it.',
    downloadTheBook: 'Download the book',
    formats: {
      epub: { name: 'EPUB', hint: 'for e-readers, phones and tablets' },
      pdf: { name: 'PDF', hint: 'for printing or reading on a large screen' },
    },
    languageNames: { nl: 'Dutch', en: 'English' },
    pages: (count: number) => `${count} pages`,
    updated: 'updated',
    inThisChapter: 'In this chapter',
    chapterNavigation: 'Previous and next chapter',
    previousChapter: 'Previous chapter',
    nextChapter: 'Next chapter',
    backToBook: 'Back to the book',
    fromTheBook: 'From the book',
    readTheBook: 'Read the whole book',
    authorsTitle: 'Authors',
    allAuthors: 'All authors',
    authorsDescription: 'The people who write for Open Ambt, with their job titles and their posts.',
    elsewhere: 'Elsewhere online',
    postsBy: (name: string) => `Posts by ${name}`,
    aboutAuthor: (name: string) => `About ${name}`,
    noPosts: 'No posts in English yet.',
    archive: 'Archive',
    archiveDescription: 'All posts on the blog, by year.',
    postsPerYear: 'Posts by year',
    postCount: (count: number) => (count === 1 ? '1 post' : `${count} posts`),
    postsFrom: (year: string) => `Posts from ${year}`,
    postsFromDescription: (year: string, count: number) =>
      `${count === 1 ? 'The one post' : `All ${count} posts`} on the Open Ambt blog from ${year}.`,
    yearNavigation: 'Other years',
    previousYear: (year: string) => `Earlier: ${year}`,
    nextYear: (year: string) => `Later: ${year}`,
    backToArchive: 'To the archive',
    licences: {
      'CC-BY-4.0': 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
      'CC-BY-SA-4.0': 'Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)',
      'CC-BY-NC-SA-4.0':
        'Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International (CC BY-NC-SA 4.0)',
      'CC0-1.0': 'Creative Commons CC0 1.0 Universal (public domain)',
    } satisfies Record<Licence, string>,
  },
} satisfies Record<Locale, Record<string, unknown>>

export const bookWords = (locale: Locale) => strings[locale]
