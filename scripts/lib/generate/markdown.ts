/**
 * Blocks of our Markdown dialect (content/README.md, model/markdown/checkMarkdown.ts) in both
 * languages at once, written in the style the export writes: `-` bullets, fenced code, aligned
 * tables, directives with quoted attributes.
 */
import type { Both } from './phrases'

const map = (text: Both, write: (value: string) => string): Both => ({
  nl: write(text.nl),
  en: write(text.en),
})

/** A directive attribute's value: no double quotes, no line breaks. */
const attribute = (value: string) => value.replace(/"/g, "'").replace(/\s+/g, ' ').trim()

/** Link text: square brackets would end it early. */
export const linkText = (value: string) => value.replace(/[[\]]/g, '')

export const paragraph = (sentences: Both[]): Both => ({
  nl: sentences.map((sentence) => sentence.nl).join(' '),
  en: sentences.map((sentence) => sentence.en).join(' '),
})

export const heading = (text: Both, level: 2 | 3 | 4 = 2): Both =>
  map(text, (value) => `${'#'.repeat(level)} ${value}`)

export const list = (items: Both[], ordered = false): Both => ({
  nl: items.map((item, index) => `${ordered ? `${index + 1}.` : '-'} ${item.nl}`).join('\n'),
  en: items.map((item, index) => `${ordered ? `${index + 1}.` : '-'} ${item.en}`).join('\n'),
})

export const quote = (text: Both): Both => map(text, (value) => `> ${value}`)

export const callout = (tone: string, title: Both, text: Both): Both => ({
  nl: `:::callout{tone="${tone}" title="${attribute(title.nl)}"}\n${text.nl}\n:::`,
  en: `:::callout{tone="${tone}" title="${attribute(title.en)}"}\n${text.en}\n:::`,
})

export const tipBox = (title: Both, text: Both): Both => ({
  nl: `:::tip{title="${attribute(title.nl)}"}\n${text.nl}\n:::`,
  en: `:::tip{title="${attribute(title.en)}"}\n${text.en}\n:::`,
})

export const figure = (image: string, caption: Both, credit?: string): Both => {
  const write = (value: string) =>
    `::figure{image="${image}" caption="${attribute(value)}"${credit ? ` credit="${attribute(credit)}"` : ''}}`
  return map(caption, write)
}

export const image = (id: string, alt: Both): Both =>
  map(alt, (value) => `![${linkText(value)}](media:${id})`)

export const code = (language: string, text: string): Both => {
  const block = `\`\`\`${language}\n${text}\n\`\`\``
  return { nl: block, en: block }
}

/** A GitHub table with its columns padded to the same width, as the export writes it. */
export function table(header: Both[], rows: string[][]): Both {
  const write = (head: string[]) => {
    const widths = head.map((cell, column) =>
      Math.max(3, cell.length, ...rows.map((row) => row[column].length)),
    )
    const line = (cells: string[]) =>
      `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`
    const rule = `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`
    return [line(head), rule, ...rows.map(line)].join('\n')
  }
  return { nl: write(header.map((cell) => cell.nl)), en: write(header.map((cell) => cell.en)) }
}

/** Blocks separated by one blank line. */
export const blocks = (parts: Both[]): Both => ({
  nl: parts.map((part) => part.nl).join('\n\n'),
  en: parts.map((part) => part.en).join('\n\n'),
})
