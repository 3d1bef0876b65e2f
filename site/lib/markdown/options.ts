/**
 * How content/ Markdown becomes HTML, in one place: the site's Markdown processor (astro.config.mjs)
 * and the book build (scripts/lib/book/renderChapter.ts) both use these options, so the chapter a
 * reader sees online, in the EPUB and in the PDF comes from the same remark and rehype chain.
 */
import { remarkContent } from './remarkContent'
import { remarkElisions } from './remarkElisions'

export const markdownOptions = {
  remarkPlugins: [remarkElisions, remarkContent],
  // Authors type straight quotes; readers get typographic ones (“ ” ‘ ’, the same in modern Dutch
  // and English), `--` as an en dash and `---` as an em dash, and … for three dots, online and in
  // the book alike. Never in code, and never in content/: the files keep what the author typed.
  smartypants: { dashes: 'oldschool', backticks: false },
} as const

/** Code stays plain text: no highlighter, so no inline styles and nothing differs between forms. */
export const syntaxHighlight = false
