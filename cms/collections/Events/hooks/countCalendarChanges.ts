import type { CollectionBeforeChangeHook } from 'payload'

/** What calendar apps show; a change to one of these must reach subscribers' calendars. */
const CALENDAR_FIELDS = [
  'start',
  'end',
  'timeZone',
  'venue',
  'address',
  'city',
  'online',
  'cancelled',
] as const

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null) || String(a ?? '') === String(b ?? '')

/**
 * Counts the changes to an event that calendar apps must pick up (iCalendar's SEQUENCE): an app
 * replaces an event it already has only when the sequence went up. Counted when a change to a
 * published event is published, not while a draft is saved; an import keeps the number in the file.
 */
export const countCalendarChanges: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  context,
}) => {
  if (operation !== 'update' || context.contentImport || !originalDoc) return data
  // Only a change that is published reaches calendars; a draft of it waits until it is.
  if (originalDoc._status !== 'published' || (data._status ?? originalDoc._status) !== 'published')
    return data
  const changed = CALENDAR_FIELDS.some((field) => field in data && !same(data[field], originalDoc[field]))
  if (!changed) return data
  return { ...data, sequence: Number(originalDoc.sequence ?? 0) + 1 }
}
