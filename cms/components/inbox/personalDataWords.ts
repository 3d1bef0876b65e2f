/** The words of the personal data view (PersonalDataView.tsx), in the admin's two languages. */
const words = {
  nl: {
    title: 'Persoonsgegevens van één persoon',
    intro:
      'Zoek alles wat vanaf één e-mailadres via de formulieren van de site is ingestuurd, om het te exporteren (inzageverzoek) of te wissen (verzoek om verwijdering).',
    adminsOnly: 'Alleen beheerders kunnen persoonsgegevens exporteren of wissen.',
    email: 'E-mailadres',
    search: 'Zoeken',
    none: (email: string) => `Er is niets ingestuurd vanaf ${email}.`,
    found: (count: number, email: string) =>
      `${count === 1 ? '1 inzending of aanmelding' : `${count} inzendingen en aanmeldingen`} vanaf ${email}:`,
    download: 'Download alles als JSON',
    erase: 'Wis alles van dit adres',
    confirm: (count: number, email: string) =>
      `Weet je zeker dat je ${count === 1 ? 'de inzending' : `alle ${count} inzendingen`} van ${email} wilt wissen? Dit kan niet ongedaan worden gemaakt.`,
    erased: (count: number) => `${count === 1 ? '1 inzending' : `${count} inzendingen`} gewist.`,
    failed: 'Wissen is mislukt',
    columns: { date: 'Ontvangen', kind: 'Formulier', summary: 'Samenvatting', status: 'Status' },
    nav: 'Persoonsgegevens',
    registration: 'Aanmelding',
    newsletter: 'Nieuwsbrief',
  },
  en: {
    title: 'One person’s personal data',
    intro:
      'Find everything sent from one e-mail address through the site’s forms, to export it (a request for access) or erase it (a request for erasure).',
    adminsOnly: 'Only admins can export or erase personal data.',
    email: 'E-mail address',
    search: 'Search',
    none: (email: string) => `Nothing was sent from ${email}.`,
    found: (count: number, email: string) =>
      `${count === 1 ? '1 submission or registration' : `${count} submissions and registrations`} from ${email}:`,
    download: 'Download everything as JSON',
    erase: 'Erase everything from this address',
    confirm: (count: number, email: string) =>
      `Are you sure you want to erase ${count === 1 ? 'the submission' : `all ${count} submissions`} from ${email}? This cannot be undone.`,
    erased: (count: number) => `${count === 1 ? '1 submission' : `${count} submissions`} erased.`,
    failed: 'Erasing failed',
    columns: { date: 'Received', kind: 'Form', summary: 'Summary', status: 'Status' },
    nav: 'Personal data',
    registration: 'Registration',
    newsletter: 'Newsletter',
  },
}

export const personalDataWords = (language: string) => words[language === 'en' ? 'en' : 'nl']
