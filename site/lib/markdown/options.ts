/**
 * How content/ Markdown becomes HTML, in one place: the site's Markdown processor (astro.config.mjs)
 * and the book build (scripts/lib/book/renderChapter.ts) both use these options, so the chapter a
 * reader sees online, in the EPUB and in the PDF comes from the same remark and rehype chain.
 */
import { remarkContent } from './remarkContent'

export const markdownOptions = {
  remarkPlugins: [remarkContent],
  // Quotes and dashes stay as the authors typed them; export and import round-trip them unchanged.
  smartypants: false,
} as const

/** Code stays plain text: no highlighter, so no inline styles and nothing differs between forms. */
export const syntaxHighlight = false
