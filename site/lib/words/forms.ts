/**
 * The words around the readers' forms (the forms' own labels and promises are in model/forms.ts,
 * shared with the CMS): required markers, the privacy note, and the thank-you and "not sent" pages,
 * which explain each rule the CMS applies.
 */
import { MAX_LINKS, MIN_FILL_MS, type FormField, type FormProblem } from '../../../model/forms'
import type { Locale } from '../i18n'

const strings = {
  nl: {
    intro: {
      tip: 'Weet jij een handigheid die andere ambtenaren tijd of gedoe bespaart? Stuur hem in. Een redacteur leest elke tip, maakt hem zo nodig korter en plaatst hem met jouw naam erbij als je dat wilt.',
      'speaker-request':
        'Zoek je een spreker voor een bijeenkomst, een studiedag of een teamoverleg? Vertel ons wat je zoekt; de sprekerspool zoekt een spreker die past en neemt contact met je op.',
      contact: 'Je kunt ons ook een bericht sturen met dit formulier.',
      registration:
        'Meld je hieronder aan. Kun je toch niet? Met de link in je bevestiging meld je je weer af.',
      newsletter:
        'Ongeveer eens per maand de nieuwe blogberichten, tips, sprekers en activiteiten van het netwerk in je mailbox. Gratis, en met één klik weer opgezegd.',
    },
    description: {
      tip: 'Stuur een praktische tip in voor de tipsrubriek van Open Ambt.',
      'speaker-request': 'Vraag een spreker van Open Ambt aan voor je bijeenkomst.',
      contact: 'Stuur Open Ambt een bericht.',
      registration: 'Meld je aan voor een activiteit van Open Ambt.',
      newsletter: 'Abonneer je op de nieuwsbrief van Open Ambt.',
    },
    required: '(verplicht)',
    requiredNote: 'Velden met “(verplicht)” moet je invullen.',
    choose: 'Kies…',
    send: 'Versturen',
    honeypot: 'Laat dit veld leeg',
    kept: (days: number) => `We bewaren dit ${days} dagen en verwijderen het daarna.`,
    keptAfterEvent: (days: number) => `We verwijderen het ${days} dagen na de activiteit.`,
    keptUnconfirmed: (days: number) => `Bevestig je niet binnen ${days} dagen, dan verwijderen we je adres.`,
    footerTitle: 'Nieuwsbrief',
    footerEmail: 'E-mailadres voor de nieuwsbrief',
    subscribe: 'Abonneren',
    footerConsent: 'Ik wil de nieuwsbrief en ga akkoord met het bewaren van mijn e-mailadres daarvoor.',
    footerMore: 'Wat we bewaren',
    waitingTitle: 'Je staat op de wachtlijst',
    waiting:
      'De activiteit is vol, maar je staat op de wachtlijst. Meldt iemand zich af, dan schuif je vanzelf door en krijg je een e-mail. Je krijgt nu al een bevestiging met een link om je van de wachtlijst af te halen.',
    cancelledTitle: 'Je bent afgemeld',
    cancelled:
      'Je aanmelding is geannuleerd. Jammer dat je er niet bij bent; misschien tot een volgende keer.',
    toAgenda: 'Naar de agenda',
    confirmedTitle: 'Je bent geabonneerd',
    confirmed:
      'Gelukt: je abonnement op de nieuwsbrief is bevestigd. De volgende nieuwsbrief komt naar je toe. Onderaan elke nieuwsbrief staat een link om de taal te wijzigen of je af te melden.',
    updatedTitle: 'Je abonnement is gewijzigd',
    updated: 'Je ontvangt de nieuwsbrief voortaan in het Nederlands.',
    unsubscribedTitle: 'Je bent afgemeld',
    unsubscribed:
      'Je ontvangt de nieuwsbrief niet meer. Wil je hem toch weer? Je kunt je altijd opnieuw aanmelden.',
    again: 'Opnieuw aanmelden',
    privacy: 'Lees meer in onze privacyverklaring',
    specificSpeaker:
      'Heb je een bepaalde spreker op het oog? Dan kun je die ook aanvragen via het profiel van de spreker.',
    thanksTitle: 'Dank je wel',
    backHome: 'Naar de homepage',
    notSentTitle: (form: string) => `Niet verstuurd: ${form.toLowerCase()}`,
    notSentIntro:
      'Je formulier is niet verstuurd. Hieronder staat wat er mis was. Ga met de Terug-knop van je browser terug naar het formulier: wat je typte staat er dan nog.',
    wentWrong: 'Dit ging mis',
    openForm: 'Of open het formulier opnieuw (leeg)',
    rulesTitle: 'Wat elk veld nodig heeft',
    otherReasons: 'Andere redenen',
    problems: {
      invalid: 'Een veld is niet goed ingevuld: zie de lijst hieronder.',
      html: 'Er staat iets in dat op HTML lijkt (een < gevolgd door een letter). Schrijf gewone tekst.',
      links: `Er staan meer dan ${MAX_LINKS} webadressen in. Laat de rest weg of beschrijf waar het te vinden is.`,
      'too-fast': `Het formulier werd binnen ${MIN_FILL_MS / 1000} seconden na openen verstuurd; dat doen alleen machines. Probeer het nog eens.`,
      'too-many':
        'Er zijn vanaf jouw adres of voor dit e-mailadres te veel formulieren verstuurd. Probeer het over een uur nog eens.',
      closed:
        'Aanmelden voor deze activiteit kan niet (meer): ze is voorbij, afgelast, of de aanmelding is gesloten.',
      unavailable:
        'Door een storing bij ons kon je formulier niet worden bewaard. Probeer het later nog eens.',
    } satisfies Record<FormProblem, string>,
    rule: {
      required: 'verplicht',
      optional: 'niet verplicht',
      maxLength: (n: number) => `hoogstens ${n} tekens`,
      email: 'een e-mailadres zoals naam@gemeente.nl',
      choice: 'kies een van de mogelijkheden',
      topics: 'alleen onderwerpen uit de lijst',
      date: 'een datum vanaf vandaag, hoogstens drie jaar vooruit',
      number: (min: number, max: number) => `een heel getal van ${min} tot en met ${max}`,
      check: 'aanvinken',
      plain: 'gewone tekst, zonder HTML',
      place: 'verplicht bij een bijeenkomst op locatie',
    },
  },
  en: {
    intro: {
      tip: 'Do you know a trick that saves other civil servants time or trouble? Send it in. An editor reads every tip, shortens it where needed and publishes it with your name if you like.',
      'speaker-request':
        'Looking for a speaker for a meeting, a study day or a team session? Tell us what you are looking for; the speakers pool finds a speaker who fits and contacts you.',
      contact: 'You can also send us a message with this form.',
      registration:
        'Register below. Cannot come after all? The link in your confirmation cancels your registration.',
      newsletter:
        'About once a month the network’s new blog posts, tips, speakers and events in your inbox. Free, and cancelled with one click.',
    },
    description: {
      tip: 'Submit a practical tip for the Open Ambt tips section.',
      'speaker-request': 'Request a speaker from Open Ambt for your event.',
      contact: 'Send Open Ambt a message.',
      registration: 'Register for an Open Ambt event.',
      newsletter: 'Subscribe to the Open Ambt newsletter.',
    },
    required: '(required)',
    requiredNote: 'Fields marked “(required)” must be filled in.',
    choose: 'Choose…',
    send: 'Send',
    honeypot: 'Leave this field empty',
    kept: (days: number) => `We keep this for ${days} days and delete it after that.`,
    keptAfterEvent: (days: number) => `We delete it ${days} days after the event.`,
    keptUnconfirmed: (days: number) => `If you do not confirm within ${days} days, we delete your address.`,
    footerTitle: 'Newsletter',
    footerEmail: 'E-mail address for the newsletter',
    subscribe: 'Subscribe',
    footerConsent: 'I want the newsletter and agree that my e-mail address is kept for it.',
    footerMore: 'What we keep',
    waitingTitle: 'You are on the waiting list',
    waiting:
      'The event is full, but you are on the waiting list. If someone cancels, you move up by yourself and get an e-mail. You get a confirmation now, with a link to take yourself off the list.',
    cancelledTitle: 'Your registration is cancelled',
    cancelled: 'Your registration has been cancelled. A pity you cannot come; perhaps next time.',
    toAgenda: 'To the events',
    confirmedTitle: 'You are subscribed',
    confirmed:
      'Done: your subscription to the newsletter is confirmed. The next newsletter will come to you. At the bottom of every newsletter is a link to change the language or unsubscribe.',
    updatedTitle: 'Your subscription is changed',
    updated: 'From now on you receive the newsletter in English.',
    unsubscribedTitle: 'You are unsubscribed',
    unsubscribed:
      'You no longer receive the newsletter. Want it back after all? You can always subscribe again.',
    again: 'Subscribe again',
    privacy: 'Read more in our privacy statement',
    specificSpeaker:
      'Do you have a particular speaker in mind? You can also request them from their profile.',
    thanksTitle: 'Thank you',
    backHome: 'To the home page',
    notSentTitle: (form: string) => `Not sent: ${form.toLowerCase()}`,
    notSentIntro:
      'Your form was not sent. Below is what was wrong. Use your browser’s Back button to return to the form: what you typed will still be there.',
    wentWrong: 'This went wrong',
    openForm: 'Or open the form again (empty)',
    rulesTitle: 'What each field needs',
    otherReasons: 'Other reasons',
    problems: {
      invalid: 'A field was not filled in correctly: see the list below.',
      html: 'It contains something that looks like HTML (a < followed by a letter). Please write plain text.',
      links: `It contains more than ${MAX_LINKS} web addresses. Leave the others out or describe where to find them.`,
      'too-fast': `The form was sent within ${MIN_FILL_MS / 1000} seconds of opening it; only machines do that. Please try again.`,
      'too-many':
        'Too many forms were sent from your address or for this e-mail address. Please try again in an hour.',
      closed:
        'Registration for this event is not possible (any more): it is over, cancelled, or registration has closed.',
      unavailable: 'A fault on our side kept your form from being saved. Please try again later.',
    } satisfies Record<FormProblem, string>,
    rule: {
      required: 'required',
      optional: 'optional',
      maxLength: (n: number) => `at most ${n} characters`,
      email: 'an e-mail address such as name@council.gov.uk',
      choice: 'choose one of the options',
      topics: 'only topics from the list',
      date: 'a date from today, at most three years ahead',
      number: (min: number, max: number) => `a whole number from ${min} to ${max}`,
      check: 'tick it',
      plain: 'plain text, no HTML',
      place: 'required for an on-site event',
    },
  },
}

export const formWords = (locale: Locale) => strings[locale]

/** What a field needs, in words, for the "not sent" page. */
export function fieldRules(field: FormField, locale: Locale): string {
  const rule = strings[locale].rule
  const parts = [field.required ? rule.required : rule.optional]
  switch (field.kind) {
    case 'text':
    case 'textarea':
      parts.push(rule.maxLength(field.maxLength), rule.plain)
      break
    case 'email':
      parts.push(rule.email)
      break
    case 'select':
    case 'radio':
      parts.push(rule.choice)
      break
    case 'topics':
      parts.push(rule.topics)
      break
    case 'event':
    case 'speaker':
      break
    case 'date':
      parts.push(rule.date)
      break
    case 'number':
      parts.push(rule.number(field.min, field.max))
      break
    case 'checkbox':
      if (field.required) parts.push(rule.check)
      break
  }
  if (field.name === 'place') parts.splice(0, 1, rule.place)
  return parts.join(', ')
}
