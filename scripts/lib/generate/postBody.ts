/**
 * The body of a generated post, in both languages at once: an opening, four to six sections under
 * `##` headings with paragraphs, and now and then a list, a quote, a callout or tip box, a figure or
 * image from content/media, a code block, a table of figures and links to earlier posts. About 650
 * words.
 */
import { type Both, type Pair, type Slots, both, fill } from './phrases'
import {
  blocks,
  callout,
  code,
  figure,
  heading,
  image,
  linkText,
  list,
  paragraph,
  quote,
  table,
  tipBox,
} from './markdown'
import type { Random } from './random'
import type { SourceImage } from './source'
import {
  CLOSINGS,
  CODE_BLOCKS,
  CODE_LEADS,
  GENERIC_HEADINGS,
  INTROS,
  LINKS,
  SENTENCES,
  TABLE_HEADER,
  TABLE_LEADS,
} from './textCommon'
import type { Theme } from './textThemes'

export type LinkTarget = { id: string; title: Both }

export type PostBodyInput = {
  random: Random
  themes: Theme[]
  slots: Slots
  /** The year the post is about, for its table of figures. */
  year: number
  figures: SourceImage[]
  /** Earlier posts it may link to. */
  links: LinkTarget[]
}

/** Sentences without repeats until the bank runs out. */
class Pool<T> {
  private left: T[] = []
  constructor(
    private readonly random: Random,
    private readonly items: readonly T[],
  ) {}
  next(): T {
    if (this.left.length === 0) this.left = this.random.shuffle(this.items)
    return this.left.pop()!
  }
}

type Extra = 'list' | 'quote' | 'callout' | 'tip' | 'figure' | 'image' | 'code' | 'table'

const EXTRAS: [Extra, number][] = [
  ['list', 0.6],
  ['quote', 0.3],
  ['callout', 0.2],
  ['tip', 0.12],
  ['figure', 0.15],
  ['image', 0.08],
  ['code', 0.07],
  ['table', 0.05],
]

export function postBody(input: PostBodyInput): Both {
  const { random, themes, slots } = input
  const say = (pair: Pair) => fill(pair, random, slots)
  const sentences = new Pool(random, [...themes.flatMap((theme) => theme.sentences), ...SENTENCES])
  const sentence = () => say(sentences.next())
  const paragraphOf = (count: number, first?: Both) =>
    paragraph([...(first ? [first] : []), ...Array.from({ length: count }, sentence)])

  const sectionCount = random.int(4, 6)
  const themeHeadings = random.sample(
    themes.flatMap((theme) => theme.headings),
    sectionCount - 1,
  )
  const headings = [...themeHeadings, random.pick(GENERIC_HEADINGS)]

  // Which sections get which extra; links are sentences added to a section's last paragraph.
  const extrasOf = new Map<number, Extra[]>()
  for (const [extra, chance] of EXTRAS) {
    if (!random.chance(chance)) continue
    if ((extra === 'figure' || extra === 'image') && input.figures.length === 0) continue
    const section = random.int(0, sectionCount - 1)
    extrasOf.set(section, [...(extrasOf.get(section) ?? []), extra])
  }
  const linkCount = input.links.length ? (random.chance(0.45) ? (random.chance(0.3) ? 2 : 1) : 0) : 0
  const targets = random.sample(input.links, linkCount)
  const linkSections = targets.map(() => random.int(0, sectionCount - 1))
  const callouts = random.shuffle(themes.flatMap((theme) => theme.callouts))

  const extraBlocks = (extra: Extra): Both[] => {
    switch (extra) {
      case 'list':
        return [
          list(
            random
              .sample(
                themes.flatMap((theme) => theme.listItems),
                random.int(3, 5),
              )
              .map(say),
          ),
        ]
      case 'quote':
        return [quote(say(random.pick(themes.flatMap((theme) => theme.quotes))))]
      case 'callout': {
        const chosen = callouts.pop()
        return chosen ? [callout(chosen.tone, say(chosen.title), say(chosen.text))] : []
      }
      case 'tip': {
        const chosen = callouts.pop()
        return chosen ? [tipBox(say(chosen.title), say(chosen.text))] : []
      }
      case 'figure': {
        const shown = random.pick(input.figures)
        const caption = {
          nl: shown.sidecar.caption?.nl ?? shown.sidecar.alt.nl,
          en: shown.sidecar.caption?.en ?? shown.sidecar.alt.en,
        }
        return [figure(shown.id, caption, shown.sidecar.credit)]
      }
      case 'image': {
        const shown = random.pick(input.figures)
        return [image(shown.id, shown.sidecar.alt)]
      }
      case 'code': {
        const fitting = CODE_BLOCKS.filter((block) =>
          themes.some((theme) => block.themes.includes(theme.name)),
        )
        if (fitting.length === 0) return []
        const block = random.pick(fitting)
        return [paragraph([say(random.pick(CODE_LEADS))]), code(block.lang, block.code)]
      }
      case 'table':
        return [paragraph([say(random.pick(TABLE_LEADS))]), figuresTable(random, input.year)]
    }
  }

  const parts: Both[] = [paragraphOf(random.int(2, 3), say(random.pick(INTROS)))]
  headings.forEach((title, section) => {
    parts.push(heading(say(title)), paragraphOf(random.int(3, 4)))
    for (const extra of extrasOf.get(section) ?? []) parts.push(...extraBlocks(extra))
    const links = targets
      .filter((_, index) => linkSections[index] === section)
      .map((target) =>
        fill(random.pick(LINKS), random, {
          title: { nl: linkText(target.title.nl), en: linkText(target.title.en) },
          id: both(target.id),
        }),
      )
    parts.push(paragraph([...Array.from({ length: random.int(3, 4) }, sentence), ...links]))
  })
  parts.push(paragraph([sentence(), say(random.pick(CLOSINGS))]))
  return blocks(parts)
}

/** A small table of yearly figures up to `year`. */
function figuresTable(random: Random, year: number) {
  let participants = random.int(8, 40)
  let questions = random.int(20, 120)
  const rows: string[][] = []
  for (let offset = 3; offset >= 0; offset--) {
    rows.push([String(year - offset), String(participants), String(questions)])
    participants += random.int(2, 25)
    questions += random.int(5, 60)
  }
  return table(
    [...TABLE_HEADER].map(([nl, en]) => ({ nl, en })),
    rows,
  )
}
