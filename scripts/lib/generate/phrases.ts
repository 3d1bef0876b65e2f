/**
 * Sentences in two languages from one template pair. A pair is `[dutch, english]`; both may hold
 *
 * - `{slot}`: a value from the document being written (`{org}`, `{year}`), the same in both
 *   languages; `{Org}` is the same value with a capital first letter, for the start of a sentence;
 * - `[[one|two|three]]`: a choice; the n-th choice in the Dutch text and the n-th in the English
 *   one take the same option, so a translation stays a translation.
 *
 * Slots given as a function are drawn fresh for every place they appear (a number in each
 * sentence); the n-th `{n}` of the Dutch text gets the same value as the n-th of the English one.
 */
import type { Locale } from '../../../model/locales'
import type { Random } from './random'

export type Pair = readonly [nl: string, en: string]
export type Both = Record<Locale, string>
export type Slot = Both | ((random: Random) => Both)
export type Slots = Record<string, Slot>

const CHOICE = /\[\[(.*?)\]\]/g
const SLOT = /\{([A-Za-z]+)\}/g

export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

export const both = (nl: string, en: string = nl): Both => ({ nl, en })

/** The pair with its choices made and its slots filled, in both languages. */
export function fill(pair: Pair, random: Random, slots: Slots = {}): Both {
  const [nl, en] = pair
  const choices: number[] = []
  for (const match of nl.matchAll(CHOICE)) choices.push(random.int(0, match[1].split('|').length - 1))
  const choose = (text: string) => {
    let index = 0
    return text.replace(CHOICE, (_, options: string) => options.split('|')[choices[index++]] ?? '')
  }
  const drawn = new Map<string, Both>()
  const slotValue = (name: string, occurrence: number, locale: Locale): string => {
    const lower = name.charAt(0).toLowerCase() + name.slice(1)
    const slot = slots[name] ?? slots[lower]
    if (!slot) throw new Error(`no value for the slot {${name}} in "${pair[0]}"`)
    let value: Both
    if (typeof slot === 'function') {
      const key = `${lower}#${occurrence}`
      value = drawn.get(key) ?? slot(random)
      drawn.set(key, value)
    } else value = slot
    return name === lower ? value[locale] : capitalize(value[locale])
  }
  const fillSlots = (text: string, locale: Locale) => {
    const seen = new Map<string, number>()
    return text.replace(SLOT, (_, name: string) => {
      const lower = name.toLowerCase()
      const occurrence = seen.get(lower) ?? 0
      seen.set(lower, occurrence + 1)
      return slotValue(name, occurrence, locale)
    })
  }
  // Dutch first: it draws the fresh values, English reuses them.
  return { nl: fillSlots(choose(nl), 'nl'), en: fillSlots(choose(en), 'en') }
}

/** How many different texts a pair can give, slots aside: the product of its choices' options. */
export const variants = (pair: Pair): number =>
  [...pair[0].matchAll(CHOICE)].reduce((product, match) => product * match[1].split('|').length, 1)

/** What is wrong with a template pair: choices or slots that do not match between the languages. */
export function checkPair(pair: Pair): string[] {
  const problems: string[] = []
  const shape = (text: string) => [...text.matchAll(CHOICE)].map((match) => match[1].split('|').length)
  const slotNames = (text: string) =>
    [...text.replace(CHOICE, (_, options: string) => options.split('|').join(' ')).matchAll(SLOT)]
      .map((match) => match[1].toLowerCase())
      .sort()
  if (JSON.stringify(shape(pair[0])) !== JSON.stringify(shape(pair[1])))
    problems.push(`the choices differ between "${pair[0]}" and "${pair[1]}"`)
  if (JSON.stringify(slotNames(pair[0])) !== JSON.stringify(slotNames(pair[1])))
    problems.push(`the slots differ between "${pair[0]}" and "${pair[1]}"`)
  for (const text of pair) {
    if (!text.trim()) problems.push('an empty text')
    if (/[<>*_`]|\s$|^\s/.test(text.replace(CHOICE, 'x')))
      problems.push(`Markdown, HTML or outer spaces in "${text}"`)
  }
  return problems
}
