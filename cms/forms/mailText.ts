/** A header value or name from a reader's text, for the forms' mails: one line, not too long. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 150)
