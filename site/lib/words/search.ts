/** The words of the search page and the header search form, per language (the same idea as t() in ../i18n.ts). */
import type { Locale } from '../i18n'

const strings = {
  nl: {
    search: 'Zoeken',
    searchLabel: 'Zoek op de site',
    searchButton: 'Zoeken',
    searchTitle: 'Zoeken',
    searchDescription: 'Zoek in alle berichten, het boek, de sprekers en de tips van Open Ambt.',
    searchIntro:
      'Eén zoekvak voor alles wat het netwerk publiceert: berichten, het boek, sprekers, tips, onderwerpen en pagina’s.',
    noScript:
      'Zoeken werkt in je browser en heeft daarvoor JavaScript nodig. Staat JavaScript uit, blader dan door de overzichten hierboven: daar staat alles wat we publiceren.',
    unavailable:
      'Zoeken lukt nu even niet. Blader door de overzichten hierboven, of probeer het later opnieuw.',
    browse: 'Of blader door',
    blogArchive: 'Het blogarchief, per jaar',
    allTips: 'Alle tips, per categorie',
    allSpeakers: 'Alle sprekers',
    theBook: 'Het boek, hoofdstuk voor hoofdstuk',
    allTopics: 'Alle onderwerpen',
    filterLabels: { type: 'Soort', topic: 'Onderwerp', region: 'Regio', language: 'Taal' },
    resetFilters: 'Filters wissen',
    sortLabel: 'Sorteren op',
    sortRelevance: 'Best passend',
    sortNewest: 'Nieuwste eerst',
    showMore: 'Meer resultaten tonen',
    types: {
      post: 'Blogbericht',
      chapter: 'Boekhoofdstuk',
      speaker: 'Spreker',
      tip: 'Tip',
      topic: 'Onderwerp',
      page: 'Pagina',
      event: 'Activiteit',
    },
  },
  en: {
    search: 'Search',
    searchLabel: 'Search the site',
    searchButton: 'Search',
    searchTitle: 'Search',
    searchDescription: 'Search all posts, the book, the speakers and the tips of Open Ambt.',
    searchIntro:
      'One search box for everything the network publishes: posts, the book, speakers, tips, topics and pages.',
    noScript:
      'Search runs in your browser and needs JavaScript. With JavaScript turned off, browse the overviews above: they list everything we publish.',
    unavailable: 'Search is not available right now. Browse the overviews above, or try again later.',
    browse: 'Or browse',
    blogArchive: 'The blog archive, by year',
    allTips: 'All tips, by category',
    allSpeakers: 'All speakers',
    theBook: 'The book, chapter by chapter',
    allTopics: 'All topics',
    filterLabels: { type: 'Type', topic: 'Topic', region: 'Region', language: 'Language' },
    resetFilters: 'Clear filters',
    sortLabel: 'Sort by',
    sortRelevance: 'Best match',
    sortNewest: 'Newest first',
    showMore: 'Show more results',
    types: {
      post: 'Blog post',
      chapter: 'Book chapter',
      speaker: 'Speaker',
      tip: 'Tip',
      topic: 'Topic',
      page: 'Page',
      event: 'Event',
    },
  },
} satisfies Record<Locale, Record<string, unknown>>

export const searchWords = (locale: Locale) => strings[locale]
