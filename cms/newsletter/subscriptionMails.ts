/**
 * The mails about a subscription itself, as plain text: the link to confirm it. (The newsletter's
 * editions are mails of their own.)
 */
import { newsletterConfirmDays } from '../../model/forms'
import type { Locale } from '../../model/locales'
import { pageUrl } from '../../model/urls'
import type { ComposedMail } from '../forms/submissionMails'
import type { Subscriber } from '../payload-types'

export type SubscriptionMailKind = 'confirm'

const words = {
  nl: {
    subject: 'Bevestig je abonnement op de nieuwsbrief van Open Ambt',
    body: (link: string, days: number, privacy: string) =>
      [
        'Hallo,',
        'Iemand, hopelijk jij, heeft dit e-mailadres aangemeld voor de nieuwsbrief van Open Ambt. Bevestig dat je hem wilt ontvangen:',
        link,
        `Klik je niet op de link, dan sturen we je niets en verwijderen we je adres na ${days} dagen. Meer hierover: ${privacy}`,
        'Met vriendelijke groet,\nDe redactie van Open Ambt',
      ].join('\n\n'),
  },
  en: {
    subject: 'Confirm your subscription to the Open Ambt newsletter',
    body: (link: string, days: number, privacy: string) =>
      [
        'Hello,',
        'Someone, hopefully you, subscribed this e-mail address to the Open Ambt newsletter. Confirm that you want to receive it:',
        link,
        `If you do not follow the link, we send you nothing and delete your address after ${days} days. More about this: ${privacy}`,
        'Kind regards,\nThe Open Ambt editors',
      ].join('\n\n'),
  },
}

export function composeSubscriptionMail(
  _mail: SubscriptionMailKind,
  subscriber: Subscriber,
  options: { cmsOrigin: string; siteOrigin: string },
): ComposedMail {
  const locale: Locale = subscriber.language === 'en' ? 'en' : 'nl'
  const link = `${options.cmsOrigin}/forms/newsletter/confirm?token=${subscriber.token}`
  const privacy = `${options.siteOrigin}${pageUrl('privacy', locale)}`
  return {
    to: [subscriber.email],
    subject: words[locale].subject,
    text: `${words[locale].body(link, newsletterConfirmDays(), privacy)}\n`,
  }
}
