/**
 * The mails about a submission, as plain text (nothing a reader typed can become markup or a link
 * the mail client did not make itself): the receipt for the sender, the message itself for the
 * editors (and the speaker asked for), and the word that a tip was accepted.
 */
import { FORM_WORDS, FORMS, submissionRetentionDays, type FormKind } from '../../model/forms'
import type { Locale } from '../../model/locales'
import { pageUrl, sectionUrl } from '../../model/urls'
import { labelOf } from '../../model/vocabularies'
import { publicSiteOrigin } from '../lib/guards/origins'
import { oneLine } from './mailText'
import type { Submission } from '../payload-types'

export type SubmissionMailKind = 'receipt' | 'forward' | 'accepted'
export type ComposedMail = { to: string[]; replyTo?: string; subject: string; text: string }

const words = {
  nl: {
    greeting: (name: string) => `Hallo ${name},`,
    receipt: {
      tip: (title: string) => `We hebben je tip ontvangen: ${title}`,
      'speaker-request': () => 'We hebben je sprekersaanvraag ontvangen',
      contact: (subject: string) => `We hebben je bericht ontvangen: ${subject}`,
    },
    whatYouSent: 'Dit is wat je ons stuurde:',
    kept: (days: number, privacy: string) =>
      `We bewaren deze gegevens ${days} dagen en verwijderen ze daarna. Meer hierover: ${privacy}`,
    notYou: 'Heb jij dit niet verstuurd? Laat het ons weten door op deze mail te antwoorden.',
    acceptedSubject: (title: string) => `Je tip is geaccepteerd: ${title}`,
    accepted: (title: string, tips: string) =>
      `Goed nieuws: een redacteur heeft je tip "${title}" geaccepteerd. We maken hem klaar voor de site; hij verschijnt binnenkort op ${tips}`,
    regards: 'Met vriendelijke groet,\nDe redactie van Open Ambt',
    yes: 'ja',
    no: 'nee',
  },
  en: {
    greeting: (name: string) => `Hello ${name},`,
    receipt: {
      tip: (title: string) => `We received your tip: ${title}`,
      'speaker-request': () => 'We received your speaker request',
      contact: (subject: string) => `We received your message: ${subject}`,
    },
    whatYouSent: 'This is what you sent us:',
    kept: (days: number, privacy: string) =>
      `We keep these details for ${days} days and delete them after that. More about this: ${privacy}`,
    notYou: 'Did you not send this? Let us know by replying to this mail.',
    acceptedSubject: (title: string) => `Your tip was accepted: ${title}`,
    accepted: (title: string, tips: string) =>
      `Good news: an editor accepted your tip "${title}". We are preparing it for the site; it will appear soon at ${tips}`,
    regards: 'Kind regards,\nThe Open Ambt editors',
    yes: 'yes',
    no: 'no',
  },
}

/** Every field of the form with its label and what was sent, in `locale`. */
export function fieldLines(submission: Submission, locale: Locale): string {
  const w = words[locale]
  const kind = submission.kind as FormKind
  return FORMS[kind]
    .map((field) => {
      const value = (submission as unknown as Record<string, unknown>)[field.name]
      let shown: string
      if (field.kind === 'checkbox') shown = value ? w.yes : w.no
      else if (field.kind === 'select' || field.kind === 'radio')
        shown = typeof value === 'string' ? labelOf(field.options, value, locale) : ''
      else if (field.kind === 'topics')
        shown = (Array.isArray(value) ? value : []).map((topic) => nameOf(topic)).join(', ')
      else if (field.kind === 'speaker') shown = value ? nameOf(value) : ''
      else if (field.kind === 'date') shown = typeof value === 'string' ? value.slice(0, 10) : ''
      else shown = value === null || value === undefined ? '' : String(value)
      if (!shown) return undefined
      return shown.includes('\n') ? `${field.label[locale]}:\n${shown}\n` : `${field.label[locale]}: ${shown}`
    })
    .filter(Boolean)
    .join('\n')
}

const nameOf = (doc: unknown): string =>
  typeof doc === 'object' && doc !== null
    ? String((doc as { name?: string; title?: string }).name ?? (doc as { title?: string }).title ?? '')
    : String(doc)

export function composeSubmissionMail(
  mail: SubmissionMailKind,
  submission: Submission,
  options: { editorsAddress: string; cmsOrigin: string; speakerAddress?: string | null },
): ComposedMail {
  const locale: Locale = submission.language === 'en' ? 'en' : 'nl'
  const w = words[locale]
  const kind = submission.kind as Exclude<FormKind, 'registration' | 'newsletter'>
  const site = publicSiteOrigin()
  const name = oneLine(submission.name ?? '')
  if (mail === 'receipt') {
    const subject = w.receipt[kind](oneLine(submission.title ?? submission.subject ?? ''))
    const text = [
      w.greeting(name),
      FORM_WORDS[kind][locale].thanks,
      w.whatYouSent,
      fieldLines(submission, locale),
      w.kept(submissionRetentionDays(), `${site}${pageUrl('privacy', locale)}`),
      w.notYou,
      w.regards,
    ].join('\n\n')
    return { to: [submission.email!], subject: oneLine(subject), text: `${text}\n` }
  }
  if (mail === 'accepted') {
    const title = oneLine(submission.title ?? '')
    const text = [
      w.greeting(name),
      w.accepted(title, `${site}${sectionUrl('tips', locale)}`),
      w.regards,
    ].join('\n\n')
    return { to: [submission.email!], subject: w.acceptedSubject(title), text: `${text}\n` }
  }
  // The editors read Dutch; the sender's own words follow as they were written.
  const about =
    kind === 'speaker-request'
      ? `Sprekersaanvraag van ${oneLine(submission.organisation ?? name)}`
      : `Contactbericht van ${name}: ${oneLine(submission.subject ?? '')}`
  const text = [
    `${about}.`,
    `Beantwoorden kan rechtstreeks op deze mail; je antwoord gaat naar ${submission.email}.`,
    fieldLines(submission, 'nl'),
    `In het CMS: ${options.cmsOrigin}/admin/collections/submissions/${submission.id}`,
  ].join('\n\n')
  const to = [options.editorsAddress, ...(options.speakerAddress ? [options.speakerAddress] : [])]
  return { to, replyTo: submission.email!, subject: oneLine(about), text: `${text}\n` }
}
