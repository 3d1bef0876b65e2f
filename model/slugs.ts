/**
 * Turns a title into a URL slug: lower case ASCII letters, digits and single dashes.
 * Dutch and French diacritics fold to their base letter ("één idee" -> "een-idee"),
 * and "&" becomes "en" because most of our titles are Dutch.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .replace(/&/g, ' en ')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '')
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Returns an error message that says how to fix the slug, or true when it is valid. */
export function validateSlugValue(value: unknown): true | string {
  if (value === null || value === undefined || value === '') {
    return 'A slug is required: it is the last part of the page address (for example "open-data-in-de-gemeente").'
  }
  if (typeof value !== 'string') return 'A slug must be text.'
  if (value.length > 80) return `This slug is ${value.length} characters long; keep it to 80 or fewer.`
  if (!SLUG_PATTERN.test(value)) {
    return `"${value}" is not a valid slug: use only lower-case letters a-z, digits and single dashes between words, for example "${slugify(value) || 'mijn-bericht'}".`
  }
  return true
}
