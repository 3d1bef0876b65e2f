/**
 * People of the generated network: names common in the Netherlands and Flanders, job titles with
 * the themes they write and speak about, biographies and how to book a speaker. Dutch with English
 * translations, written for this generator. Slots: {name}, {first}, {aRole}, {org}, {place},
 * {year}, {subject}, {minutes}.
 */
import type { Pair } from './phrases'

export const FIRST_NAMES: readonly string[] = [
  'Ahmed',
  'Anouk',
  'Bas',
  'Bram',
  'Charlotte',
  'Daan',
  'Dirk',
  'Elif',
  'Elke',
  'Eline',
  'Emma',
  'Evi',
  'Femke',
  'Fleur',
  'Floor',
  'Gijs',
  'Griet',
  'Hamza',
  'Hanna',
  'Hanne',
  'Hugo',
  'Ilona',
  'Ilse',
  'Inge',
  'Jasper',
  'Jelle',
  'Jens',
  'Jeroen',
  'Joke',
  'Jolien',
  'Karim',
  'Kim',
  'Laura',
  'Lien',
  'Lieke',
  'Maarten',
  'Mehmet',
  'Mila',
  'Nadia',
  'Niels',
  'Nina',
  'Noor',
  'Olivier',
  'Pieter-Jan',
  'Pim',
  'Priya',
  'Rik',
  'Robin',
  'Roos',
  'Ruben',
  'Sara',
  'Sem',
  'Sofie',
  'Stijn',
  'Tessa',
  'Thijs',
  'Tine',
  'Vera',
  'Ward',
  'Wim',
  'Wout',
  'Wouter',
  'Yara',
  'Youssef',
  'Zoë',
]

export const LAST_NAMES: readonly string[] = [
  'Aerts',
  'Bakker',
  'Bos',
  'Bouzid',
  'Brink',
  'Brouwer',
  'Coppens',
  'De Clercq',
  'de Boer',
  'de Graaf',
  'de Groot',
  'de Haan',
  'de Jong',
  'de Wit',
  'Dekker',
  'Desmet',
  'El Idrissi',
  'Goossens',
  'Hendriks',
  'Hermans',
  'Hoekstra',
  'Huisman',
  'Jacobs',
  'Janssens',
  'Kok',
  'Koster',
  'Kramer',
  'Lambrechts',
  'Maes',
  'Martens',
  'Meijer',
  'Nguyen',
  'Öztürk',
  'Peters',
  'Postma',
  'Prins',
  'Schouten',
  'Sewradj',
  'Smit',
  'Smits',
  'Timmermans',
  'van den Berg',
  'van der Linden',
  'van der Meer',
  'van Dijk',
  'van Leeuwen',
  'van Wijk',
  'Van Damme',
  'Veenstra',
  'Verbeke',
  'Vermeulen',
  'Visser',
  'Vos',
  'Willems',
  'Wouters',
  'Yilmaz',
  'Zijlstra',
]

export type Role = {
  /** As a job title, capitalised: "Beleidsadviseur open data". */
  title: Pair
  /** Names from textThemes.ts this role writes and speaks about. */
  themes: string[]
}

export const ROLES: readonly Role[] = [
  { title: ['Beleidsadviseur open data', 'Open data policy adviser'], themes: ['open-data', 'transparency'] },
  {
    title: ['Communicatieadviseur sociale media', 'Social media communications adviser'],
    themes: ['social-media', 'webcare'],
  },
  { title: ['Coördinator webcare', 'Webcare coordinator'], themes: ['webcare', 'social-media'] },
  { title: ['Informatiemanager', 'Information manager'], themes: ['open-data', 'hybrid-work'] },
  { title: ['Adviseur participatie', 'Participation adviser'], themes: ['participation', 'collaboration'] },
  {
    title: ['Projectleider digitale dienstverlening', 'Digital services project manager'],
    themes: ['participation', 'hybrid-work'],
  },
  {
    title: ['Afdelingshoofd communicatie', 'Head of communications'],
    themes: ['leadership', 'social-media'],
  },
  { title: ['Teamleider klantcontact', 'Customer contact team leader'], themes: ['webcare', 'leadership'] },
  { title: ['Privacyfunctionaris', 'Data protection officer'], themes: ['open-data', 'transparency'] },
  { title: ['Data-analist', 'Data analyst'], themes: ['open-data', 'participation'] },
  { title: ['Webredacteur', 'Web editor'], themes: ['social-media', 'transparency'] },
  {
    title: ['Strategisch adviseur informatiebeleid', 'Strategic information policy adviser'],
    themes: ['transparency', 'leadership'],
  },
  {
    title: ['Programmamanager open overheid', 'Open government programme manager'],
    themes: ['transparency', 'participation'],
  },
  {
    title: ['Coördinator openbaarmaking', 'Freedom of information coordinator'],
    themes: ['transparency', 'open-data'],
  },
  {
    title: ['Adviseur organisatieontwikkeling', 'Organisational development adviser'],
    themes: ['hybrid-work', 'leadership'],
  },
  {
    title: ['Afdelingshoofd dienstverlening', 'Head of public services'],
    themes: ['leadership', 'collaboration'],
  },
  { title: ['Netwerkcoördinator', 'Network coordinator'], themes: ['collaboration', 'hybrid-work'] },
]

export const BIO_OPENINGS: readonly Pair[] = [
  ['{Name} is {aRole} bij {org}.', '{Name} is {aRole} at {org}.'],
  [
    '{Name} werkt als {aRole} bij {org} en [[houdt zich daar bezig met|is daar het aanspreekpunt voor]] {subject}.',
    '{Name} works as {aRole} at {org}, [[focusing on|and is the point of contact for]] {subject}.',
  ],
]

export const BIO_SENTENCES: readonly Pair[] = [
  [
    '{First} werkt sinds {year} bij de overheid, eerst [[aan de balie|als beleidsmedewerker|bij een ministerie|bij een waterschap]] en later in {place}.',
    '{First} has worked in government since {year}, first [[at the front desk|as a policy officer|at a ministry|at a water authority]] and later in {place}.',
  ],
  [
    'Voor Open Ambt schrijft {first} over {subject}, met voorbeelden uit de eigen praktijk.',
    'For Open Ambt, {first} writes about {subject}, with examples from daily practice.',
  ],
  [
    'Daarnaast organiseert {first} [[Open Koffie in {place}|een intervisiegroep voor vakgenoten|een leesclub over de digitale overheid]].',
    '{First} also organises [[Open Koffie in {place}|a peer review group for colleagues|a reading club on digital government]].',
  ],
  [
    '{First} houdt van heldere taal, korte overleggen en [[lange wandelingen|goede koffie|een volle agenda met lege plekken]].',
    '{First} likes clear language, short meetings and [[long walks|good coffee|a full calendar with empty slots]].',
  ],
  [
    'Wat {first} drijft, is de vraag hoe de overheid [[begrijpelijker|opener|dichter bij inwoners]] kan werken.',
    'What drives {first} is the question of how government can work [[more understandably|more openly|closer to residents]].',
  ],
  [
    'Eerder werkte {first} [[als journalist|in het onderwijs|bij een adviesbureau|bij een woningcorporatie]], en dat is in elke tekst nog te merken.',
    '{First} previously worked [[as a journalist|in education|at a consultancy|at a housing association]], and it still shows in every text.',
  ],
]

export const SPEAKER_SENTENCES: readonly Pair[] = [
  [
    'In lezingen laat {first} vooral voorbeelden zien, goede en minder goede.',
    'In talks, {first} mostly shows examples, good ones and less good ones.',
  ],
  [
    '{First} spreekt graag voor teams die net beginnen, en past elke lezing aan op de organisatie.',
    '{First} likes speaking to teams that are just starting out, and tailors every talk to the organisation.',
  ],
  [
    'Een lezing duurt meestal {minutes} minuten, met ruim tijd voor vragen.',
    'A talk usually lasts {minutes} minutes, with plenty of time for questions.',
  ],
  [
    'Na afloop deelt {first} de dia’s en een lijst met bronnen onder een open licentie.',
    'Afterwards {first} shares the slides and a list of sources under an open licence.',
  ],
]

export const HOW_TO_REQUEST: readonly Pair[] = [
  [
    'Vraag {first} aan via de coördinatoren van de sprekerspool op sprekers@openambt.example, [[het liefst vier weken|minstens een maand|zes weken]] van tevoren.',
    'Request {first} through the speakers pool coordinators at sprekers@openambt.example, [[preferably four weeks|at least a month|six weeks]] in advance.',
  ],
  [
    'Stuur een mail naar sprekers@openambt.example met de datum, de plek en het aantal deelnemers. Er zijn geen kosten aan verbonden, op de reiskosten na.',
    'Send an email to sprekers@openambt.example with the date, the venue and the number of participants. There is no fee, apart from travel costs.',
  ],
  [
    'Via sprekers@openambt.example, met een korte beschrijving van je publiek. {First} reageert [[binnen een week|meestal binnen een paar dagen]].',
    'Through sprekers@openambt.example, with a short description of your audience. {First} replies [[within a week|usually within a few days]].',
  ],
]

export const LINK_LABELS: readonly Pair[] = [
  ['Website', 'Website'],
  ['Persoonlijke website', 'Personal website'],
  ['Weeknotes', 'Weeknotes'],
]
