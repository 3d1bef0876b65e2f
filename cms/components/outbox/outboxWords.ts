/** The Outbox's words in the admin's two languages. */
export const outboxWords = {
  nl: {
    title: 'Uitgaande e-mail',
    intro:
      'Er is geen SMTP-server ingesteld (SMTP_URL), dus het CMS verstuurt geen e-mail maar bewaart elk bericht hier. Zo werken wachtwoordherstel en meldingen ook zonder mailserver.',
    smtp: 'E-mail gaat via de SMTP-server uit SMTP_URL; er worden geen berichten bewaard.',
    empty: 'Nog geen berichten.',
    adminsOnly: 'Alleen beheerders kunnen de uitgaande e-mail lezen.',
    notFound: 'Dit bericht bestaat niet (meer).',
    back: 'Terug naar alle berichten',
    date: 'Datum',
    from: 'Van',
    to: 'Aan',
    subject: 'Onderwerp',
    noSubject: '(geen onderwerp)',
    links: 'Links in dit bericht',
    text: 'Tekst',
    html: 'Opgemaakt bericht',
    shown: (shown: number, total: number) => `De nieuwste ${shown} van ${total} berichten.`,
  },
  en: {
    title: 'Outbox',
    intro:
      'No SMTP server is set (SMTP_URL), so the CMS sends no e-mail but keeps every message here. Password resets and notifications work without a mail server.',
    smtp: 'Mail goes out through the SMTP server in SMTP_URL; no messages are kept.',
    empty: 'No messages yet.',
    adminsOnly: 'Only admins can read the outbox.',
    notFound: 'This message does not exist (any more).',
    back: 'Back to all messages',
    date: 'Date',
    from: 'From',
    to: 'To',
    subject: 'Subject',
    noSubject: '(no subject)',
    links: 'Links in this message',
    text: 'Text',
    html: 'Formatted message',
    shown: (shown: number, total: number) => `The newest ${shown} of ${total} messages.`,
  },
}

export const wordsFor = (language: string) => outboxWords[language === 'en' ? 'en' : 'nl']
