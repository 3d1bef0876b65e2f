/**
 * Text for HTML or XML element content and double-quoted attribute values: titles, names and
 * summaries are anyone's input. Used by the feeds, the EPUB's package document and the CMS's mail.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
