/**
 * One edition as a mail in one language: an HTML part that holds up in the common mail programs
 * (a table for the layout, every style inline, colours set on every block so a dark mode does not
 * turn text invisible, absolute links to the site) and a plain-text part with the same content.
 * Everything from the CMS is escaped; nothing a mail program would run is in it.
 */
import { escapeMarkup as e } from '../../model/escapeMarkup'
import { EDITION_SECTIONS } from '../../model/forms'
import type { Locale } from '../../model/locales'
import { formUrl } from '../../model/urls'
import { cmsOrigins, publicSiteOrigin } from '../lib/guards/origins'
import type { EditionContent } from './editionContent'

export type EditionLinks = {
  /** Change the language or leave: /forms/newsletter/manage?token=… */
  manage: string
  /** The one-click address: /forms/newsletter/unsubscribe?token=… */
  unsubscribe: string
  /** The site's origin. */
  site: string
}

/**
 * The links of one subscriber's mail, by their token: on the CMS, where the pages behind them are.
 * A preview or test mail gets a token that matches no one.
 */
export const editionLinks = (token: string): EditionLinks => {
  const forms = `${cmsOrigins()[0]}/forms/newsletter`
  return {
    manage: `${forms}/manage?token=${token}`,
    unsubscribe: `${forms}/unsubscribe?token=${token}`,
    site: publicSiteOrigin(),
  }
}

const words = {
  nl: {
    name: (number: number) => `Nieuwsbrief van Open Ambt, nummer ${number}`,
    why: 'Je krijgt deze mail omdat je je hebt aangemeld voor de nieuwsbrief van Open Ambt.',
    manage: 'Taal wijzigen of afmelden',
    about: 'Over de nieuwsbrief',
  },
  en: {
    name: (number: number) => `Open Ambt newsletter, number ${number}`,
    why: 'You receive this mail because you subscribed to the Open Ambt newsletter.',
    manage: 'Change language or unsubscribe',
    about: 'About the newsletter',
  },
}

const COLOURS = { page: '#f4f1ea', card: '#ffffff', text: '#1b2a3a', muted: '#4a5866', link: '#0b5c8a' }
const FONT = 'font-family:Arial,Helvetica,sans-serif;'

export function renderEdition(content: EditionContent, locale: Locale, links: EditionLinks) {
  const w = words[locale]
  const newsletterPage = `${links.site}${formUrl('newsletter', locale)}`
  const p = (text: string, style = '') =>
    `<p style="${FONT}margin:0 0 16px;font-size:16px;line-height:1.5;color:${COLOURS.text};${style}">${e(text)}</p>`
  const sections = content.sections
    .map(
      (section) =>
        `<h2 style="${FONT}margin:32px 0 12px;font-size:20px;line-height:1.3;color:${COLOURS.text};">${e(EDITION_SECTIONS[section.kind][locale])}</h2>` +
        section.items
          .map(
            (item) =>
              `<h3 style="${FONT}margin:0 0 4px;font-size:17px;line-height:1.4;"><a href="${e(item.url)}" style="color:${COLOURS.link};text-decoration:underline;">${e(item.title)}</a></h3>` +
              (item.text ? p(item.text, `color:${COLOURS.muted};font-size:15px;`) : ''),
          )
          .join(''),
    )
    .join('')
  const html =
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<meta name="color-scheme" content="light"><meta name="supported-color-schemes" content="light">' +
    `<title>${e(content.title)}</title></head>` +
    `<body style="margin:0;padding:0;background-color:${COLOURS.page};">` +
    `<table role="presentation" style="width:100%;border-collapse:collapse;background-color:${COLOURS.page};"><tbody><tr><td style="padding:24px 12px;">` +
    `<table role="presentation" style="width:100%;max-width:600px;margin:0 auto;border-collapse:collapse;background-color:${COLOURS.card};"><tbody><tr><td style="padding:28px 24px;background-color:${COLOURS.card};">` +
    p(w.name(content.number), `color:${COLOURS.muted};font-size:14px;`) +
    `<h1 style="${FONT}margin:0 0 20px;font-size:26px;line-height:1.25;color:${COLOURS.text};">${e(content.title)}</h1>` +
    content.intro.map((paragraph) => p(paragraph)).join('') +
    sections +
    `<hr style="border:0;border-top:1px solid #d5d0c4;margin:32px 0 20px;">` +
    p(w.why, `color:${COLOURS.muted};font-size:14px;`) +
    `<p style="${FONT}margin:0;font-size:14px;line-height:1.5;color:${COLOURS.muted};"><a href="${e(links.manage)}" style="color:${COLOURS.link};">${e(w.manage)}</a> · <a href="${e(newsletterPage)}" style="color:${COLOURS.link};">${e(w.about)}</a></p>` +
    '</td></tr></tbody></table></td></tr></tbody></table></body></html>'

  const text = [
    w.name(content.number),
    content.title,
    ...content.intro,
    ...content.sections.map((section) =>
      [
        `${EDITION_SECTIONS[section.kind][locale].toUpperCase()}`,
        ...section.items.map((item) => [`* ${item.title}`, item.text, item.url].filter(Boolean).join('\n  ')),
      ].join('\n\n'),
    ),
    '--',
    w.why,
    `${w.manage}: ${links.manage}`,
  ].join('\n\n')

  return {
    subject: content.title,
    html,
    text: `${text}\n`,
    headers: {
      'List-Unsubscribe': `<${links.unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  }
}
