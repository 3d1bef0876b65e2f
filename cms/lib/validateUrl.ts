import type { TextFieldSingleValidation } from 'payload'

/** Accepts absolute http(s) addresses only, with a message that shows the expected form. */
export const validateUrl: TextFieldSingleValidation = (value) => {
  if (!value) return 'An address is required.'
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? true
      : `"${value}" must start with https:// or http://.`
  } catch {
    return `"${value}" is not a web address; it should look like https://example.org/page.`
  }
}
