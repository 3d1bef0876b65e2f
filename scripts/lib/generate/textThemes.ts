/**
 * The themes of the network, each with its own Dutch sentences and their English translations:
 * what posts, speakers' talks and bios on that theme say. Written for this generator; choices
 * (`[[a|b]]`) and slots (`{org}`) are explained in phrases.ts.
 */
import type { Pair } from './phrases'

export type Callout = { tone: 'info' | 'warning' | 'example'; title: Pair; text: Pair }
export type Talk = { title: Pair; description: Pair }

export type Theme = {
  name: string
  /** Topic ids from content/topics that fit; only those that exist are used. */
  topics: string[]
  /** What a post on this theme is about, without an article: `{subject}` in titles and summaries. */
  subjects: Pair[]
  titles: Pair[]
  headings: Pair[]
  sentences: Pair[]
  listItems: Pair[]
  callouts: Callout[]
  quotes: Pair[]
  talks: Talk[]
}

export const THEMES: readonly Theme[] = [
  {
    name: 'open-data',
    topics: ['open-data', 'transparantie'],
    subjects: [
      ['open data', 'open data'],
      ['open begroten', 'open budgeting'],
      ['datapublicatie', 'data publication'],
    ],
    titles: [
      [
        'Zo [[publiceerden|openden]] we [[het subsidieregister|de bomenkaart|de vergunningendata|de begroting]] in {place}',
        'How we [[published|opened up]] [[the grants register|the tree map|the permit data|the budget]] in {place}',
      ],
      [
        'Van pdf naar API: {few} jaar open data in {place}',
        'From PDF to API: {few} years of open data in {place}',
      ],
      [
        'Open data en privacy: [[waar|hoe]] we bij {org} de grens trokken',
        'Open data and privacy: [[where|how]] {org} drew the line',
      ],
      [
        'Waarom [[een dataset|een open begroting|een register]] in {place} begint bij de vraag van [[de lezer|de inwoner|de gebruiker]]',
        'Why [[a dataset|an open budget|a register]] in {place} starts with the question of [[the reader|the resident|the user]]',
      ],
      [
        '{Big} regels, {n} datasets: de stand van open data bij {org}',
        '{Big} rows, {n} datasets: the state of open data at {org}',
      ],
    ],
    headings: [
      ['Waar we begonnen', 'Where we started'],
      ['Welke data [[eerst|als eerste]]?', 'Which data [[first|to start with]]?'],
      ['Het privacyvraagstuk', 'The privacy question'],
      ['Wie de data gebruikt', 'Who uses the data'],
      ['Beschrijven is het halve werk', 'Describing is half the work'],
      ['Fouten die boven water kwamen', 'Errors that came to light'],
    ],
    sentences: [
      [
        'In {year} stonden er van {org} [[nog maar|pas]] {n} datasets op het dataportaal, bijna allemaal kaarten.',
        'In {year}, {org} had [[only|just]] {n} datasets on the data portal, nearly all of them maps.',
      ],
      [
        'De dataset waar de meeste vragen over kwamen, was [[het subsidieregister|de lijst met vergunningen|de begroting|het overzicht van meldingen over de openbare ruimte]].',
        'The dataset that raised the most questions was [[the grants register|the list of permits|the budget|the overview of reports about public space]].',
      ],
      [
        'Wat je drie keer per jaar met de hand opzoekt, kun je beter één keer goed publiceren.',
        'What you look up by hand three times a year is better published properly once.',
      ],
      [
        'Met onze functionaris gegevensbescherming hebben we [[weken|maanden]] gesproken over wat wel en niet openbaar kon.',
        'We spent [[weeks|months]] talking with our data protection officer about what could and could not be made public.',
      ],
      [
        'Een dataset zonder goede beschrijving wordt [[nauwelijks|bijna nooit]] gebruikt, hoe waardevol de inhoud ook is.',
        'A dataset without a good description is [[hardly|almost never]] used, however valuable its contents.',
      ],
      [
        'We beschrijven nu bij elke dataset wie de eigenaar is, hoe vaak hij wordt bijgewerkt en wat de velden betekenen.',
        'For every dataset we now describe who owns it, how often it is updated and what the fields mean.',
      ],
      [
        'Een ontwikkelaar uit {place} bouwde er binnen {weeks} weken een app mee die we zelf nooit hadden gemaakt.',
        'Within {weeks} weeks a developer from {place} had built an app with it that we would never have made ourselves.',
      ],
      [
        'Een student meldde dat de coördinaten van [[tientallen|een paar honderd]] lantaarnpalen in een weiland lagen, en ze had gelijk.',
        'A student reported that the coordinates of [[dozens of|a few hundred]] street lights were in a meadow, and she was right.',
      ],
      [
        'Het aantal downloads zegt weinig; de vragen die gebruikers stellen zeggen veel meer.',
        'The number of downloads says little; the questions users ask say much more.',
      ],
      [
        'Inmiddels staan er {big} regels in de [[grootste dataset|meest gebruikte dataset]], en die wordt elke nacht automatisch bijgewerkt.',
        'The [[largest dataset|most used dataset]] now holds {big} rows, and it is updated automatically every night.',
      ],
      [
        'Open data is geen project met een einddatum, maar een manier van werken die onderhoud vraagt.',
        'Open data is not a project with an end date but a way of working that needs maintenance.',
      ],
      [
        'De eerste versie was een CSV-bestand in een map op de website, en dat was [[goed genoeg|prima]] om mee te beginnen.',
        'The first version was a CSV file in a folder on the website, and that was [[good enough|fine]] to start with.',
      ],
      [
        'Ongeveer {pct} procent van de vragen over de data kwam van mensen buiten de overheid.',
        'About {pct} percent of the questions about the data came from people outside government.',
      ],
    ],
    listItems: [
      [
        'Begin met de data waar het vaakst om wordt gevraagd.',
        'Start with the data people ask for most often.',
      ],
      ['Betrek de privacyfunctionaris vanaf de eerste dag.', 'Involve the privacy officer from day one.'],
      ['Beschrijf elk veld in gewone taal.', 'Describe every field in plain language.'],
      [
        'Publiceer onder een open licentie, zoals CC0 of CC BY.',
        'Publish under an open licence, such as CC0 or CC BY.',
      ],
      [
        'Zet er een contactadres bij voor vragen en fouten.',
        'Add a contact address for questions and errors.',
      ],
      ['Werk de data automatisch bij, niet met de hand.', 'Update the data automatically, not by hand.'],
    ],
    callouts: [
      {
        tone: 'info',
        title: ['Begin bij de vraag', 'Start with the question'],
        text: [
          'Vraag je klantcontactcentrum welke gegevens inwoners het vaakst opvragen. Die lijst is een beter publicatieplan dan welke inventarisatie ook.',
          'Ask your contact centre which data residents request most often. That list is a better publication plan than any inventory.',
        ],
      },
      {
        tone: 'warning',
        title: ['Anonimiseren is lastiger dan het lijkt', 'Anonymising is harder than it looks'],
        text: [
          'Een naam weghalen is niet genoeg. Een postcode, een geboortejaar en een bedrag wijzen samen soms nog steeds één persoon aan. Laat iemand met verstand van privacy meekijken voordat je publiceert.',
          'Removing a name is not enough. A postcode, a year of birth and an amount together can still point to one person. Have someone who knows about privacy look at it before you publish.',
        ],
      },
    ],
    quotes: [
      [
        'Niemand vroeg om een dataportaal. Mensen vroegen om antwoorden.',
        'Nobody asked for a data portal. People asked for answers.',
      ],
      [
        'De gegevens waren er altijd al; we lieten ze alleen niet zien.',
        'The data was always there; we just did not show it.',
      ],
    ],
    talks: [
      {
        title: ['Open data zonder dataportaal', 'Open data without a data portal'],
        description: [
          'Hoe je met een map CSV-bestanden en een goede beschrijving verder komt dan met een duur platform.',
          'How a folder of CSV files and a good description get you further than an expensive platform.',
        ],
      },
      {
        title: ['Privacy en open data zijn geen tegenpolen', 'Privacy and open data are not opposites'],
        description: [
          'Over de afwegingen achter een openbaar register, met voorbeelden van wat wel en niet kon.',
          'On the trade-offs behind a public register, with examples of what could and could not be published.',
        ],
      },
    ],
  },
  {
    name: 'transparency',
    topics: ['transparantie', 'werken-in-het-openbaar'],
    subjects: [
      ['openbaarheid', 'openness'],
      ['open besturen', 'open governance'],
      ['actieve openbaarmaking', 'proactive disclosure'],
    ],
    titles: [
      [
        'Openbaar [[tenzij|zolang het kan]]: een jaar Woo bij {org}',
        'Public [[unless|as long as we can]]: a year of the Open Government Act at {org}',
      ],
      [
        'Waarom {org} [[haar agenda|de stukken voor het overleg|haar adviezen]] voortaan openbaar maakt',
        'Why {org} now publishes [[its agenda|the papers for its meetings|its advice]]',
      ],
      [
        'Transparantie in {place} begint niet bij [[de website|een nieuw portaal|een dashboard]]',
        'Transparency in {place} does not start with [[the website|a new portal|a dashboard]]',
      ],
      [
        'Wat {n} openbaar gemaakte [[adviezen|besluiten|vergaderstukken]] {org} leerden',
        'What {n} published [[pieces of advice|decisions|meeting papers]] taught {org}',
      ],
    ],
    headings: [
      ['Waarom openbaar?', 'Why in public?'],
      ['De eerste reacties', 'The first reactions'],
      ['Wat we niet openbaar maken', 'What we do not publish'],
      ['Wat het kost', 'What it costs'],
      ['Wat het oplevert', 'What it brings'],
    ],
    sentences: [
      [
        'Sinds {year} zet {org} de agenda van [[het managementoverleg|het college|de directie]] elke week online.',
        'Since {year}, {org} has put the agenda of [[the management meeting|the executive board|the directors]] online every week.',
      ],
      [
        'De eerste reactie van collega’s was [[voorzichtig|afwachtend|ronduit sceptisch]]: wie gaat dat lezen?',
        'The first reaction from colleagues was [[cautious|wait-and-see|frankly sceptical]]: who is going to read that?',
      ],
      [
        'Het antwoord bleek verrassend: vooral collega’s van andere afdelingen lazen mee.',
        'The answer turned out to be surprising: mostly colleagues from other departments read along.',
      ],
      [
        'Een stuk dat je schrijft met de gedachte dat iedereen het kan lezen, wordt korter en duidelijker.',
        'A document you write knowing that anyone can read it becomes shorter and clearer.',
      ],
      [
        'Persoonsgegevens en lopende onderhandelingen blijven uiteraard binnen; dat staat ook in de Woo.',
        'Personal data and ongoing negotiations stay internal, of course; the law says so too.',
      ],
      [
        'We kregen dat jaar {n} verzoeken minder, omdat de informatie al te vinden was.',
        'That year we received {n} fewer requests, because the information could already be found.',
      ],
      [
        'Openbaar maken kost tijd, maar achteraf zoeken kost meer.',
        'Publishing takes time, but searching afterwards takes more.',
      ],
      [
        'Een journalist uit {place} belde niet langer voor elk besluit, maar las gewoon de stukken.',
        'A journalist from {place} stopped calling about every decision and simply read the papers.',
      ],
      [
        'Het lastigste was niet de techniek, maar de gewoonte om alles eerst intern rond te sturen.',
        'The hardest part was not the technology but the habit of circulating everything internally first.',
      ],
      [
        'Elk openbaar stuk krijgt nu een korte samenvatting in gewone taal bovenaan.',
        'Every public document now has a short summary in plain language at the top.',
      ],
      [
        'Een raadslid zei na een half jaar dat ze de stukken eindelijk op tijd kon lezen.',
        'After six months a council member said she could finally read the papers in time.',
      ],
      [
        'Transparantie is geen knop die je omzet, maar een reeks kleine keuzes, elke week opnieuw.',
        'Transparency is not a switch you flip but a series of small choices, every week again.',
      ],
    ],
    listItems: [
      [
        'Publiceer op een vaste dag, zodat lezers weten wanneer ze moeten kijken.',
        'Publish on a fixed day, so readers know when to look.',
      ],
      [
        'Schrijf bij elk stuk in één zin waarom het ertoe doet.',
        'Say in one sentence why each document matters.',
      ],
      ['Leg vast wat je niet publiceert, en waarom.', 'Record what you do not publish, and why.'],
      ['Vraag lezers wat ze missen.', 'Ask readers what they miss.'],
      ['Begin klein: één overleg, één afdeling.', 'Start small: one meeting, one department.'],
    ],
    callouts: [
      {
        tone: 'info',
        title: ['Goed om te weten', 'Good to know'],
        text: [
          'De Wet open overheid vraagt overheden om informatie uit zichzelf openbaar te maken, niet alleen op verzoek. Een open agenda is een eenvoudige eerste stap.',
          'The Dutch Open Government Act asks public bodies to publish information of their own accord, not only on request. An open agenda is a simple first step.',
        ],
      },
      {
        tone: 'example',
        title: ['Zo ziet een regel eruit', 'What an entry looks like'],
        text: [
          'Dinsdag, managementoverleg: besluit over de planning van de vernieuwde website. Stuk: notitie van twee pagina’s. Besluit: akkoord, met een extra testronde met inwoners.',
          'Tuesday, management meeting: decision on the schedule for the new website. Paper: a two-page note. Decision: approved, with an extra round of testing with residents.',
        ],
      },
    ],
    quotes: [
      [
        'Als je je schaamt voor een stuk, moet je het stuk verbeteren, niet verstoppen.',
        'If you are ashamed of a document, improve it rather than hide it.',
      ],
      [
        'Openheid voelde eerst als risico. Nu voelt geslotenheid zo.',
        'Openness felt like a risk at first. Now secrecy does.',
      ],
    ],
    talks: [
      {
        title: ['De open agenda in de praktijk', 'The open agenda in practice'],
        description: [
          'Wat er gebeurt als een organisatie elke week laat zien waarover ze besluit, en wat je daarvoor moet regelen.',
          'What happens when an organisation shows every week what it is deciding on, and what you need to arrange for it.',
        ],
      },
    ],
  },
  {
    name: 'social-media',
    topics: ['sociale-media', 'online-gedrag'],
    subjects: [
      ['sociale media', 'social media'],
      ['LinkedIn', 'LinkedIn'],
      ['online zichtbaarheid', 'online visibility'],
    ],
    titles: [
      [
        'Voor {org} werken en op [[LinkedIn|Mastodon|Instagram]] zitten: [[mag dat?|zo doe je het|wat je wel en niet post]]',
        'Working for {org} and being on [[LinkedIn|Mastodon|Instagram]]: [[is that allowed?|how to do it|what to post and what not]]',
      ],
      [
        'Wie ben je [[online|op LinkedIn|op Instagram]] als je voor {org} werkt?',
        'Who are you [[online|on LinkedIn|on Instagram]] when you work for {org}?',
      ],
      [
        'Een richtlijn voor sociale media, [[samen met|gemaakt door]] de medewerkers van {org}',
        'A social media guideline [[written with|written by]] the staff of {org}',
      ],
      [
        'De grijze zone tussen privé en functie: [[ervaringen|lessen|vragen]] uit {place}',
        'The grey area between private and professional: [[experiences|lessons|questions]] from {place}',
      ],
    ],
    headings: [
      ['Mag ik dit posten?', 'May I post this?'],
      ['Privé of functie', 'Private or professional'],
      ['Wat de richtlijn zegt', 'What the guideline says'],
      ['Als het misgaat', 'When things go wrong'],
      ['Zichtbaar zijn loont', 'Being visible pays off'],
    ],
    sentences: [
      [
        'Veel collega’s bij {org} twijfelden of ze over hun werk mochten posten, en deden het daarom maar niet.',
        'Many colleagues at {org} were unsure whether they could post about their work, and so they did not.',
      ],
      [
        'Een persoonlijk account is niet hetzelfde als een privéaccount: wat je post, kan iedereen lezen.',
        'A personal account is not the same as a private one: anyone can read what you post.',
      ],
      [
        'De vuistregel die we gebruiken: post niets wat je niet ook in een volle zaal zou zeggen.',
        'The rule of thumb we use: post nothing you would not also say in a full room.',
      ],
      [
        'De richtlijn ontstond niet achter een bureau, maar in [[gesprekken|werksessies]] met {n} collega’s.',
        'The guideline was not written behind a desk but in [[conversations|workshops]] with {n} colleagues.',
      ],
      [
        'Vertel over je vak, je vragen en wat je leert; laat lopende besluiten en collega’s die niet willen meedoen erbuiten.',
        'Write about your field, your questions and what you learn; leave out pending decisions and colleagues who do not want to take part.',
      ],
      [
        'Een beleidsadviseur die uitlegt hoe een regeling tot stand komt, doet meer voor het vertrouwen dan een campagne.',
        'A policy adviser who explains how a scheme comes about does more for trust than a campaign.',
      ],
      [
        'Binnen {weeks} weken kreeg een collega via haar berichten [[drie|vier|vijf]] vragen van vakgenoten uit andere gemeenten.',
        'Within {weeks} weeks a colleague had received [[three|four|five]] questions from peers in other municipalities through her posts.',
      ],
      [
        'Gaat er iets mis, meld het dan meteen bij je leidinggevende; vrijwel alles is op te lossen als je er snel bij bent.',
        'If something goes wrong, tell your manager straight away; almost anything can be solved if you are quick.',
      ],
      [
        'Ongeveer {pct} procent van de medewerkers zegt nu wel eens iets over het werk te posten.',
        'About {pct} percent of staff now say they sometimes post about their work.',
      ],
      [
        'Sociale media zijn geen zendkanaal; de waarde zit in de gesprekken die eruit voortkomen.',
        'Social media are not a broadcast channel; the value is in the conversations that follow.',
      ],
      [
        'Een bericht met een foto van het werk zelf doet het beter dan een persbericht in een afbeelding.',
        'A post with a photo of the work itself does better than a press release in an image.',
      ],
      [
        'We houden elk jaar een middag waarop collega’s hun beste en slechtste bericht laten zien.',
        'Every year we hold an afternoon where colleagues show their best and their worst post.',
      ],
    ],
    listItems: [
      [
        'Zeg dat je bij de overheid werkt als je over je vak schrijft.',
        'Say that you work in government when you write about your field.',
      ],
      ['Deel kennis, geen vertrouwelijke stukken.', 'Share knowledge, not confidential papers.'],
      ['Reageer niet in de eerste opwelling.', 'Do not reply in the heat of the moment.'],
      [
        'Vraag toestemming voordat je collega’s op een foto zet.',
        'Ask permission before you put colleagues in a photo.',
      ],
      ['Weet bij wie je terechtkunt als het misgaat.', 'Know who to turn to if things go wrong.'],
    ],
    callouts: [
      {
        tone: 'warning',
        title: ['Persoonlijk is niet privé', 'Personal is not private'],
        text: [
          'Een zin in je profiel dat je op eigen titel spreekt, helpt weinig als je reageert op een besluit waar je zelf aan hebt gewerkt. Lezers maken dat onderscheid niet.',
          'A line in your profile saying you speak for yourself helps little when you comment on a decision you worked on yourself. Readers do not make that distinction.',
        ],
      },
      {
        tone: 'info',
        title: ['Vraag het gewoon', 'Just ask'],
        text: [
          'Twijfel je over een bericht? Leg het voor aan een collega van communicatie. Dat is geen toestemming vragen, maar een tweede paar ogen.',
          'Unsure about a post? Show it to a colleague in communications. That is not asking for permission but a second pair of eyes.',
        ],
      },
    ],
    quotes: [
      [
        'Ik dacht dat niemand mijn berichten zou lezen. Nu bellen collega’s uit het hele land.',
        'I thought nobody would read my posts. Now colleagues from all over the country call me.',
      ],
      ['Een richtlijn die niemand kent, beschermt ook niemand.', 'A guideline nobody knows protects nobody.'],
    ],
    talks: [
      {
        title: [
          'Wie ben jij online als je voor de overheid werkt?',
          'Who are you online when you work in government?',
        ],
        description: [
          'Over de ruimte tussen je persoonlijke account en je functie, met voorbeelden die goed en minder goed afliepen.',
          'On the space between your personal account and your job, with examples that ended well and less well.',
        ],
      },
      {
        title: ['Een richtlijn die mensen echt lezen', 'A guideline people actually read'],
        description: [
          'Hoe je samen met medewerkers afspraken maakt over sociale media, in plaats van voor hen.',
          'How to agree on social media rules together with staff, rather than for them.',
        ],
      },
    ],
  },
  {
    name: 'webcare',
    topics: ['webcare', 'sociale-media'],
    subjects: [
      ['webcare', 'webcare'],
      ['online klantcontact', 'online customer contact'],
      ['webcare in het weekend', 'weekend webcare'],
    ],
    titles: [
      [
        'Webcare met een [[klein|nieuw|gedeeld]] team in {place}',
        'Webcare with a [[small|new|shared]] team in {place}',
      ],
      [
        'De toon van een antwoord bij {org}: [[zo reageren we|wat we leerden|waar het misging]]',
        'The tone of a reply at {org}: [[how we respond|what we learned|where it went wrong]]',
      ],
      [
        'Een boze reactie op [[zaterdagavond|zondagochtend|tweede kerstdag|oudejaarsavond]]: [[wat deed het team in {place}?|zo reageerden we in {place}]]',
        'An angry comment on [[a Saturday night|a Sunday morning|Boxing Day|New Year’s Eve]]: [[what did the team in {place} do?|how we responded in {place}]]',
      ],
      [
        'Van {n} naar {big} vragen per [[maand|jaar]]: webcare bij {org}',
        'From {n} to {big} questions a [[month|year]]: webcare at {org}',
      ],
    ],
    headings: [
      ['Wie er aan de knoppen zit', 'Who is at the controls'],
      ['De toon', 'The tone'],
      ['Als het escaleert', 'When it escalates'],
      ['Buiten kantoortijd', 'Outside office hours'],
      ['Wat we meten', 'What we measure'],
    ],
    sentences: [
      [
        'Het webcareteam van {org} bestaat uit {few} mensen, die naast webcare ook gewoon de telefoon beantwoorden.',
        'The webcare team at {org} consists of {few} people, who also answer the phone alongside webcare.',
      ],
      [
        'De meeste vragen gaan over [[afval|parkeren|paspoorten|de gemeentelijke belastingen]], en die zijn met een link naar de juiste pagina te beantwoorden.',
        'Most questions are about [[waste collection|parking|passports|local taxes]], and a link to the right page answers them.',
      ],
      [
        'Een antwoord binnen het uur hoeft niet; een eerlijk antwoord binnen een werkdag wel.',
        'A reply within the hour is not necessary; an honest reply within a working day is.',
      ],
      [
        'We schrijven zoals we praten, met een naam onder elk bericht.',
        'We write the way we talk, with a name under every message.',
      ],
      [
        'Een boze inwoner wordt vaak rustiger zodra hij merkt dat er een mens reageert.',
        'An angry resident often calms down as soon as he notices that a person is replying.',
      ],
      [
        'Verbergen we een reactie, dan leggen we vast waarom, met een schermafbeelding erbij.',
        'When we hide a comment, we record why, with a screenshot.',
      ],
      [
        'Persoonsgegevens horen niet in een openbare reactie; daarvoor sturen we de vraagsteller een privébericht.',
        'Personal data does not belong in a public reply; for that we send the person a private message.',
      ],
      [
        'In het weekend kijkt er [[één collega|een vaste piketdienst|niemand]] mee, en dat zetten we ook in ons profiel.',
        'At weekends [[one colleague keeps an eye on things|a fixed on-call rota keeps watch|nobody is watching]], and we say so in our profile too.',
      ],
      [
        'Het aantal online vragen is sinds {year} ruim verdrievoudigd, terwijl het team even groot bleef.',
        'The number of online questions has more than tripled since {year}, while the team stayed the same size.',
      ],
      [
        'We meten niet hoe snel we reageren, maar hoe vaak een vraag in één keer is opgelost.',
        'We do not measure how fast we reply, but how often a question is solved in one go.',
      ],
      [
        'Na een storm kwamen er op één avond {big} meldingen binnen over omgevallen bomen.',
        'After a storm, {big} reports about fallen trees came in on a single evening.',
      ],
      [
        'Goede webcare begint bij goede informatie op de website; anders beantwoord je steeds dezelfde vraag.',
        'Good webcare starts with good information on the website; otherwise you keep answering the same question.',
      ],
    ],
    listItems: [
      ['Onderteken elk bericht met je voornaam.', 'Sign every message with your first name.'],
      [
        'Vraag nooit om een BSN in een openbare reactie.',
        'Never ask for a citizen service number in a public reply.',
      ],
      ['Zet je openingstijden in je profiel.', 'Put your opening hours in your profile.'],
      ['Spreek af wie beslist over verbergen of blokkeren.', 'Agree who decides on hiding or blocking.'],
      ['Houd een lijst bij van terugkerende vragen.', 'Keep a list of recurring questions.'],
    ],
    callouts: [
      {
        tone: 'warning',
        title: ['Niet verwijderen, wel vastleggen', 'Do not delete, but do record'],
        text: [
          'Een reactie die je verbergt, blijft zichtbaar voor de schrijver. Leg daarom vast wat er stond en waarom je ingreep, voor het geval iemand er later naar vraagt.',
          'A comment you hide remains visible to its author. So record what it said and why you intervened, in case someone asks about it later.',
        ],
      },
      {
        tone: 'example',
        title: ['Een antwoord in gewone taal', 'A reply in plain language'],
        text: [
          'Vervelend dat je container niet is geleegd. De wagen had pech in jullie straat; morgen voor twaalf uur komen we alsnog langs. Groet, Anouk.',
          'Sorry your bin was not emptied. The truck broke down in your street; we will come by before noon tomorrow. Regards, Anouk.',
        ],
      },
    ],
    quotes: [
      [
        'Het antwoord was niet eens zo belangrijk. Dat we antwoordden wel.',
        'The answer was not even that important. That we answered was.',
      ],
      [
        'Je kunt niet elke ruzie online winnen, en dat hoeft ook niet.',
        'You cannot win every argument online, and you do not need to.',
      ],
    ],
    talks: [
      {
        title: ['Webcare met een klein team', 'Webcare with a small team'],
        description: [
          'Keuzes die een team van drie mensen moet maken: kanalen, openingstijden, toon en wat je bewust laat liggen.',
          'The choices a team of three has to make: channels, opening hours, tone and what you deliberately leave alone.',
        ],
      },
      {
        title: ['De boze reactie', 'The angry comment'],
        description: [
          'Wat je doet als een gesprek online uit de hand loopt, van de eerste reactie tot het moment dat je het gesprek offline voortzet.',
          'What to do when an online conversation gets out of hand, from the first reply to the moment you take it offline.',
        ],
      },
    ],
  },
  {
    name: 'participation',
    topics: ['e-participatie', 'crowdsourcing'],
    subjects: [
      ['online participatie', 'online participation'],
      ['internetconsultatie', 'online consultation'],
      ['meedenken met inwoners', 'involving residents'],
    ],
    titles: [
      [
        'Online meedenken over [[een plein|het parkbeheer|de fietsroutes|een nieuwe wijk]] in {place}',
        'Thinking along online about [[a square|park management|the cycle routes|a new neighbourhood]] in {place}',
      ],
      [
        'Wat {big} reacties ons leerden over [[participatie|een consultatie|meedenken]]',
        'What {big} responses taught us about [[participation|a consultation|involvement]]',
      ],
      [
        'Participatie of formaliteit? [[Een terugblik op|Lessen uit]] [[het pleinontwerp|de wijkvisie|het parkplan|de fietsroute]] in {place}',
        'Participation or formality? [[Looking back on|Lessons from]] [[the square design|the neighbourhood vision|the park plan|the cycle route]] in {place}',
      ],
      [
        'Inwoners schrijven mee aan [[een beleidsnota|een visie|het programma]] van {org}',
        'Residents help write [[a policy paper|a vision|the programme]] of {org}',
      ],
    ],
    headings: [
      ['De vraag die we stelden', 'The question we asked'],
      ['Wie er meedeed', 'Who took part'],
      ['Wat we met de reacties deden', 'What we did with the responses'],
      ['Terugkoppelen', 'Reporting back'],
      ['Wat we anders zouden doen', 'What we would do differently'],
    ],
    sentences: [
      [
        'Bij {org} vroegen we inwoners niet om een mening, maar om een keuze tussen [[twee|drie]] uitgewerkte ontwerpen.',
        'At {org} we did not ask residents for an opinion but for a choice between [[two|three]] worked-out designs.',
      ],
      [
        'In {weeks} weken kwamen er {big} reacties binnen, veel meer dan op de inloopavond van vroeger.',
        'In {weeks} weeks {big} responses came in, far more than at the drop-in evenings we used to hold.',
      ],
      [
        'De deelnemers waren jonger dan bij een bijeenkomst in het stadhuis, maar nog steeds niet representatief.',
        'The participants were younger than at a meeting in the town hall, but still not representative.',
      ],
      [
        'Daarom gingen we ook met een tablet de straat op, naar de markt en het schoolplein.',
        'So we also went out with a tablet, to the market and the school playground.',
      ],
      [
        'Participatie is pas echt als vooraf duidelijk is wat er nog te kiezen valt.',
        'Participation is only real when it is clear beforehand what is still open to choice.',
      ],
      [
        'Elke reactie kreeg een label, en twee collega’s lazen alles onafhankelijk van elkaar.',
        'Every response got a label, and two colleagues read everything independently of each other.',
      ],
      [
        'Ongeveer {pct} procent van de deelnemers liet een e-mailadres achter om op de hoogte te blijven.',
        'About {pct} percent of the participants left an email address to stay informed.',
      ],
      [
        'Het verslag zetten we binnen een maand online, met bij elk punt wat we ermee deden en waarom.',
        'We put the report online within a month, saying for each point what we did with it and why.',
      ],
      [
        'Een inwoner schreef terug dat hij zijn idee niet had teruggezien, maar wel snapte waarom.',
        'One resident wrote back that he had not seen his idea return, but did understand why.',
      ],
      [
        'Het ontwerp dat uiteindelijk werd gekozen, is een combinatie van de [[twee|drie]] varianten.',
        'The design that was finally chosen combines the [[two|three]] variants.',
      ],
      [
        'De wethouder nam de uitkomst over, op één punt na, en legde dat punt in de raad uit.',
        'The alderman adopted the outcome, except for one point, and explained that point in the council.',
      ],
      [
        'Online meedenken vervangt het gesprek niet; het brengt mensen bij elkaar die anders nooit aan tafel zouden zitten.',
        'Thinking along online does not replace conversation; it brings together people who would never otherwise sit at the table.',
      ],
    ],
    listItems: [
      ['Zeg vooraf wat er nog te kiezen valt.', 'Say beforehand what is still open to choice.'],
      ['Gebruik beelden, geen beleidstaal.', 'Use images, not policy language.'],
      ['Ga ook naar mensen toe die niet online meedoen.', 'Also go to people who do not take part online.'],
      ['Koppel binnen een maand terug.', 'Report back within a month.'],
      ['Leg uit wat je niet overneemt, en waarom.', 'Explain what you do not adopt, and why.'],
    ],
    callouts: [
      {
        tone: 'info',
        title: ['De ladder', 'The ladder'],
        text: [
          'Meedenken, meebeslissen en meedoen zijn verschillende treden. Zeg aan het begin op welke trede je staat; dan weet iedereen wat er met een reactie gebeurt.',
          'Thinking along, deciding together and taking part are different rungs. Say at the start which rung you are on, so everyone knows what happens to a response.',
        ],
      },
      {
        tone: 'warning',
        title: ['Geen schijnparticipatie', 'No token participation'],
        text: [
          'Ligt het besluit eigenlijk al vast? Vraag dan niet om ideeën, maar leg het besluit uit. Niets ondermijnt vertrouwen zo snel als een vraag waarvan het antwoord al bekend is.',
          'Is the decision actually already made? Then do not ask for ideas but explain the decision. Nothing undermines trust faster than a question whose answer is already known.',
        ],
      },
    ],
    quotes: [
      [
        'Ik heb niet mijn zin gekregen, maar ik weet wel waarom. Dat is ook wat waard.',
        'I did not get my way, but I do know why. That is worth something too.',
      ],
      [
        'De beste ideeën kwamen van mensen die nog nooit een inspraakavond hadden bezocht.',
        'The best ideas came from people who had never attended a public meeting.',
      ],
    ],
    talks: [
      {
        title: ['Participatie die ergens over gaat', 'Participation that means something'],
        description: [
          'Hoe je inwoners laat meedenken over een echte keuze, en hoe je terugkoppelt wat er met hun inbreng gebeurde.',
          'How to involve residents in a real choice, and how to report back on what happened to their input.',
        ],
      },
      {
        title: ['Crowdsourcing voor beleid', 'Crowdsourcing for policy'],
        description: [
          'Een beleidsnota schrijven met honderden meelezers: de opzet, de valkuilen en wat het opleverde.',
          'Writing a policy paper with hundreds of readers: the set-up, the pitfalls and what it produced.',
        ],
      },
    ],
  },
  {
    name: 'hybrid-work',
    topics: ['nieuw-werken', 'samenwerken'],
    subjects: [
      ['hybride werken', 'hybrid working'],
      ['werken op afstand', 'remote working'],
      ['weeknotes', 'weeknotes'],
    ],
    titles: [
      [
        '{Few} jaar hybride werken bij {org}: wat we [[hebben afgeleerd|anders doen|nooit meer willen]]',
        '{Few} years of hybrid working at {org}: what we [[unlearned|do differently|never want again]]',
      ],
      [
        'Minder vergaderen, meer opschrijven: [[een teamwiki|weeknotes|een open logboek]] bij {org}',
        'Fewer meetings, more writing: [[a team wiki|weeknotes|an open logbook]] at {org}',
      ],
      [
        'De teamdag als [[anker|vast punt]] in een hybride week bij {org}',
        'The team day as [[an anchor|a fixed point]] in a hybrid week at {org}',
      ],
      [
        'Nieuwe collega’s op afstand inwerken: [[zo doen we het in|een checklist uit|wat werkte in]] {place}',
        'Onboarding new colleagues remotely: [[how we do it in|a checklist from|what worked in]] {place}',
      ],
    ],
    headings: [
      ['Te veel overleg', 'Too many meetings'],
      ['Kennis die niet op een schijf staat', 'Knowledge that is not on a drive'],
      ['De teamdag', 'The team day'],
      ['Nieuwe collega’s', 'New colleagues'],
      ['Wat nog niet werkt', 'What does not work yet'],
    ],
    sentences: [
      [
        'Ons team van {n} mensen werkt gemiddeld twee dagen per week op kantoor en de rest thuis of onderweg.',
        'Our team of {n} people works on average two days a week at the office and the rest at home or on the move.',
      ],
      [
        'In de eerste maanden zetten we elk overleg één op één om naar een videogesprek, en dat was een vergissing.',
        'In the first months we turned every meeting into a video call one for one, and that was a mistake.',
      ],
      [
        'Een update is een bericht; een besluit waarover je het oneens bent, is een gesprek.',
        'An update is a message; a decision you disagree about is a conversation.',
      ],
      [
        'Het aantal vaste overleggen ging van [[elf naar vier|negen naar drie|zeven naar twee]].',
        'The number of standing meetings went from [[eleven to four|nine to three|seven to two]].',
      ],
      [
        'We schrijven besluiten op in een teamwiki, met de reden erbij, zodat niemand ze drie keer hoeft uit te leggen.',
        'We record decisions in a team wiki, with the reason, so nobody has to explain them three times.',
      ],
      [
        'Elke vrijdag schrijft iedereen een paar regels over wat af is, wat vastzit en waar hulp nodig is.',
        'Every Friday everyone writes a few lines on what is done, what is stuck and where help is needed.',
      ],
      [
        'Zichtbaar maken wat je oplevert werkt beter dan zichtbaar zijn achter je bureau.',
        'Making visible what you deliver works better than being visible at your desk.',
      ],
      [
        'Op de teamdag doen we wat op afstand slecht gaat: samen tekenen, lastige gesprekken voeren, samen lunchen.',
        'On the team day we do what works badly at a distance: drawing together, having difficult conversations, having lunch together.',
      ],
      [
        'Nieuwe collega’s krijgen de eerste {weeks} weken een vast maatje en zijn dan vaker op kantoor.',
        'New colleagues get a fixed buddy for the first {weeks} weeks and come to the office more often then.',
      ],
      [
        'Toevallige ontmoetingen bij de koffieautomaat laten zich niet plannen, en dat missen we.',
        'Chance meetings at the coffee machine cannot be planned, and we miss them.',
      ],
      [
        'Sinds {year} houden we een maandelijkse open ochtend waarop iedereen met een vraag kan aanschuiven.',
        'Since {year} we have held a monthly open morning where anyone with a question can join.',
      ],
      [
        'De software is sinds het begin dezelfde gebleven; wat veranderde waren onze afspraken.',
        'The software has stayed the same since the start; what changed were our agreements.',
      ],
    ],
    listItems: [
      [
        'Een bericht hoeft niet binnen het uur beantwoord te worden.',
        'A message does not need an answer within the hour.',
      ],
      [
        'Camera aan bij kleine gesprekken, vrij bij grote.',
        'Camera on in small meetings, optional in large ones.',
      ],
      ['Elk besluit staat binnen twee dagen op de wiki.', 'Every decision is on the wiki within two days.'],
      ['Eén vaste teamdag per week.', 'One fixed team day a week.'],
      ['Nieuwe collega’s krijgen een maatje.', 'New colleagues get a buddy.'],
    ],
    callouts: [
      {
        tone: 'example',
        title: ['Onze werkafspraken op één A4', 'Our working agreements on one page'],
        text: [
          'Berichten binnen een werkdag beantwoorden, besluiten binnen twee dagen op de wiki, dinsdag is teamdag, en wie nieuw is werkt de eerste weken vaker op kantoor.',
          'Answer messages within a working day, decisions on the wiki within two days, Tuesday is team day, and newcomers work at the office more often in their first weeks.',
        ],
      },
      {
        tone: 'info',
        title: ['Weeknotes beginnen', 'Starting weeknotes'],
        text: [
          'Schrijf elke vrijdag vijf zinnen: wat je deed, wat je leerde, waar je vastzit. Deel ze met je team. Na een paar weken lees je terug hoeveel je eigenlijk doet.',
          'Write five sentences every Friday: what you did, what you learned, where you are stuck. Share them with your team. After a few weeks you can read back how much you actually do.',
        ],
      },
    ],
    quotes: [
      [
        'Ik hoef niet te weten of je om negen uur achter je laptop zit. Ik wil weten waar je op vastloopt.',
        'I do not need to know whether you are at your laptop at nine. I want to know where you are stuck.',
      ],
      [
        'Het kantoor is een plek om samen te werken, niet om gezien te worden.',
        'The office is a place to work together, not to be seen.',
      ],
    ],
    talks: [
      {
        title: ['Wat we afleerden van hybride werken', 'What hybrid working made us unlearn'],
        description: [
          'Minder overleg, meer opschrijven, en een teamdag die ertoe doet: lessen uit drie jaar praktijk.',
          'Fewer meetings, more writing and a team day that matters: lessons from three years of practice.',
        ],
      },
    ],
  },
  {
    name: 'leadership',
    topics: ['leiderschap', 'werken-in-het-openbaar'],
    subjects: [
      ['leidinggeven in het openbaar', 'leading in the open'],
      ['open leiderschap', 'open leadership'],
      ['werken in het openbaar', 'working in the open'],
    ],
    titles: [
      [
        'Leidinggeven in het openbaar bij {org}: [[wat het me kostte|wat het opleverde|een tussenstand]]',
        'Leading in the open at {org}: [[what it cost me|what it brought|an interim report]]',
      ],
      [
        'Wat een afdelingshoofd bij {org} leerde van {n} weeknotes',
        'What a head of department at {org} learned from {n} weeknotes',
      ],
      [
        'Twijfel hardop: [[waarom ik|hoe ik]] als [[teamleider|afdelingshoofd|directeur]] in {place} onzekerheid deel',
        'Doubt out loud: [[why I|how I]], as [[a team leader|a head of department|a director]] in {place}, share uncertainty',
      ],
      [
        'Vertrouwen geven zonder het overzicht te verliezen: [[een afdelingshoofd|een teamleider|een directeur]] bij {org} vertelt',
        'Giving trust without losing oversight: [[a head of department|a team leader|a director]] at {org} explains',
      ],
    ],
    headings: [
      ['Waarom in het openbaar?', 'Why in the open?'],
      ['Het ongemak', 'The discomfort'],
      ['Wat het team ervan vond', 'What the team thought'],
      ['Grenzen', 'Limits'],
      ['Wat ik zou aanraden', 'What I would recommend'],
    ],
    sentences: [
      [
        'Toen ik in {year} leidinggevende werd bij {org}, besloot ik elke week op te schrijven waar ik mee bezig was.',
        'When I became a manager at {org} in {year}, I decided to write down every week what I was working on.',
      ],
      [
        'Het eerste stuk publiceren voelde [[ongemakkelijk|spannend|als een sprong]]: wat als iemand het verkeerd leest?',
        'Publishing the first piece felt [[uncomfortable|nerve-racking|like a leap]]: what if someone reads it wrong?',
      ],
      [
        'Niemand las het verkeerd; een paar mensen lazen het wel heel precies.',
        'Nobody read it wrong; a few people did read it very closely.',
      ],
      [
        'Hardop twijfelen bleek geen zwakte, maar een uitnodiging aan het team om mee te denken.',
        'Doubting out loud turned out not to be a weakness but an invitation for the team to think along.',
      ],
      [
        'Over personen schrijf ik nooit, over besluiten die nog niet genomen zijn alleen in algemene termen.',
        'I never write about individuals, and about decisions not yet made only in general terms.',
      ],
      [
        'Een medewerker vertelde na een paar maanden dat ze nu beter begreep waarom sommige dingen zo lang duurden.',
        'After a few months an employee told me she now understood better why some things took so long.',
      ],
      [
        'Vertrouwen geven betekent ook accepteren dat iets anders gaat dan je zelf zou doen.',
        'Giving trust also means accepting that something goes differently from how you would do it.',
      ],
      [
        'Mijn agenda staat open voor het hele team, op een paar persoonlijke afspraken na.',
        'My calendar is open to the whole team, apart from a few personal appointments.',
      ],
      [
        'Na {n} weken schreef een collega van een andere afdeling dat ze ook was begonnen.',
        'After {n} weeks a colleague from another department wrote that she had started too.',
      ],
      [
        'Werken in het openbaar vraagt discipline: elke week schrijven, ook als er weinig te melden lijkt.',
        'Working in the open takes discipline: writing every week, even when there seems little to report.',
      ],
      [
        'Een leidinggevende die fouten toegeeft, maakt het voor anderen makkelijker om dat ook te doen.',
        'A manager who admits mistakes makes it easier for others to do the same.',
      ],
    ],
    listItems: [
      ['Schrijf op een vaste dag.', 'Write on a fixed day.'],
      ['Schrijf nooit over personen.', 'Never write about individuals.'],
      ['Deel ook wat niet lukte.', 'Share what did not work as well.'],
      ['Vraag je team wat ze willen lezen.', 'Ask your team what they want to read.'],
      ['Houd het kort: vijf alinea’s is genoeg.', 'Keep it short: five paragraphs is enough.'],
    ],
    callouts: [
      {
        tone: 'info',
        title: ['Klein beginnen', 'Start small'],
        text: [
          'Je hoeft niet meteen voor de hele wereld te schrijven. Begin met je eigen team, en kijk na een paar maanden of je de kring groter wilt maken.',
          'You do not have to write for the whole world straight away. Start with your own team, and after a few months see whether you want to widen the circle.',
        ],
      },
    ],
    quotes: [
      [
        'Je team weet toch al dat je twijfelt. Het verschil is of je het zegt.',
        'Your team already knows you have doubts. The difference is whether you say so.',
      ],
      [
        'Openheid begint bij de leiding, of ze begint niet.',
        'Openness starts with management, or it does not start at all.',
      ],
    ],
    talks: [
      {
        title: ['Leidinggeven in het openbaar', 'Leading in the open'],
        description: [
          'Wat er gebeurt als een leidinggevende elke week deelt waar hij of zij mee worstelt, en waarom dat vertrouwen oplevert.',
          'What happens when a manager shares every week what they are struggling with, and why that builds trust.',
        ],
      },
    ],
  },
  {
    name: 'collaboration',
    topics: ['samenwerken', 'crowdsourcing'],
    subjects: [
      ['samenwerken over de grens', 'working across the border'],
      ['Open Koffie', 'Open Koffie'],
      ['kennisdelen', 'knowledge sharing'],
    ],
    titles: [
      [
        'Samenwerken over de grens vanuit {place}: [[wat Vlamingen en Nederlanders van elkaar leren|lessen uit een gedeeld project]]',
        'Working across the border from {place}: [[what Flemish and Dutch civil servants learn from each other|lessons from a shared project]]',
      ],
      [
        'Open Koffie in {place}: [[{n} ambtenaren|drie tafels|een middag]] en een flip-over vol ideeën',
        'Open Koffie in {place}: [[{n} civil servants|three tables|an afternoon]] and a flip chart full of ideas',
      ],
      [
        'Wat [[gemeenten|provincies|waterschappen]] van {org} kunnen [[lenen|afkijken|overnemen]]',
        'What [[municipalities|provinces|water authorities]] can [[borrow|copy|adopt]] from {org}',
      ],
      [
        'Een netwerk dat blijft: {few} jaar samenwerken tussen [[gemeenten|provincies|waterschappen]] rond {place}',
        'A network that lasts: {few} years of collaboration between [[municipalities|provinces|water authorities]] around {place}',
      ],
    ],
    headings: [
      ['Hoe het begon', 'How it started'],
      ['Verschillen die ertoe doen', 'Differences that matter'],
      ['Wat we deelden', 'What we shared'],
      ['Het vervolg', 'What comes next'],
    ],
    sentences: [
      [
        'Het begon met een kop koffie in {place}, met {n} collega’s van [[vier|zes|acht]] organisaties.',
        'It started with a cup of coffee in {place}, with {n} colleagues from [[four|six|eight]] organisations.',
      ],
      [
        'Vlaamse en Nederlandse ambtenaren spreken dezelfde taal, maar niet altijd hetzelfde jargon.',
        'Flemish and Dutch civil servants speak the same language, but not always the same jargon.',
      ],
      [
        'Een communicatieadviseur uit {place} nam de aanpak van een buurgemeente bijna letterlijk over, en dat mocht.',
        'A communications adviser from {place} adopted a neighbouring municipality’s approach almost word for word, and that was fine.',
      ],
      [
        'Wat werkt bij de een, werkt niet vanzelf bij de ander; de regels en de cultuur verschillen.',
        'What works for one does not automatically work for another; the rules and the culture differ.',
      ],
      [
        'We delen onze sjablonen onder een open licentie, zodat niemand opnieuw hoeft te beginnen.',
        'We share our templates under an open licence, so nobody has to start from scratch.',
      ],
      [
        'Twee collega’s die elkaar nooit hadden gesproken, spraken af elkaars accounts in de zomer in de gaten te houden.',
        'Two colleagues who had never spoken to each other agreed to keep an eye on each other’s accounts over the summer.',
      ],
      [
        'Sinds {year} komt de groep [[elk kwartaal|twee keer per jaar|elke maand]] bij elkaar, steeds bij een andere organisatie.',
        'Since {year} the group has met [[every quarter|twice a year|every month]], each time at a different organisation.',
      ],
      [
        'Een netwerk blijft alleen bestaan als iemand de volgende afspraak plant.',
        'A network only survives if someone schedules the next meeting.',
      ],
      [
        'Ongeveer {pct} procent van de deelnemers kwam voor het eerst, en de helft daarvan kwam terug.',
        'About {pct} percent of the participants came for the first time, and half of them came back.',
      ],
      [
        'De beste gesprekken ontstonden niet bij de presentaties, maar in de pauze ertussen.',
        'The best conversations did not happen during the presentations but in the breaks between them.',
      ],
    ],
    listItems: [
      ['Houd het klein en informeel.', 'Keep it small and informal.'],
      ['Wissel van gastorganisatie.', 'Rotate the host organisation.'],
      ['Schrijf na afloop op wat je afsprak.', 'Write down afterwards what you agreed.'],
      ['Deel sjablonen onder een open licentie.', 'Share templates under an open licence.'],
      ['Nodig ook mensen van buiten de overheid uit.', 'Invite people from outside government too.'],
    ],
    callouts: [
      {
        tone: 'example',
        title: ['Een middag Open Koffie', 'An afternoon of Open Koffie'],
        text: [
          'Drie tafels, elk met een vraag uit de praktijk. Na twintig minuten schuift iedereen door. Aan het eind hangt er een flip-over vol plakbriefjes, en gaan er afspraken mee naar huis.',
          'Three tables, each with a question from practice. After twenty minutes everyone moves on. At the end there is a flip chart full of sticky notes, and people take agreements home.',
        ],
      },
    ],
    quotes: [
      [
        'Ik kwam voor de koffie en ging naar huis met een nieuwe collega.',
        'I came for the coffee and went home with a new colleague.',
      ],
      [
        'Over de grens kijken is de snelste manier om je eigen gewoontes te zien.',
        'Looking across the border is the fastest way to see your own habits.',
      ],
    ],
    talks: [
      {
        title: ['Samenwerken over de grens', 'Working across the border'],
        description: [
          'Wat Vlaamse en Nederlandse overheden van elkaar kunnen leren, en waar de verschillen in regels en cultuur zitten.',
          'What Flemish and Dutch public bodies can learn from each other, and where the differences in rules and culture lie.',
        ],
      },
    ],
  },
]
