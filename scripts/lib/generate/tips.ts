/**
 * Writes generated tips (content/tips): numbered after the last tip in content/, a category from
 * the vocabulary, dates spread over the years in the order of their numbers, a short body with
 * steps.
 */
import { TIPS } from '../../../model/kinds'
import { TIP_CATEGORIES, valuesOf } from '../../../model/vocabularies'
import type { GeneratedDocument } from './documents'
import { blocks, list, paragraph } from './markdown'
import { NUMBER_SLOTS, spreadDate } from './numbers'
import { fill, variants } from './phrases'
import type { Random } from './random'
import type { SlugRegistry } from './slugs'
import { TIP_BANKS, TIP_CLOSINGS, TIP_STEP_LEADS, TIP_TITLE_ENDINGS } from './textTips'

export type TipOptions = {
  count: number
  random: Random
  /** The number of the first generated tip. */
  firstNumber: number
  ids: SlugRegistry
  slugs: { nl: SlugRegistry; en: SlugRegistry }
  topics: string[]
  firstDate: string
  lastDate: string
}

export function generateTips(options: TipOptions): GeneratedDocument[] {
  const { count, random, topics } = options
  const documents: GeneratedDocument[] = []
  for (let index = 0; index < count; index++) {
    const number = options.firstNumber + index
    const id = options.ids.claim(`tip-${String(number).padStart(3, '0')}`)
    const category = random.pick(valuesOf(TIP_CATEGORIES))
    const bank = TIP_BANKS[category]
    const date = spreadDate(index, count, options.firstDate, options.lastDate, random)
    const fitting = bank.topics.filter((topic) => topics.includes(topic))
    const chosenTopics = random.chance(0.7) ? random.sample(fitting, random.int(1, 2)) : []
    // Titles with more variants come up more often, so no single title repeats much.
    const title = fill(random.weighted(bank.titles, variants), random, NUMBER_SLOTS)
    if (!title.nl.includes(',') && random.chance(0.5)) {
      const ending = fill(random.pick(TIP_TITLE_ENDINGS), random)
      title.nl += ending.nl
      title.en += ending.en
    }
    const sentences = random.sample(bank.sentences, 3).map((pair) => fill(pair, random, NUMBER_SLOTS))
    const parts = [paragraph(sentences.slice(0, 2))]
    if (random.chance(0.65)) {
      const steps = random
        .sample(bank.steps, random.int(3, 4))
        .sort((a, b) => bank.steps.indexOf(a) - bank.steps.indexOf(b))
        .map((pair) => fill(pair, random, NUMBER_SLOTS))
      parts.push(paragraph([fill(random.pick(TIP_STEP_LEADS), random)]), list(steps, random.chance(0.5)))
    }
    parts.push(paragraph([sentences[2], fill(random.pick(TIP_CLOSINGS), random)]))
    const text = blocks(parts)
    const frontMatter = (locale: 'nl' | 'en') => ({
      number,
      title: title[locale],
      slug: options.slugs[locale].claim(title[locale], 'tip'),
      category,
      topics: chosenTopics,
      date,
    })
    documents.push({
      kind: TIPS,
      id,
      files: {
        nl: { frontMatter: frontMatter('nl'), body: text.nl },
        en: { frontMatter: frontMatter('en'), body: text.en },
      },
    })
  }
  return documents
}
