/**
 * The arguments of `npm run content:generate`, checked: counts are files (a Dutch and an English
 * one per document), so they are whole, even and not negative.
 */
export type GenerateOptions = {
  /** Files, not documents: 10000 posts are 5000 documents in Dutch and English. */
  posts: number
  tips: number
  speakers: number
  /** Author documents (each in both languages): about one per hundred post files. */
  authors: number
  out: string
  seed: number
}

export const USAGE =
  'npm run content:generate -- [--posts 10000] [--tips 2000] [--speakers 500] [--out .cache/generated-content] [--seed 1]'

export const DEFAULT_OUT = '.cache/generated-content'
const DEFAULT_POSTS = 10_000
const MAX_FILES = 1_000_000

/** A wrong argument, with a message that names the option and says what it takes. */
export class ArgumentError extends Error {}

/** The nearest even number: counts are pairs of files. */
const even = (value: number) => 2 * Math.round(value / 2)

export function parseGenerateArguments(argv: string[]): GenerateOptions {
  const given = new Map<string, string>()
  const known = ['posts', 'tips', 'speakers', 'out', 'seed']
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]
    const match = /^--([a-z]+)(?:=(.*))?$/s.exec(argument)
    if (!match) throw new ArgumentError(`unexpected argument "${argument}"; usage: ${USAGE}`)
    const [, name, inline] = match
    if (!known.includes(name)) throw new ArgumentError(`unknown option --${name}; usage: ${USAGE}`)
    if (given.has(name)) throw new ArgumentError(`--${name} is given more than once`)
    const value = inline ?? argv[++index]
    if (value === undefined || value === '')
      throw new ArgumentError(`--${name} needs a value; usage: ${USAGE}`)
    given.set(name, value)
  }

  const count = (name: string, fallback: number): number => {
    const value = given.get(name)
    if (value === undefined) return fallback
    if (!/^\d+$/.test(value))
      throw new ArgumentError(`--${name} must be a whole number of files, 0 or more; got "${value}"`)
    const files = Number(value)
    if (files > MAX_FILES) throw new ArgumentError(`--${name} must be at most ${MAX_FILES}; got ${value}`)
    if (files % 2 !== 0)
      throw new ArgumentError(
        `--${name} must be even: it counts files, one Dutch and one English per document; got ${value}`,
      )
    return files
  }

  const posts = count('posts', DEFAULT_POSTS)
  const seedText = given.get('seed') ?? '1'
  if (!/^\d+$/.test(seedText) || Number(seedText) > 0xffffffff)
    throw new ArgumentError(`--seed must be a whole number from 0 to 4294967295; got "${seedText}"`)
  const out = given.get('out') ?? DEFAULT_OUT
  if (!out.trim()) throw new ArgumentError('--out must name a folder')
  return {
    posts,
    tips: count('tips', even(posts / 5)),
    speakers: count('speakers', even(posts / 20)),
    authors: posts === 0 ? 0 : Math.max(1, Math.round(posts / 100)),
    out,
    seed: Number(seedText),
  }
}
