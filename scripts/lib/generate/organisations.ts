/**
 * Government organisations the generated texts take place at: Dutch municipalities, provinces,
 * water authorities and ministries, Flemish cities and the Flemish government. Each has its name
 * (for a speaker's organisation), a form to use inside a sentence, its place and its region from
 * model/vocabularies.ts.
 */
import type { REGIONS, ValueOf } from '../../../model/vocabularies'
import type { Both } from './phrases'

export type Organisation = {
  /** As a speaker's organisation and in job titles: "Gemeente Zwolle". */
  name: Both
  /** Inside a sentence, with its article: "de gemeente Zwolle", "the municipality of Zwolle". */
  the: Both
  place: Both
  region: ValueOf<typeof REGIONS>
  /** Flemish organisations (speakers there often speak French too). */
  flemish?: boolean
}

const municipality = (place: string, region: Organisation['region']): Organisation => ({
  name: { nl: `Gemeente ${place}`, en: `Municipality of ${place}` },
  the: { nl: `de gemeente ${place}`, en: `the municipality of ${place}` },
  place: { nl: place, en: place },
  region,
})

const province = (name: string, region: Organisation['region']): Organisation => ({
  name: { nl: `Provincie ${name}`, en: `Province of ${name}` },
  the: { nl: `de provincie ${name}`, en: `the province of ${name}` },
  place: { nl: name, en: name },
  region,
})

const city = (nl: string, en: string, region: Organisation['region']): Organisation => ({
  name: { nl: `Stad ${nl}`, en: `City of ${en}` },
  the: { nl: `de stad ${nl}`, en: `the city of ${en}` },
  place: { nl, en },
  region,
  flemish: true,
})

export const ORGANISATIONS: readonly Organisation[] = [
  municipality('Zwolle', 'overijssel'),
  municipality('Deventer', 'overijssel'),
  municipality('Enschede', 'overijssel'),
  municipality('Utrecht', 'utrecht'),
  municipality('Amersfoort', 'utrecht'),
  municipality('Groningen', 'groningen'),
  municipality('Leeuwarden', 'friesland'),
  municipality('Assen', 'drenthe'),
  municipality('Almere', 'flevoland'),
  municipality('Nijmegen', 'gelderland'),
  municipality('Apeldoorn', 'gelderland'),
  municipality('Haarlem', 'noord-holland'),
  municipality('Zaanstad', 'noord-holland'),
  municipality('Leiden', 'zuid-holland'),
  municipality('Dordrecht', 'zuid-holland'),
  municipality('Middelburg', 'zeeland'),
  municipality('Eindhoven', 'noord-brabant'),
  municipality('Tilburg', 'noord-brabant'),
  municipality('Maastricht', 'limburg-nl'),
  municipality('Venlo', 'limburg-nl'),
  province('Gelderland', 'gelderland'),
  province('Overijssel', 'overijssel'),
  province('Fryslân', 'friesland'),
  province('Noord-Brabant', 'noord-brabant'),
  province('Zeeland', 'zeeland'),
  {
    name: { nl: 'Waterschap Rijn en IJssel', en: 'Rijn en IJssel Water Authority' },
    the: { nl: 'het waterschap Rijn en IJssel', en: 'the Rijn en IJssel water authority' },
    place: { nl: 'Doetinchem', en: 'Doetinchem' },
    region: 'gelderland',
  },
  {
    name: { nl: 'Waterschap Noorderzijlvest', en: 'Noorderzijlvest Water Authority' },
    the: { nl: 'het waterschap Noorderzijlvest', en: 'the Noorderzijlvest water authority' },
    place: { nl: 'Groningen', en: 'Groningen' },
    region: 'groningen',
  },
  {
    name: {
      nl: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
      en: 'Ministry of the Interior and Kingdom Relations',
    },
    the: { nl: 'het ministerie van Binnenlandse Zaken', en: 'the Ministry of the Interior' },
    place: { nl: 'Den Haag', en: 'The Hague' },
    region: 'zuid-holland',
  },
  {
    name: { nl: 'Ministerie van Infrastructuur en Waterstaat', en: 'Ministry of Infrastructure and Water' },
    the: { nl: 'het ministerie van Infrastructuur en Waterstaat', en: 'the Ministry of Infrastructure' },
    place: { nl: 'Den Haag', en: 'The Hague' },
    region: 'zuid-holland',
  },
  {
    name: { nl: 'Uitvoeringsorganisatie Toeslagen', en: 'Benefits Agency' },
    the: { nl: 'de uitvoeringsorganisatie voor toeslagen', en: 'the benefits agency' },
    place: { nl: 'Utrecht', en: 'Utrecht' },
    region: 'utrecht',
  },
  city('Gent', 'Ghent', 'oost-vlaanderen'),
  city('Antwerpen', 'Antwerp', 'antwerpen'),
  city('Mechelen', 'Mechelen', 'antwerpen'),
  city('Brugge', 'Bruges', 'west-vlaanderen'),
  city('Kortrijk', 'Kortrijk', 'west-vlaanderen'),
  city('Leuven', 'Leuven', 'vlaams-brabant'),
  city('Hasselt', 'Hasselt', 'limburg-be'),
  city('Genk', 'Genk', 'limburg-be'),
  {
    name: { nl: 'Vlaamse overheid', en: 'Flemish Government' },
    the: { nl: 'de Vlaamse overheid', en: 'the Flemish Government' },
    place: { nl: 'Brussel', en: 'Brussels' },
    region: 'brussel',
    flemish: true,
  },
  {
    name: { nl: 'Provincie Antwerpen', en: 'Province of Antwerp' },
    the: { nl: 'de provincie Antwerpen', en: 'the province of Antwerp' },
    place: { nl: 'Antwerpen', en: 'Antwerp' },
    region: 'antwerpen',
    flemish: true,
  },
]
