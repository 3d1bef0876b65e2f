/**
 * Tips per category of model/vocabularies.ts TIP_CATEGORIES: titles, explanations and steps,
 * Dutch with English translations, written for this generator. Slots: {n}, {weeks}.
 */
import type { TIP_CATEGORIES, ValueOf } from '../../../model/vocabularies'
import type { Pair } from './phrases'

export type TipCategory = ValueOf<typeof TIP_CATEGORIES>

export type TipBank = {
  /** Topic ids from content/topics that fit; only those that exist are used. */
  topics: string[]
  titles: Pair[]
  sentences: Pair[]
  steps: Pair[]
}

export const TIP_BANKS: Record<TipCategory, TipBank> = {
  'social-media': {
    topics: ['sociale-media', 'online-gedrag'],
    titles: [
      [
        'Plan je berichten [[een week|twee weken|een maand]] vooruit',
        'Plan your posts [[a week|two weeks|a month]] ahead',
      ],
      [
        'Zet een [[foto|korte video|grafiek]] bij je bericht over [[een besluit|een project|een evenement]]',
        'Add a [[photo|short video|chart]] to your post about [[a decision|a project|an event]]',
      ],
      [
        'Reageer [[binnen een werkdag|met je voornaam|in gewone taal]] op vragen onder je bericht',
        'Reply to questions under your post [[within a working day|with your first name|in plain language]]',
      ],
      [
        'Schrijf een alt-tekst bij [[elke afbeelding|elke grafiek|elke foto]] die je deelt',
        'Write alt text for [[every image|every chart|every photo]] you share',
      ],
      [
        'Kijk [[elk kwartaal|elk halfjaar|elk jaar]] welke accounts je nog nodig hebt',
        'Check [[every quarter|every six months|every year]] which accounts you still need',
      ],
      [
        'Deel [[een vakartikel|een les uit je werk|een vraag aan vakgenoten]] in plaats van een persbericht',
        'Share [[an article from your field|a lesson from your work|a question for your peers]] instead of a press release',
      ],
      [
        'Vraag [[een collega|je leidinggevende|de afdeling communicatie]] om mee te lezen voordat je [[een lastig bericht|een reactie op kritiek|een draad]] plaatst',
        'Ask [[a colleague|your manager|the communications team]] to read along before you post [[a difficult message|a reply to criticism|a thread]]',
      ],
      [
        'Gebruik [[hashtags|vermeldingen|emoji]] met mate in berichten van [[je organisatie|je team|je project]]',
        'Use [[hashtags|mentions|emoji]] sparingly in posts from [[your organisation|your team|your project]]',
      ],
    ],
    sentences: [
      [
        'Een bericht dat je in haast schrijft, lees je achteraf vaak met andere ogen.',
        'A post written in a hurry often looks different when you read it back later.',
      ],
      [
        'Lezers scrollen snel; de eerste regel bepaalt of ze blijven hangen.',
        'Readers scroll fast; the first line decides whether they stop.',
      ],
      [
        'Een account dat maanden stilligt, wekt de indruk dat niemand meer meekijkt.',
        'An account that has been silent for months gives the impression that nobody is watching any more.',
      ],
      [
        'Mensen reageren eerder op een gezicht en een naam dan op een logo.',
        'People respond sooner to a face and a name than to a logo.',
      ],
      [
        'Gebruik de statistieken van het platform om te zien wat werkt, niet om jezelf af te rekenen.',
        'Use the platform’s statistics to see what works, not to judge yourself.',
      ],
    ],
    steps: [
      ['Schrijf de kern in de eerste zin.', 'Put the point in the first sentence.'],
      ['Lees het bericht hardop voordat je het plaatst.', 'Read the post aloud before you publish it.'],
      ['Zet er een link bij naar meer informatie.', 'Add a link to more information.'],
      ['Kijk na een uur of er vragen zijn.', 'Check after an hour whether there are questions.'],
      ['Noteer wat goed werkte voor de volgende keer.', 'Note what worked well for next time.'],
    ],
  },
  writing: {
    topics: ['werken-in-het-openbaar', 'transparantie'],
    titles: [
      [
        'Begin [[je brief|je webtekst|je nieuwsbericht]] met het antwoord',
        'Start [[your letter|your web page|your news item]] with the answer',
      ],
      [
        'Schrap [[elk tweede bijvoeglijk naamwoord|de inleiding|de laatste alinea]] en lees opnieuw',
        'Cut [[every second adjective|the introduction|the last paragraph]] and read again',
      ],
      [
        'Schrijf [[tussenkoppen|korte zinnen|een samenvatting]] voor lezers die scannen',
        'Write [[subheadings|short sentences|a summary]] for readers who scan',
      ],
      [
        'Vervang [[ambtelijke woorden|afkortingen|lange zinnen]] door gewone taal',
        'Replace [[official jargon|abbreviations|long sentences]] with plain language',
      ],
      [
        'Laat [[een collega|een inwoner|iemand van buiten]] je tekst lezen voordat je hem publiceert',
        'Have [[a colleague|a resident|an outsider]] read your text before you publish it',
      ],
      [
        'Maak van [[je beleidsnota|je verslag|je adviesstuk]] een tekst van [[één pagina|twee pagina’s]]',
        'Turn [[your policy paper|your report|your advice]] into a text of [[one page|two pages]]',
      ],
      [
        'Schrijf [[de titel|de eerste zin|de samenvatting]] als laatste',
        'Write [[the title|the first sentence|the summary]] last',
      ],
      [
        'Gebruik [[opsommingen|voorbeelden|tussenkoppen]] als [[je tekst|je brief|je webpagina]] langer is dan een scherm',
        'Use [[bullet points|examples|subheadings]] when [[your text|your letter|your web page]] is longer than one screen',
      ],
    ],
    sentences: [
      [
        'De meeste lezers lezen de eerste alinea en haken daarna af.',
        'Most readers read the first paragraph and then drop off.',
      ],
      [
        'Een ambtelijke zin is zelden fout, maar vaak onnodig moeilijk.',
        'An official sentence is rarely wrong, but often needlessly difficult.',
      ],
      [
        'Schrijf zoals je het aan de balie zou uitleggen, aan iemand die haast heeft.',
        'Write the way you would explain it at the counter, to someone in a hurry.',
      ],
      [
        'Een tekst wordt beter van schrappen dan van toevoegen.',
        'A text improves more from cutting than from adding.',
      ],
      [
        'Veel inwoners hebben moeite met lange teksten van de overheid, ook hoogopgeleide.',
        'Many residents struggle with long government texts, including highly educated ones.',
      ],
    ],
    steps: [
      ['Zet het belangrijkste bovenaan.', 'Put the most important thing at the top.'],
      ['Houd zinnen onder de twintig woorden.', 'Keep sentences under twenty words.'],
      [
        'Spreek de lezer aan met je of u, en kies één vorm.',
        'Address the reader directly, and be consistent.',
      ],
      [
        'Zet wetsartikelen achter de uitleg, niet ervoor.',
        'Put legal references after the explanation, not before it.',
      ],
      ['Sluit af met wat de lezer nu moet doen.', 'End with what the reader needs to do now.'],
    ],
  },
  collaboration: {
    topics: ['samenwerken', 'nieuw-werken'],
    titles: [
      [
        'Begin elk overleg met [[het besluit dat je wilt nemen|een rondje van één zin|de vraag van de dag]]',
        'Start every meeting with [[the decision you want to make|a one-sentence round|the question of the day]]',
      ],
      [
        'Schrijf [[besluiten|afspraken|open vragen]] op waar het hele team ze kan vinden',
        'Write down [[decisions|agreements|open questions]] where the whole team can find them',
      ],
      [
        'Spreek af [[hoe snel|via welk kanaal|wanneer]] je op berichten reageert',
        'Agree [[how quickly|through which channel|when]] you reply to messages',
      ],
      [
        'Nodig [[een collega van een andere afdeling|een buurgemeente|een inwoner]] uit bij je volgende overleg',
        'Invite [[a colleague from another department|a neighbouring municipality|a resident]] to your next meeting',
      ],
      [
        'Maak van [[het werkoverleg|de maandstart|de teamdag]] een moment om samen te werken in plaats van te praten',
        'Turn [[the team meeting|the monthly kick-off|the team day]] into a time to work together instead of talk',
      ],
      [
        'Deel [[je planning|je weeknotes|je open vragen]] met [[je team|een buurafdeling|je leidinggevende]]',
        'Share [[your planning|your weeknotes|your open questions]] with [[your team|a neighbouring department|your manager]]',
      ],
      [
        'Houd [[een staand overleg|een korte check-in|een maandelijkse terugblik]] van [[vijftien|twintig|dertig]] minuten',
        'Hold [[a stand-up meeting|a short check-in|a monthly review]] of [[fifteen|twenty|thirty]] minutes',
      ],
    ],
    sentences: [
      [
        'Een overleg zonder doel eindigt meestal met een nieuw overleg.',
        'A meeting without a purpose usually ends with another meeting.',
      ],
      [
        'Wat niet is opgeschreven, bestaat over een halfjaar niet meer.',
        'What is not written down will not exist six months from now.',
      ],
      [
        'Samenwerken over afdelingen heen begint met weten wie wat doet.',
        'Working across departments starts with knowing who does what.',
      ],
      [
        'Een vaste plek voor afspraken scheelt elke week {n} vragen in de chat.',
        'A fixed place for agreements saves {n} questions in the chat every week.',
      ],
      [
        'Nieuwe collega’s hebben het meest aan een plek waar ze kunnen teruglezen waarom iets zo is.',
        'New colleagues benefit most from a place where they can read back why something is the way it is.',
      ],
    ],
    steps: [
      ['Zet het doel in de uitnodiging.', 'Put the purpose in the invitation.'],
      ['Houd het op dertig minuten.', 'Keep it to thirty minutes.'],
      ['Wijs iemand aan die de afspraken opschrijft.', 'Appoint someone to write down the agreements.'],
      ['Deel het verslag binnen een dag.', 'Share the notes within a day.'],
      ['Schrap overleggen die niets meer opleveren.', 'Cancel meetings that no longer produce anything.'],
    ],
  },
  'open-data': {
    topics: ['open-data', 'transparantie'],
    titles: [
      [
        'Publiceer [[je dataset|je register|je begroting]] als CSV, niet als pdf',
        'Publish [[your dataset|your register|your budget]] as CSV, not as PDF',
      ],
      [
        'Beschrijf [[elk veld|de bron|de licentie]] van je dataset in gewone taal',
        'Describe [[every field|the source|the licence]] of your dataset in plain language',
      ],
      [
        'Zet [[een datum|een versienummer|een contactadres]] bij elke dataset',
        'Add [[a date|a version number|a contact address]] to every dataset',
      ],
      [
        'Kies [[CC0|CC BY]] als licentie voor [[je open data|je kaarten|je tabellen]]',
        'Choose [[CC0|CC BY]] as the licence for [[your open data|your maps|your tables]]',
      ],
      [
        'Vraag [[gebruikers|journalisten|ontwikkelaars]] wat ze met je data willen doen',
        'Ask [[users|journalists|developers]] what they want to do with your data',
      ],
      [
        'Publiceer een nieuwe versie van [[je register|je dataset|je overzicht]] [[elke maand|elk kwartaal|elke week]]',
        'Publish a new version of [[your register|your dataset|your overview]] [[every month|every quarter|every week]]',
      ],
      [
        'Laat [[een collega|een student|een inwoner]] je dataset gebruiken voordat je hem [[aankondigt|publiceert|deelt]]',
        'Have [[a colleague|a student|a resident]] use your dataset before you [[announce|publish|share]] it',
      ],
    ],
    sentences: [
      [
        'Een pdf is leesbaar voor mensen, maar nauwelijks bruikbaar voor wie wil rekenen.',
        'A PDF is readable for people, but hardly usable for anyone who wants to calculate.',
      ],
      [
        'Zonder beschrijving weet een gebruiker niet wat een kolom betekent, en haakt hij af.',
        'Without a description a user does not know what a column means, and gives up.',
      ],
      [
        'Een open licentie maakt duidelijk dat hergebruik mag, zonder dat iemand het hoeft te vragen.',
        'An open licence makes clear that reuse is allowed, without anyone having to ask.',
      ],
      [
        'Data die niet wordt bijgewerkt, veroudert sneller dan je denkt.',
        'Data that is not updated ages faster than you think.',
      ],
      [
        'De meeste vragen over data komen binnen de eerste {weeks} weken na publicatie.',
        'Most questions about data come in within the first {weeks} weeks after publication.',
      ],
    ],
    steps: [
      ['Exporteer de tabel als CSV met UTF-8.', 'Export the table as CSV in UTF-8.'],
      ['Zet in de eerste regel duidelijke kolomnamen.', 'Put clear column names in the first row.'],
      ['Schrijf bij elke kolom wat erin staat.', 'Write down what each column holds.'],
      ['Vermeld hoe vaak de data wordt bijgewerkt.', 'Say how often the data is updated.'],
      ['Geef een adres voor vragen en fouten.', 'Give an address for questions and errors.'],
    ],
  },
  'privacy-security': {
    topics: ['online-gedrag'],
    titles: [
      [
        'Zet [[tweestapsverificatie|een wachtwoordmanager|een schermbeveiliging]] aan op [[je werkaccounts|je telefoon|je laptop]]',
        'Turn on [[two-step verification|a password manager|a screen lock]] on [[your work accounts|your phone|your laptop]]',
      ],
      [
        'Deel [[persoonsgegevens|een BSN|een adres]] nooit in [[een openbare reactie|een groepschat|een gewone mail]]',
        'Never share [[personal data|a citizen service number|an address]] in [[a public reply|a group chat|an ordinary email]]',
      ],
      [
        'Controleer [[de metadata|de bestandsnaam|de eigenschappen]] van een document voordat je het verstuurt',
        'Check [[the metadata|the file name|the properties]] of a document before you send it',
      ],
      [
        'Vergrendel je scherm als je [[je bureau verlaat|koffie haalt|in de trein werkt]]',
        'Lock your screen when you [[leave your desk|fetch coffee|work on the train]]',
      ],
      [
        'Meld [[een verloren telefoon|een verdachte mail|een datalek]] meteen, ook als je twijfelt',
        'Report [[a lost phone|a suspicious email|a data breach]] straight away, even if you are unsure',
      ],
      [
        'Verstuur [[een dossier|een lijst met namen|een medisch verslag]] via [[een beveiligde link|het zaaksysteem|een versleutelde mail]]',
        'Send [[a case file|a list of names|a medical report]] through [[a secure link|the case management system|encrypted email]]',
      ],
      [
        'Ruim [[je downloads|je gedeelde mappen|oude mailbijlagen]] [[elke maand|elk kwartaal|voor je vakantie]] op',
        'Clean up [[your downloads|your shared folders|old email attachments]] [[every month|every quarter|before your holiday]]',
      ],
    ],
    sentences: [
      [
        'De meeste datalekken ontstaan niet door hackers, maar door een mail naar de verkeerde ontvanger.',
        'Most data breaches are caused not by hackers but by an email to the wrong recipient.',
      ],
      [
        'Een wachtwoord dat je op meerdere plekken gebruikt, is zo sterk als de zwakste plek.',
        'A password you use in several places is only as strong as the weakest of them.',
      ],
      [
        'Een document kan meer vertellen dan de tekst: namen van auteurs, eerdere versies, opmerkingen.',
        'A document can reveal more than its text: author names, earlier versions, comments.',
      ],
      [
        'Melden is geen schuld bekennen; het geeft de organisatie tijd om schade te beperken.',
        'Reporting is not admitting guilt; it gives the organisation time to limit the damage.',
      ],
      [
        'Een datalek moet binnen 72 uur bij de toezichthouder gemeld zijn, dus elk uur telt.',
        'A data breach must be reported to the regulator within 72 hours, so every hour counts.',
      ],
    ],
    steps: [
      [
        'Kijk in de instellingen van je account onder beveiliging.',
        'Look in your account settings under security.',
      ],
      ['Kies een app als tweede stap, geen sms.', 'Choose an app as the second step, not a text message.'],
      ['Bewaar de herstelcodes op een veilige plek.', 'Keep the recovery codes in a safe place.'],
      ['Meld twijfel bij de servicedesk.', 'Report any doubt to the service desk.'],
      [
        'Herhaal dit voor elk account dat je voor je werk gebruikt.',
        'Repeat this for every account you use for work.',
      ],
    ],
  },
  participation: {
    topics: ['e-participatie', 'crowdsourcing'],
    titles: [
      [
        'Zeg vooraf wat er met [[de reacties|de ideeën|de stemmen]] gebeurt',
        'Say beforehand what happens to [[the responses|the ideas|the votes]]',
      ],
      [
        'Ga met [[een tablet|een flip-over|een plattegrond]] naar [[de markt|het schoolplein|de bibliotheek]]',
        'Take [[a tablet|a flip chart|a map]] to [[the market|the school playground|the library]]',
      ],
      [
        'Koppel [[binnen een maand|per deelnemer|in gewone taal]] terug wat je met de inbreng deed',
        'Report back [[within a month|to every participant|in plain language]] on what you did with the input',
      ],
      [
        'Laat inwoners kiezen tussen [[twee|drie]] uitgewerkte ontwerpen',
        'Let residents choose between [[two|three]] worked-out designs',
      ],
      [
        'Vraag [[jongeren|ouderen|ondernemers]] mee te denken op hun eigen plek',
        'Ask [[young people|older residents|local businesses]] to think along where they already are',
      ],
      [
        'Zet [[een stemming|een kaart|een vragenlijst]] online naast [[de inloopavond|het buurtgesprek|de informatiebijeenkomst]]',
        'Put [[a vote|a map|a questionnaire]] online alongside [[the drop-in evening|the neighbourhood meeting|the information session]]',
      ],
      [
        'Bedank [[deelnemers|meedenkers|inwoners]] met [[een verslag|een uitnodiging voor het vervolg|een persoonlijke mail]]',
        'Thank [[participants|contributors|residents]] with [[a report|an invitation to what comes next|a personal email]]',
      ],
    ],
    sentences: [
      [
        'Wie meedenkt, wil weten wat er met zijn inbreng gebeurt.',
        'People who think along want to know what happens to their input.',
      ],
      [
        'Een open vraag levert veel meningen op; een keuze levert bruikbare antwoorden op.',
        'An open question produces many opinions; a choice produces usable answers.',
      ],
      [
        'Online bereik je andere mensen dan op een avond in het stadhuis, maar niet iedereen.',
        'Online you reach different people than at an evening in the town hall, but not everyone.',
      ],
      [
        'Een kort verslag met wat je wel en niet overnam, doet meer voor het vertrouwen dan een bedankmail.',
        'A short report on what you did and did not adopt does more for trust than a thank-you email.',
      ],
      [
        'Een participatietraject duurt al snel {weeks} weken; plan de terugkoppeling daarom meteen in.',
        'A participation process easily takes {weeks} weeks; so schedule the reporting back from the start.',
      ],
    ],
    steps: [
      [
        'Beschrijf in één zin wat er nog te kiezen valt.',
        'Describe in one sentence what is still open to choice.',
      ],
      ['Kies een plek waar de mensen al zijn.', 'Choose a place where the people already are.'],
      ['Gebruik beelden in plaats van beleidstaal.', 'Use images instead of policy language.'],
      ['Noteer elke reactie, ook de kritische.', 'Record every response, including the critical ones.'],
      [
        'Publiceer het verslag op dezelfde plek als de vraag.',
        'Publish the report in the same place as the question.',
      ],
    ],
  },
  tools: {
    topics: ['nieuw-werken'],
    titles: [
      [
        'Leer [[drie|vijf]] sneltoetsen voor [[je videovergaderingen|je mailprogramma|je tekstverwerker]]',
        'Learn [[three|five]] keyboard shortcuts for [[your video meetings|your email program|your word processor]]',
      ],
      [
        'Gebruik [[een gedeelde notitie|een teamwiki|een takenbord]] in plaats van een lange mailwisseling',
        'Use [[a shared note|a team wiki|a task board]] instead of a long email thread',
      ],
      [
        'Zet [[je meldingen|je chat|je telefoon]] op stil tijdens geconcentreerd werk',
        'Silence [[your notifications|your chat|your phone]] during focused work',
      ],
      [
        'Maak [[een sjabloon|een checklist|een standaardtekst]] voor werk dat je vaak doet',
        'Make [[a template|a checklist|a standard text]] for work you do often',
      ],
      [
        'Bewaar [[je bestanden|je notities|je verslagen]] op één plek die je team ook kan vinden',
        'Keep [[your files|your notes|your minutes]] in one place your team can find too',
      ],
      [
        'Zet [[een vaste focustijd|een leesuur|een mailvrij blok]] in je agenda [[elke ochtend|twee keer per week|op vrijdag]]',
        'Put [[a fixed focus slot|a reading hour|an email-free block]] in your calendar [[every morning|twice a week|on Fridays]]',
      ],
      [
        'Gebruik [[de zoekfunctie|filters|labels]] in [[je mail|je chat|je bestanden]] in plaats van mappen',
        'Use [[search|filters|labels]] in [[your email|your chat|your files]] instead of folders',
      ],
    ],
    sentences: [
      [
        'Kleine handigheden besparen samen al snel {n} minuten per dag.',
        'Small tricks together easily save {n} minutes a day.',
      ],
      [
        'Een mailwisseling met tien mensen is de slechtste plek om een besluit te nemen.',
        'An email thread with ten people is the worst place to make a decision.',
      ],
      [
        'Meldingen onderbreken je vaker dan je denkt, en elke onderbreking kost tijd om weer op gang te komen.',
        'Notifications interrupt you more often than you think, and every interruption costs time to get going again.',
      ],
      [
        'Een sjabloon is pas goed als collega’s hem zonder uitleg kunnen gebruiken.',
        'A template is only good if colleagues can use it without explanation.',
      ],
      [
        'Het beste gereedschap is het gereedschap dat je hele team al heeft.',
        'The best tool is the one your whole team already has.',
      ],
    ],
    steps: [
      ['Kies één taak die je elke week doet.', 'Pick one task you do every week.'],
      ['Schrijf op welke stappen steeds terugkomen.', 'Write down which steps keep coming back.'],
      ['Maak er een sjabloon of snelkoppeling van.', 'Turn them into a template or shortcut.'],
      ['Deel het met je team.', 'Share it with your team.'],
      ['Kijk na een maand of je het nog gebruikt.', 'Check after a month whether you still use it.'],
    ],
  },
}

/** Endings that fit any tip. */
export const TIP_CLOSINGS: readonly Pair[] = [
  [
    'Probeer het een week, en kijk dan of je terug wilt.',
    'Try it for a week, and then see whether you want to go back.',
  ],
  [
    'Twijfel je? Vraag een collega om mee te kijken; twee paar ogen zien meer.',
    'Not sure? Ask a colleague to take a look; two pairs of eyes see more.',
  ],
  [
    'Het kost de eerste keer wat tijd, daarna gaat het vanzelf.',
    'It takes some time the first time; after that it becomes second nature.',
  ],
  [
    'Kleine stap, groot verschil voor wie het leest of gebruikt.',
    'A small step, a big difference for whoever reads or uses it.',
  ],
]

/** Added to some tip titles: whom or when the tip is for. */
export const TIP_TITLE_ENDINGS: readonly Pair[] = [
  [', ook als je weinig tijd hebt', ', even if you are short of time'],
  [', ook in een klein team', ', even in a small team'],
]

/** What comes before the steps of a tip. */
export const TIP_STEP_LEADS: readonly Pair[] = [
  ['Zo pak je het aan:', 'Here is how:'],
  ['In een paar stappen:', 'In a few steps:'],
  ['Wat je kunt doen:', 'What you can do:'],
]
