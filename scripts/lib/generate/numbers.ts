/**
 * Slots for numbers in the text banks, drawn fresh where they appear, and dates spread over the
 * years. Dutch writes 2.300 where English writes 2,300.
 */
import type { Random } from './random'
import type { Both, Slots } from './phrases'

const plain = (value: number): Both => ({ nl: String(value), en: String(value) })
/** Thousands grouped by hand: the same on every Node build, with or without full ICU. */
const grouped = (value: number): Both => {
  const digits = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
  return { nl: digits.replace(/ /g, '.'), en: digits.replace(/ /g, ',') }
}

/** {n}: a dozen or so; {few}: three to seven; {big}: hundreds to thousands; {pct}; {weeks}; {minutes}. */
export const NUMBER_SLOTS: Slots = {
  n: (random: Random) => plain(random.int(3, 30)),
  few: (random: Random) => plain(random.int(3, 7)),
  big: (random: Random) => grouped(random.int(12, 480) * 10),
  pct: (random: Random) => plain(random.int(2, 18) * 5),
  weeks: (random: Random) => plain(random.int(2, 12)),
  minutes: (random: Random) => plain(random.pick([30, 45, 60, 90])),
}

const DAY = 86_400_000

/**
 * The date of item `index` of `count`, in order from `first` to `last` (both `YYYY-MM-DD`):
 * evenly spread, with a random day within each item's share, so every year gets its part.
 */
export function spreadDate(
  index: number,
  count: number,
  first: string,
  last: string,
  random: Random,
): string {
  const start = Date.parse(`${first}T00:00:00Z`)
  const days = Math.round((Date.parse(`${last}T00:00:00Z`) - start) / DAY) + 1
  const day = Math.min(days - 1, Math.floor(((index + random.next()) * days) / count))
  return new Date(start + day * DAY).toISOString().slice(0, 10)
}
