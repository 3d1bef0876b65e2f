/**
 * Sentences that fit a post on any theme: titles around its `{subject}`, openings, reflections,
 * endings, links to earlier posts and summaries. Dutch with English translations, written for this
 * generator. Slots: {org}, {place}, {year}, {subject}, {author}, {n}, {few}, {big}, {pct}, {weeks};
 * links also {title} and {id}.
 */
import type { Pair } from './phrases'

export const GENERIC_TITLES: readonly Pair[] = [
  [
    '{Subject} in {place}: [[wat we leerden|een terugblik|de eerste resultaten|een tussenstand]]',
    '{Subject} in {place}: [[what we learned|looking back|the first results|an interim report]]',
  ],
  ['{Few} lessen over {subject} uit {place}', '{Few} lessons about {subject} from {place}'],
  [
    'Wat we [[leerden van|hadden aan]] {subject} bij {org}',
    'What we [[learned from|got out of]] {subject} at {org}',
  ],
  [
    'Waarom we bij {org} [[kozen voor|opnieuw begonnen met]] {subject}',
    'Why {org} [[chose|started again with]] {subject}',
  ],
  [
    '{Subject} bij {org}: [[zo pakten we het aan|zo begonnen we|de valkuilen]]',
    '{Subject} at {org}: [[how we went about it|how we started|the pitfalls]]',
  ],
  ['Een jaar {subject} bij {org}', 'A year of {subject} at {org}'],
  [
    '[[Vijf misverstanden|Drie vragen|Tien vragen]] over {subject} in {place}',
    '[[Five misunderstandings|Three questions|Ten questions]] about {subject} in {place}',
  ],
]

export const GENERIC_HEADINGS: readonly Pair[] = [
  ['Wat we anders doen', 'What we do differently'],
  ['De eerste stap', 'The first step'],
  ['Wat het opleverde', 'What it brought'],
  ['Wat ik anderen zou meegeven', 'What I would tell others'],
  ['Tot slot', 'To conclude'],
  ['Waar we tegenaan liepen', 'What we ran into'],
  ['De cijfers', 'The figures'],
  ['Hoe nu verder', 'Where to go from here'],
]

export const INTROS: readonly Pair[] = [
  [
    'Toen we in {year} bij {org} begonnen met {subject}, hadden we geen idee waar we aan begonnen.',
    'When we started with {subject} at {org} in {year}, we had no idea what we were getting into.',
  ],
  [
    'Over {subject} wordt veel gepraat, maar weinig opgeschreven wat er in de praktijk gebeurt.',
    'There is a lot of talk about {subject}, but little is written down about what happens in practice.',
  ],
  [
    'Dit stuk gaat over {subject} bij {org}: wat we probeerden, wat mislukte en wat bleef.',
    'This piece is about {subject} at {org}: what we tried, what failed and what stayed.',
  ],
  [
    'Een collega vroeg me onlangs hoe wij het in {place} aanpakken. Dit is mijn antwoord, iets langer dan een mail.',
    'A colleague recently asked me how we go about it in {place}. This is my answer, a little longer than an email.',
  ],
  [
    'Het is [[een paar jaar|ruim een jaar|bijna tien jaar]] geleden dat we in {place} voor het eerst over {subject} spraken.',
    'It is [[a few years|just over a year|almost ten years]] since we first talked about {subject} in {place}.',
  ],
  [
    'Wie bij de overheid werkt, kent het: een goed idee dat strandt op gewoontes.',
    'Anyone who works in government knows it: a good idea that runs aground on habits.',
  ],
]

export const SENTENCES: readonly Pair[] = [
  [
    'Dat klinkt vanzelfsprekend, maar het dwong ons om vooraf op te schrijven wat we wilden bereiken.',
    'That sounds obvious, but it forced us to write down beforehand what we wanted to achieve.',
  ],
  [
    'Het ging [[zelden|bijna nooit]] om de techniek, en [[bijna altijd|vrijwel steeds]] om afspraken tussen mensen.',
    'It was [[rarely|almost never]] about the technology and [[almost always|nearly every time]] about agreements between people.',
  ],
  [
    'We begonnen klein, met één team en één vraag, en breidden pas uit toen dat werkte.',
    'We started small, with one team and one question, and only expanded once that worked.',
  ],
  [
    'Niet iedereen was meteen enthousiast, en dat is ook niet nodig.',
    'Not everyone was enthusiastic straight away, and that is not necessary either.',
  ],
  [
    'De grootste winst zat in dingen die we niet meer deden.',
    'The biggest gain was in the things we stopped doing.',
  ],
  [
    'Een collega hield een maand lang bij hoeveel tijd het kostte: ongeveer {n} uur per week.',
    'A colleague kept track for a month of how much time it took: about {n} hours a week.',
  ],
  [
    'Achteraf hadden we eerder moeten beginnen, en minder lang moeten vergaderen over de vorm.',
    'In hindsight we should have started earlier and spent less time discussing the format.',
  ],
  [
    'Wat hielp, was een leidinggevende die de ruimte gaf om het uit te proberen.',
    'What helped was a manager who gave us room to try it out.',
  ],
  [
    'We vroegen [[inwoners|collega’s|gebruikers]] wat ze ervan vonden, en de antwoorden waren eerlijker dan verwacht.',
    'We asked [[residents|colleagues|users]] what they thought, and the answers were more honest than expected.',
  ],
  [
    'Na een half jaar was het geen experiment meer, maar gewoon hoe we werken.',
    'After six months it was no longer an experiment but simply how we work.',
  ],
  [
    'Het kostte meer tijd dan gepland, zoals bijna alles bij de overheid.',
    'It took more time than planned, like almost everything in government.',
  ],
  [
    'Soms is de beste oplossing de eenvoudigste: een gedeeld document en een vaste afspraak.',
    'Sometimes the best solution is the simplest one: a shared document and a fixed appointment.',
  ],
  [
    'In {year} waren we met {n} mensen; inmiddels is dat aantal [[verdubbeld|verdrievoudigd|flink gegroeid]].',
    'In {year} there were {n} of us; that number has since [[doubled|tripled|grown considerably]].',
  ],
  [
    'Ongeveer {pct} procent van de collega’s zegt dat het hun werk makkelijker heeft gemaakt.',
    'About {pct} percent of colleagues say it has made their work easier.',
  ],
  [
    'Een wethouder vroeg na afloop of we het ook voor andere onderwerpen wilden doen.',
    'Afterwards an alderman asked whether we wanted to do it for other subjects too.',
  ],
  [
    'De eerste versie was niet mooi, maar hij was er wel, en daar ging het om.',
    'The first version was not pretty, but it existed, and that was what mattered.',
  ],
  [
    'We hebben geleerd om sneller te delen wat nog niet af is.',
    'We have learned to share sooner what is not finished yet.',
  ],
  [
    'Zonder de steun van [[de afdeling communicatie|onze juristen|de directie|de ondernemingsraad]] was het niet gelukt.',
    'Without the support of [[the communications department|our lawyers|the directors|the works council]] it would not have worked.',
  ],
  [
    'Dat leverde soms ongemakkelijke vragen op, en dat is precies de bedoeling.',
    'That sometimes raised uncomfortable questions, which is exactly the point.',
  ],
  [
    'We evalueren elk half jaar, met een korte vragenlijst en een gesprek.',
    'We evaluate every six months, with a short questionnaire and a conversation.',
  ],
  [
    'Regels zijn nodig, maar vertrouwen doet het meeste werk.',
    'Rules are necessary, but trust does most of the work.',
  ],
  [
    'Het mooiste compliment kwam van een inwoner die schreef dat ze eindelijk begreep hoe het zat.',
    'The nicest compliment came from a resident who wrote that she finally understood how things worked.',
  ],
  [
    'Niet alles lukte: [[een van de pilots|het eerste plan|de planning]] sneuvelde al na een paar weken.',
    'Not everything worked: [[one of the pilots|the first plan|the schedule]] fell apart after a few weeks.',
  ],
  [
    'Wie het wil overnemen, hoeft niet bij nul te beginnen; de stukken staan online.',
    'Anyone who wants to adopt it does not have to start from zero; the documents are online.',
  ],
  [
    'In de praktijk blijkt de overheid vaak opener dan ze zelf denkt.',
    'In practice, government often turns out to be more open than it thinks.',
  ],
  [
    'Het verschil zit in kleine dingen: een naam onder een bericht, een datum bij een besluit.',
    'The difference is in small things: a name under a message, a date on a decision.',
  ],
  [
    'De vraag die we onszelf steeds stelden: wat heeft de inwoner hieraan?',
    'The question we kept asking ourselves: what does the resident gain from this?',
  ],
  [
    'Een [[jurist|collega van financiën|teamleider]] die eerst sceptisch was, werd een van de grootste voorstanders.',
    'A [[lawyer|colleague from finance|team leader]] who was sceptical at first became one of its strongest supporters.',
  ],
  [
    'We hadden geen extra budget, alleen de ruimte om het anders te doen.',
    'We had no extra budget, only the room to do things differently.',
  ],
  [
    'Wat op papier logisch leek, bleek in de praktijk te ingewikkeld.',
    'What looked logical on paper turned out to be too complicated in practice.',
  ],
  [
    'De eerste [[weken|maanden]] kostte het vooral tijd; daarna begon het tijd op te leveren.',
    'In the first [[weeks|months]] it mainly cost time; after that it started to save time.',
  ],
  [
    'Het hielp om elke stap klein genoeg te maken om hem binnen een week af te ronden.',
    'It helped to make every step small enough to finish within a week.',
  ],
  [
    'Collega’s uit [[andere gemeenten|Vlaanderen|het hele land]] belden om te vragen hoe we het hadden aangepakt.',
    'Colleagues from [[other municipalities|Flanders|all over the country]] called to ask how we had gone about it.',
  ],
  [
    'Wie verwacht dat alles in één keer goed gaat, wordt teleurgesteld.',
    'Anyone who expects everything to go right at once will be disappointed.',
  ],
  [
    'We leggen nu bij elk besluit vast wie het nam en waarom.',
    'We now record for every decision who made it and why.',
  ],
  [
    'De reacties waren [[overwegend positief|gemengd|verrassend kritisch]], en we hebben ze allemaal gelezen.',
    'The reactions were [[mostly positive|mixed|surprisingly critical]], and we read every one of them.',
  ],
  [
    'Het is geen wondermiddel, maar het maakt het werk een stuk zichtbaarder.',
    'It is no miracle cure, but it makes the work a lot more visible.',
  ],
  ['Een goed voorbeeld doet meer dan een nieuwe regel.', 'A good example does more than a new rule.'],
]

export const CLOSINGS: readonly Pair[] = [
  [
    'Ik ben benieuwd hoe anderen dit aanpakken. Laat het weten, dan verzamel ik de beste voorbeelden in een volgend stuk.',
    'I am curious how others go about this. Let me know, and I will collect the best examples in a future piece.',
  ],
  [
    'Het is nog lang niet af, maar we zijn op weg. Over een jaar schrijf ik hoe het verderging.',
    'It is far from finished, but we are on our way. In a year I will write about how it went.',
  ],
  [
    'Wie er meer over wil weten, is welkom bij de volgende Open Koffie.',
    'Anyone who wants to know more is welcome at the next Open Koffie.',
  ],
  [
    'Begin klein, schrijf op wat je leert, en deel het. Meer geheim is er niet.',
    'Start small, write down what you learn, and share it. There is no more secret than that.',
  ],
  [
    'Heb je vragen of een eigen ervaring? Reageer via het netwerk; ik lees alles.',
    'Do you have questions or an experience of your own? Respond through the network; I read everything.',
  ],
]

/** A sentence that links to an earlier post: `{title}` is its title, `{id}` its content id. */
export const LINKS: readonly Pair[] = [
  ['Eerder schreven we al over [{title}](post:{id}).', 'We wrote about this before in [{title}](post:{id}).'],
  [
    'Lees ook [{title}](post:{id}), over een vergelijkbaar traject.',
    'Also read [{title}](post:{id}), about a similar project.',
  ],
  [
    'Wie meer wil weten, vindt een goed begin in [{title}](post:{id}).',
    'If you want to know more, [{title}](post:{id}) is a good place to start.',
  ],
  [
    'In [{title}](post:{id}) staat hoe het een paar jaar eerder ging.',
    '[{title}](post:{id}) describes how it went a few years earlier.',
  ],
]

export const SUMMARIES: readonly Pair[] = [
  [
    '{Author} vertelt hoe {org} [[aan de slag ging met|werk maakte van]] {subject}, en wat dat opleverde.',
    '{Author} describes how {org} [[got started with|took on]] {subject}, and what it brought.',
  ],
  [
    'Wat gebeurt er als je {subject} serieus neemt? Een verslag uit {place}, met de fouten erbij.',
    'What happens when you take {subject} seriously? A report from {place}, mistakes included.',
  ],
  [
    'Lessen over {subject} uit de praktijk van {org}: wat werkte, wat niet, en wat we anders zouden doen.',
    'Lessons about {subject} from practice at {org}: what worked, what did not, and what we would do differently.',
  ],
  [
    'Wie met {subject} begint, heeft nieuwe afspraken nodig. {Author} deelt er een paar.',
    'Anyone who starts with {subject} needs new agreements. {Author} shares a few.',
  ],
  [
    'Een eerlijke terugblik op {subject} bij {org}, voor iedereen die eraan wil beginnen.',
    'An honest look back at {subject} at {org}, for anyone who wants to start.',
  ],
]

export const CODE_LEADS: readonly Pair[] = [
  [
    'Een voorbeeld van [[een bevraging|hoe dat eruitziet]]:',
    'An example of [[a query|what that looks like]]:',
  ],
  ['Zo ziet dat er in de praktijk uit:', 'This is what it looks like in practice:'],
]

export const TABLE_LEADS: readonly Pair[] = [
  ['De cijfers van de afgelopen jaren op een rij:', 'The figures for recent years at a glance:'],
]

/** Code blocks in the languages the dialect allows, the same in both languages, for posts on `themes`. */
export const CODE_BLOCKS: readonly { lang: string; code: string; themes: string[] }[] = [
  {
    lang: 'bash',
    themes: ['open-data', 'transparency'],
    code: 'curl -s "https://data.example.org/api/datasets?organisatie=gemeente&formaat=csv" -o datasets.csv\nwc -l datasets.csv',
  },
  {
    lang: 'sql',
    themes: ['open-data', 'transparency'],
    code: 'SELECT wijk, COUNT(*) AS meldingen\nFROM meldingen_openbare_ruimte\nWHERE jaar = 2024\nGROUP BY wijk\nORDER BY meldingen DESC;',
  },
  {
    lang: 'json',
    themes: ['open-data', 'transparency'],
    code: '{\n  "titel": "Bomen in beheer",\n  "licentie": "CC0-1.0",\n  "bijgewerkt": "dagelijks",\n  "velden": ["boomnummer", "soort", "plantjaar", "wijk"]\n}',
  },
  {
    lang: 'yaml',
    themes: ['open-data', 'transparency'],
    code: 'dataset: vergunningen\neigenaar: team vergunningen\nfrequentie: wekelijks\nlicentie: CC-BY-4.0',
  },
  {
    lang: 'plaintext',
    themes: ['hybrid-work', 'leadership'],
    code: 'Week 12\n- af: notitie over de open agenda\n- vast: wachten op juridisch advies\n- hulp nodig: iemand die naar de teksten kijkt',
  },
]

/** Header and row labels of the small table of figures some posts have. */
export const TABLE_HEADER: readonly Pair[] = [
  ['Jaar', 'Year'],
  ['Deelnemers', 'Participants'],
  ['Vragen', 'Questions'],
]
