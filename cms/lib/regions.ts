/** Where a speaker will travel to: Dutch provinces, Flemish provinces and Brussels, or online. */
export const REGIONS = [
  { value: 'groningen', label: 'Groningen' },
  { value: 'friesland', label: 'Fryslân' },
  { value: 'drenthe', label: 'Drenthe' },
  { value: 'overijssel', label: 'Overijssel' },
  { value: 'flevoland', label: 'Flevoland' },
  { value: 'gelderland', label: 'Gelderland' },
  { value: 'utrecht', label: 'Utrecht' },
  { value: 'noord-holland', label: 'Noord-Holland' },
  { value: 'zuid-holland', label: 'Zuid-Holland' },
  { value: 'zeeland', label: 'Zeeland' },
  { value: 'noord-brabant', label: 'Noord-Brabant' },
  { value: 'limburg-nl', label: { nl: 'Limburg (NL)', en: 'Limburg (NL)' } },
  { value: 'antwerpen', label: { nl: 'Antwerpen', en: 'Antwerp' } },
  { value: 'limburg-be', label: { nl: 'Limburg (BE)', en: 'Limburg (BE)' } },
  { value: 'oost-vlaanderen', label: { nl: 'Oost-Vlaanderen', en: 'East Flanders' } },
  { value: 'west-vlaanderen', label: { nl: 'West-Vlaanderen', en: 'West Flanders' } },
  { value: 'vlaams-brabant', label: { nl: 'Vlaams-Brabant', en: 'Flemish Brabant' } },
  { value: 'brussel', label: { nl: 'Brussel', en: 'Brussels' } },
  { value: 'online', label: { nl: 'Online', en: 'Online' } },
]

/** Languages a speaker gives talks in (ISO 639-1). */
export const SPEAKER_LANGUAGES = [
  { value: 'nl', label: { nl: 'Nederlands', en: 'Dutch' } },
  { value: 'en', label: { nl: 'Engels', en: 'English' } },
  { value: 'fr', label: { nl: 'Frans', en: 'French' } },
  { value: 'de', label: { nl: 'Duits', en: 'German' } },
  { value: 'fy', label: { nl: 'Fries', en: 'Frisian' } },
]
