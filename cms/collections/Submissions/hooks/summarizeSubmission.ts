import type { CollectionBeforeChangeHook } from 'payload'

/** The line the Inbox lists a submission by: the tip's title, the message's subject, or who asks for a speaker. */
export const summarizeSubmission: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const value = { ...originalDoc, ...data }
  const summary =
    value.kind === 'tip'
      ? value.title
      : value.kind === 'contact'
        ? value.subject
        : [value.organisation, value.eventDate && String(value.eventDate).slice(0, 10)]
            .filter(Boolean)
            .join(', ')
  return { ...data, summary: String(summary || value.name || '').slice(0, 160) }
}
