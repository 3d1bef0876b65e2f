/**
 * `npm run content:generate`: a complete content/ folder at scale, the same bytes for the same
 * arguments. It copies the repository's content/ (settings, pages, book, topics, authors, media and
 * the demo documents), adds generated authors, posts, tips and speakers, checks the result with the
 * project's own reader (model/files/readContent.ts, what the site build runs) and only then puts it
 * in place of the output folder.
 */
import path from 'node:path'

import { readContent } from '../../../model/files/readContent'
import { formatProblem } from '../../../model/files/yaml'
import { LOCALES } from '../../../model/locales'
import { elapsed } from '../log'
import { generateAuthors } from './authors'
import { filesOf, type GeneratedDocument } from './documents'
import type { GenerateOptions } from './options'
import { checkOutput, partialOf, sizeOf, startPartial, swapIn, writeFiles, writeMarker } from './output'
import { NameSource } from './people'
import { generatePosts } from './posts'
import { Random } from './random'
import { SlugRegistry } from './slugs'
import { readSource, type Taken } from './source'
import { generateSpeakers } from './speakers'
import { generateTips } from './tips'

/** Where progress goes: scripts/lib/log.ts's logger, or anything with the same three methods. */
export type Log = Record<'info' | 'warn' | 'error', (message: string) => unknown>

/** Posts and tips are dated from the network's first year to the present one. */
export const FIRST_DATE = '2008-01-01'
export const LAST_DATE = '2026-10-31'

export const REPOSITORY_CONTENT = path.resolve(import.meta.dirname, '../../../content')

export type GenerateSummary = {
  out: string
  /** Generated files per kind. */
  files: Record<'posts' | 'tips' | 'speakers' | 'authors', number>
  generatedBytes: number
  copied: { files: number; bytes: number }
  checkedFiles: number
}

const KINDS = ['authors', 'posts', 'tips', 'speakers'] as const

export async function generateContent(
  options: GenerateOptions,
  log: Log,
  source: string = REPOSITORY_CONTENT,
): Promise<GenerateSummary> {
  await checkOutput(options.out, source)
  let start = performance.now()
  const from = await readSource(source)
  log.info(`read ${path.relative(process.cwd(), source) || source} (${elapsed(start)})`)

  start = performance.now()
  const registry = (taken: Taken, locale?: 'nl' | 'en') =>
    new SlugRegistry(
      locale ? [...taken.ids, ...taken.slugs[locale]] : [...taken.ids, ...taken.slugs.nl, ...taken.slugs.en],
    )
  const names = new NameSource([...from.taken.authors.names, ...from.taken.speakers.names])
  const authors = generateAuthors(
    options.authors,
    Random.for(options.seed, 'authors'),
    names,
    registry(from.taken.authors),
  )
  const posts = generatePosts({
    count: options.posts / 2,
    random: Random.for(options.seed, 'posts'),
    authors: [
      ...from.authors,
      ...authors.map((author) => ({ id: author.id, name: String(author.files.nl.frontMatter.name) })),
    ],
    topics: from.topics,
    heroes: from.heroes,
    figures: from.figures,
    slugs: { nl: registry(from.taken.posts, 'nl'), en: new SlugRegistry(from.taken.posts.slugs.en) },
    firstDate: FIRST_DATE,
    lastDate: LAST_DATE,
  })
  const tips = generateTips({
    count: options.tips / 2,
    random: Random.for(options.seed, 'tips'),
    firstNumber: from.lastTipNumber + 1,
    ids: new SlugRegistry(from.taken.tips.ids),
    slugs: { nl: new SlugRegistry(from.taken.tips.slugs.nl), en: new SlugRegistry(from.taken.tips.slugs.en) },
    topics: from.topics,
    firstDate: FIRST_DATE,
    lastDate: LAST_DATE,
  })
  const speakers = generateSpeakers(
    options.speakers / 2,
    Random.for(options.seed, 'speakers'),
    names,
    registry(from.taken.speakers),
    from.topics,
  )
  const generated: Record<(typeof KINDS)[number], GeneratedDocument[]> = { authors, posts, tips, speakers }
  const files = [...filesOf([...authors, ...posts, ...tips, ...speakers])]
  log.info(`generated ${files.length} files (${elapsed(start)})`)

  start = performance.now()
  const partial = await startPartial(options.out, source)
  const copied = await sizeOf(partial)
  const generatedBytes = await writeFiles(partial, files, (written) =>
    log.info(`wrote ${written} of ${files.length} files`),
  )
  const { out: _out, ...made } = options
  await writeMarker(partial, `${JSON.stringify(made, null, 2)}\n`)
  log.info(`wrote ${partialOf(options.out)} (${elapsed(start)})`)

  start = performance.now()
  log.info('checking every file with the content reader (model/files/readContent.ts), as the site build does')
  const checkedFiles = await check(partial, from.documents, generated)
  log.info(`checked ${checkedFiles} files with the content reader (${elapsed(start)})`)

  await swapIn(options.out)
  return {
    out: options.out,
    files: Object.fromEntries(
      KINDS.map((kind) => [kind, generated[kind].length * LOCALES.length]),
    ) as GenerateSummary['files'],
    generatedBytes,
    copied,
    checkedFiles,
  }
}

/**
 * Reads the output as the site build does; any problem fails the run with the problems listed.
 * Also checks that every generated document is there in both languages.
 */
async function check(
  partial: string,
  copied: Record<string, number>,
  generated: Record<string, GeneratedDocument[]>,
): Promise<number> {
  const { set, problems } = await readContent(partial)
  if (problems.length) {
    const shown = problems
      .slice(0, 50)
      .map((problem) => `  ${formatProblem(problem).replace(/^content\//, `${partial}/`)}`)
    const more = problems.length > shown.length ? `\n  ... and ${problems.length - shown.length} more` : ''
    throw new Error(
      `the content reader refused ${problems.length} problem(s) in the generated content; the output was left in ${partial}:\n${shown.join('\n')}${more}`,
    )
  }
  let files = Object.values(set.settings).length + set.media.size * 2
  for (const [kind, documents] of set.documents) {
    for (const translations of documents.values()) files += Object.keys(translations).length
    const expected = (copied[kind.name] ?? 0) + (generated[kind.name]?.length ?? 0)
    if (documents.size !== expected)
      throw new Error(`${partial}/${kind.folder} holds ${documents.size} documents; expected ${expected}`)
    for (const document of generated[kind.name] ?? []) {
      const translations = documents.get(document.id)
      if (!translations?.nl || !translations.en)
        throw new Error(`${partial}/${kind.folder}/${document.id} is missing a language`)
    }
  }
  return files
}
