/**
 * The readers' forms, defined once: the site renders its plain HTML forms from these definitions
 * (labels, hints, lengths, required fields) and the CMS checks every posted form against the same
 * ones (cms/forms/). A rule the browser enforces is therefore the rule the server enforces, and a
 * field the site shows is a field the CMS keeps.
 */
import type { Labels, Locale } from './locales'
import { TIP_CATEGORIES, type Vocabulary } from './vocabularies'

export const FORM_KINDS = ['tip', 'speaker-request', 'contact', 'registration', 'newsletter'] as const
export type FormKind = (typeof FORM_KINDS)[number]
export const isFormKind = (value: unknown): value is FormKind => FORM_KINDS.includes(value as FormKind)

type FieldBase = {
  /** The name in the HTML form and in the submission. */
  readonly name: string
  readonly label: Labels
  readonly hint?: Labels
  readonly required: boolean
  /** Whether it is someone's personal data: erased when submissions expire or on request. */
  readonly personal?: boolean
}
export type FormField =
  | (FieldBase & { readonly kind: 'text' | 'email' | 'textarea'; readonly maxLength: number })
  | (FieldBase & { readonly kind: 'select' | 'radio'; readonly options: Vocabulary })
  /** Choices that exist only in content (topics, a speaker, an event): the site gives them, the CMS looks them up. */
  | (FieldBase & { readonly kind: 'topics' | 'speaker' | 'event' })
  | (FieldBase & { readonly kind: 'date' })
  | (FieldBase & { readonly kind: 'number'; readonly min: number; readonly max: number })
  | (FieldBase & { readonly kind: 'checkbox' })

/** At most this many web addresses in one submission; spam carries many, a real question one or two. */
export const MAX_LINKS = 2
/** The honeypot: a field people never see or fill in, and simple bots fill in everything. */
export const HONEYPOT_FIELD = 'website'
/** Milliseconds the page was open before sending, set by the form's script when scripts run. */
export const ELAPSED_FIELD = 'elapsed'
/** The language of the page the form was sent from: answers and mails are in that language. */
export const LANGUAGE_FIELD = 'lang'
/**
 * The path of the page a newsletter form was on, kept with the subscription as part of the consent
 * (the browser sends only the site's origin as Referer to the CMS).
 */
export const PAGE_FIELD = 'page'
/** Faster than this from opening the page to sending is a machine. */
export const MIN_FILL_MS = 3_000
/** The largest form body the CMS reads. */
export const MAX_FORM_BYTES = 32 * 1024

const name: FormField = {
  name: 'name',
  kind: 'text',
  maxLength: 100,
  required: true,
  personal: true,
  label: { nl: 'Je naam', en: 'Your name' },
}
const email: FormField = {
  name: 'email',
  kind: 'email',
  maxLength: 254,
  required: true,
  personal: true,
  label: { nl: 'Je e-mailadres', en: 'Your e-mail address' },
  hint: {
    nl: 'We sturen je een bevestiging en antwoorden op dit adres.',
    en: 'We send a confirmation and our answer to this address.',
  },
}
const organisation = (required: boolean): FormField => ({
  name: 'organisation',
  kind: 'text',
  maxLength: 120,
  required,
  personal: true,
  label: { nl: 'Organisatie', en: 'Organisation' },
})

const SETTINGS = [
  { value: 'on-site', label: { nl: 'Op locatie', en: 'On site' } },
  { value: 'online', label: { nl: 'Online', en: 'Online' } },
] as const satisfies Vocabulary

/** The languages the newsletter is written in: each subscriber gets one. */
export const NEWSLETTER_LANGUAGES = [
  { value: 'nl', label: { nl: 'Nederlands', en: 'Dutch' } },
  { value: 'en', label: { nl: 'Engels', en: 'English' } },
] as const satisfies Vocabulary

export const FORMS: Record<FormKind, readonly FormField[]> = {
  tip: [
    {
      name: 'title',
      kind: 'text',
      maxLength: 120,
      required: true,
      label: { nl: 'Titel van je tip', en: 'Title of your tip' },
    },
    {
      name: 'body',
      kind: 'textarea',
      maxLength: 4000,
      required: true,
      label: { nl: 'Je tip', en: 'Your tip' },
      hint: {
        nl: 'Leg in een paar alinea’s uit wat je doet en waarom het werkt. Gewone tekst; hoogstens twee webadressen.',
        en: 'Explain in a few paragraphs what you do and why it works. Plain text; two web addresses at most.',
      },
    },
    {
      name: 'category',
      kind: 'select',
      options: TIP_CATEGORIES,
      required: true,
      label: { nl: 'Categorie', en: 'Category' },
    },
    { name: 'topics', kind: 'topics', required: false, label: { nl: 'Onderwerpen', en: 'Topics' } },
    name,
    email,
    organisation(false),
    {
      name: 'credit',
      kind: 'checkbox',
      required: false,
      label: {
        nl: 'Noem mijn naam (en organisatie) bij de tip als die geplaatst wordt',
        en: 'Credit me by name (and organisation) if the tip is published',
      },
    },
    {
      name: 'licence',
      kind: 'checkbox',
      required: true,
      label: {
        nl: 'Ik geef Open Ambt toestemming mijn tip te bewerken en te publiceren onder de licentie CC BY-SA 4.0, zoals alles op deze site',
        en: 'I allow Open Ambt to edit and publish my tip under the CC BY-SA 4.0 licence, like everything on this site',
      },
    },
  ],
  'speaker-request': [
    { name: 'speaker', kind: 'speaker', required: false, label: { nl: 'Spreker', en: 'Speaker' } },
    organisation(true),
    { name: 'eventDate', kind: 'date', required: true, label: { nl: 'Datum', en: 'Date' } },
    { name: 'setting', kind: 'radio', options: SETTINGS, required: true, label: { nl: 'Waar', en: 'Where' } },
    {
      name: 'place',
      kind: 'text',
      maxLength: 200,
      required: false,
      label: {
        nl: 'Plaats en adres (bij een bijeenkomst op locatie)',
        en: 'Place and address (for an on-site event)',
      },
    },
    {
      name: 'audience',
      kind: 'textarea',
      maxLength: 1000,
      required: true,
      label: { nl: 'Wie zijn je publiek?', en: 'Who is the audience?' },
      hint: {
        nl: 'Bijvoorbeeld: beleidsmedewerkers van een provincie.',
        en: 'For example: policy officers of a province.',
      },
    },
    {
      name: 'audienceSize',
      kind: 'number',
      min: 1,
      max: 5000,
      required: true,
      label: { nl: 'Aantal mensen', en: 'Number of people' },
    },
    {
      name: 'talkTopic',
      kind: 'textarea',
      maxLength: 2000,
      required: true,
      label: { nl: 'Waarover wil je een verhaal?', en: 'What should the talk be about?' },
    },
    name,
    email,
  ],
  registration: [
    { name: 'event', kind: 'event', required: true, label: { nl: 'Activiteit', en: 'Event' } },
    name,
    email,
    organisation(false),
    {
      name: 'needs',
      kind: 'textarea',
      maxLength: 500,
      required: false,
      personal: true,
      label: { nl: 'Dieetwensen of toegankelijkheid', en: 'Dietary or accessibility needs' },
      hint: {
        nl: 'Bijvoorbeeld: vegetarisch, een rolstoelplek, of een tolk Nederlandse Gebarentaal.',
        en: 'For example: vegetarian, a wheelchair space, or a sign language interpreter.',
      },
    },
    {
      name: 'consent',
      kind: 'checkbox',
      required: true,
      label: {
        nl: 'Ik ga akkoord met het bewaren van mijn gegevens voor deze aanmelding, zoals hieronder beschreven',
        en: 'I agree that my details are kept for this registration, as described below',
      },
    },
  ],
  newsletter: [
    {
      ...email,
      hint: {
        nl: 'We sturen je eerst een e-mail met een link om te bevestigen dat dit adres van jou is.',
        en: 'We first send you an e-mail with a link to confirm that this address is yours.',
      },
    },
    {
      // Replaces the page's language: the newsletter comes in the language chosen here.
      name: 'language',
      kind: 'radio',
      options: NEWSLETTER_LANGUAGES,
      required: true,
      label: { nl: 'Taal van de nieuwsbrief', en: 'Language of the newsletter' },
    },
    {
      name: 'consent',
      kind: 'checkbox',
      required: true,
      label: {
        nl: 'Ik wil de nieuwsbrief ontvangen en ga akkoord met het bewaren van mijn e-mailadres daarvoor, zoals hieronder beschreven',
        en: 'I want to receive the newsletter and agree that my e-mail address is kept for it, as described below',
      },
    },
  ],
  contact: [
    name,
    email,
    {
      name: 'subject',
      kind: 'text',
      maxLength: 150,
      required: true,
      label: { nl: 'Onderwerp', en: 'Subject' },
    },
    {
      name: 'message',
      kind: 'textarea',
      maxLength: 4000,
      required: true,
      label: { nl: 'Je bericht', en: 'Your message' },
    },
  ],
}

/** Each form's own words: its title, what happens next, and what is kept, why and for how long. */
export const FORM_WORDS: Record<
  FormKind,
  Record<Locale, { title: string; thanks: string; keeps: string }>
> = {
  tip: {
    nl: {
      title: 'Stuur een tip in',
      thanks:
        'Dank je wel! Je tip is binnen. Je krijgt een bevestiging per e-mail. Een redacteur leest je tip en mailt je als hij geplaatst wordt.',
      keeps:
        'We bewaren je tip, je naam, je e-mailadres en je organisatie om je tip te beoordelen en je erover te mailen.',
    },
    en: {
      title: 'Submit a tip',
      thanks:
        'Thank you! Your tip has arrived. You will get a confirmation by e-mail. An editor reads your tip and mails you when it is published.',
      keeps:
        'We keep your tip, your name, your e-mail address and your organisation to review your tip and to mail you about it.',
    },
  },
  'speaker-request': {
    nl: {
      title: 'Vraag een spreker aan',
      thanks:
        'Dank je wel! Je aanvraag is binnen en is doorgestuurd naar de sprekerspool. Je krijgt een bevestiging per e-mail en binnen vijf werkdagen antwoord.',
      keeps:
        'We bewaren je aanvraag, je naam en je e-mailadres om een spreker te vinden en met je af te spreken; de spreker krijgt je aanvraag per e-mail.',
    },
    en: {
      title: 'Request a speaker',
      thanks:
        'Thank you! Your request has arrived and has been passed on to the speakers pool. You will get a confirmation by e-mail and an answer within five working days.',
      keeps:
        'We keep your request, your name and your e-mail address to find a speaker and make arrangements with you; the speaker receives your request by e-mail.',
    },
  },
  registration: {
    nl: {
      title: 'Aanmelden',
      thanks:
        'Je bent aangemeld! Je krijgt een bevestiging per e-mail, met de activiteit als bijlage voor je agenda en een link om je af te melden als je toch niet kunt.',
      keeps:
        'We bewaren je naam, je e-mailadres, je organisatie en je wensen om de activiteit te organiseren; de organisatoren zien ze in een deelnemerslijst.',
    },
    en: {
      title: 'Register',
      thanks:
        'You are registered! You will get a confirmation by e-mail, with the event attached for your calendar and a link to cancel if you cannot come after all.',
      keeps:
        'We keep your name, your e-mail address, your organisation and your needs to organise the event; the organisers see them in a list of participants.',
    },
  },
  newsletter: {
    nl: {
      title: 'Abonneer je op de nieuwsbrief',
      thanks:
        'Bijna klaar! We hebben je een e-mail gestuurd. Klik op de link daarin om je abonnement te bevestigen; tot dan sturen we je niets.',
      keeps:
        'We bewaren je e-mailadres, de taal en wanneer en vanaf welke pagina je je aanmeldde en bevestigde, om je de nieuwsbrief te sturen. Elke nieuwsbrief heeft een link om je af te melden.',
    },
    en: {
      title: 'Subscribe to the newsletter',
      thanks:
        'Almost done! We have sent you an e-mail. Follow the link in it to confirm your subscription; until then we send you nothing.',
      keeps:
        'We keep your e-mail address, the language, and when and from which page you subscribed and confirmed, to send you the newsletter. Every newsletter has a link to unsubscribe.',
    },
  },
  contact: {
    nl: {
      title: 'Stuur ons een bericht',
      thanks:
        'Dank je wel! Je bericht is binnen. Je krijgt een bevestiging per e-mail en meestal binnen vijf werkdagen antwoord.',
      keeps: 'We bewaren je bericht, je naam en je e-mailadres om je vraag te beantwoorden.',
    },
    en: {
      title: 'Send us a message',
      thanks:
        'Thank you! Your message has arrived. You will get a confirmation by e-mail and usually an answer within five working days.',
      keeps: 'We keep your message, your name and your e-mail address to answer your question.',
    },
  },
}

/** How long submissions keep personal data, in days (SUBMISSION_RETENTION_DAYS, default 180). */
export function submissionRetentionDays(env: Record<string, string | undefined> = process.env): number {
  const raw = env.SUBMISSION_RETENTION_DAYS?.trim()
  if (!raw) return 180
  const days = Number(raw)
  if (!Number.isInteger(days) || days < 1 || days > 3650)
    throw new Error(`SUBMISSION_RETENTION_DAYS must be a whole number of days from 1 to 3650 (got "${raw}")`)
  return days
}

/** How long registrations are kept after their event has ended, in days (REGISTRATION_RETENTION_DAYS, default 30). */
export function registrationRetentionDays(env: Record<string, string | undefined> = process.env): number {
  const raw = env.REGISTRATION_RETENTION_DAYS?.trim()
  if (!raw) return 30
  const days = Number(raw)
  if (!Number.isInteger(days) || days < 0 || days > 3650)
    throw new Error(
      `REGISTRATION_RETENTION_DAYS must be a whole number of days from 0 to 3650 (got "${raw}")`,
    )
  return days
}

/** How long an unconfirmed subscription is kept, in days (NEWSLETTER_CONFIRM_DAYS, default 7). */
export function newsletterConfirmDays(env: Record<string, string | undefined> = process.env): number {
  const raw = env.NEWSLETTER_CONFIRM_DAYS?.trim()
  if (!raw) return 7
  const days = Number(raw)
  if (!Number.isInteger(days) || days < 1 || days > 90)
    throw new Error(`NEWSLETTER_CONFIRM_DAYS must be a whole number of days from 1 to 90 (got "${raw}")`)
  return days
}

/** Why a form was not accepted; each has a section on the form's "not sent" page. */
export const FORM_PROBLEMS = [
  'invalid',
  'html',
  'links',
  'too-fast',
  'too-many',
  'closed',
  'unavailable',
] as const
export type FormProblem = (typeof FORM_PROBLEMS)[number]

/** What a newsletter edition lists, in the order the mail and the edition's page group it. */
export const EDITION_ITEM_COLLECTIONS = ['posts', 'tips', 'events', 'speakers'] as const
export type EditionItemCollection = (typeof EDITION_ITEM_COLLECTIONS)[number]

/**
 * An edition's introduction as paragraphs: plain text, a blank line starts a paragraph. The mail
 * and the edition's page on the site both split it here, so they show the same paragraphs.
 */
export const introParagraphs = (intro: string | null | undefined): string[] =>
  (intro ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)

/** The headings of an edition's groups of items, in the mail and on the edition's page on the site. */
export const EDITION_SECTIONS: Record<EditionItemCollection, Record<Locale, string>> = {
  posts: { nl: 'Nieuw op het blog', en: 'New on the blog' },
  tips: { nl: 'Nieuwe tips', en: 'New tips' },
  events: { nl: 'Agenda', en: 'Events' },
  speakers: { nl: 'Nieuwe sprekers', en: 'New speakers' },
}
