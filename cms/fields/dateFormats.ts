/**
 * How the admin shows and takes dates: day first and a 24-hour clock, as Dutch and Flemish editors
 * write them ("3-12-2026 15:30"). In figures, not month names: Payload's date picker loads the
 * month names of the editor's language only after it has shown the date, so a Dutch admin would
 * show "December" at first; figures read the same in both languages and are quick to type.
 */
export const DATE_FORMAT = 'd-M-yyyy'
export const DATE_TIME_FORMAT = 'd-M-yyyy HH:mm'

/** A moment: an event's start, a publication, a build. The time list in the picker is 24-hour too. */
export const dayAndTime = {
  pickerAppearance: 'dayAndTime',
  displayFormat: DATE_TIME_FORMAT,
  timeFormat: 'HH:mm',
} as const

/**
 * A calendar day without a time (a book's publication). Payload stores it as noon UTC, so it is the
 * same day in every time zone from UTC-11 to UTC+11 (not New Zealand in summer, UTC+13).
 */
export const dayOnly = { pickerAppearance: 'dayOnly', displayFormat: DATE_FORMAT } as const
