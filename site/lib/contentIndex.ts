/**
 * What the Markdown pipeline needs to know about all of content/: the URL of every document in every
 * language (to turn `post:<id>` into a link) and the file of every image (to turn `media:<id>` into
 * an optimised picture). Read once per build, with the same checks as the CMS import, so a broken
 * reference fails the build and names the file and line.
 */
import path from 'node:path'

import { openCheckMemo } from '../../model/files/checkMemo'
import { readContent, type ContentSet, type ReuseEarlierRead } from '../../model/files/readContent'
import { formatProblem } from '../../model/files/yaml'
import { kindOfCollection, type ReferenceKind } from '../../model/references'
import type { Locale } from './i18n'
import { buildGeneration } from './perBuild'
import { documentUrl } from '../../model/urls'

export const contentRoot = path.resolve(process.env.CONTENT_DIR ?? 'content')

export type ContentIndex = {
  url(kind: ReferenceKind, id: string, locale: Locale): string | undefined
  mediaFile(id: string): string | undefined
  mediaAlt(id: string, locale: Locale): string
  /**
   * Every answer the index can give, by question (`post:<id>:nl`, `media:<id>`): what a renderer
   * that stays running compares between builds, since a changed answer changes the files that ask.
   */
  answers(): Map<string, string>
}

/**
 * Read once per build, and shared through globalThis: in `astro build` this module is loaded
 * more than once (by the Markdown plugin in astro.config.mjs, by the content loader and by the
 * built pages), and reading and checking all of content/ takes about 4 ms a file.
 */
type Once = {
  generation: number
  /** Set by `readOnlyChangedFiles()` before this build's first read. */
  reuse?: ReuseEarlierRead
  reading?: Promise<ContentSet>
  loading?: Promise<ContentIndex>
  loaded?: ContentIndex
}
const memo = ((globalThis as { [key: symbol]: unknown })[Symbol.for('openambt.contentIndex')] ??= new Map<
  string,
  Once
>()) as Map<string, Once>

/** This build's memo: a later build in the same process (lib/perBuild.ts) reads content/ again. */
function onceThisBuild(): Once {
  const generation = buildGeneration()
  let once = memo.get(contentRoot)
  if (once?.generation !== generation) memo.set(contentRoot, (once = { generation }))
  return once
}

/**
 * What checking each file found in earlier runs (model/files/checkMemo.ts), when the build set up
 * a memo for this version of the checks (scripts/lib/contentCheckMemo.ts); otherwise every file is
 * checked.
 */
const rememberedChecks = () =>
  openCheckMemo(
    process.env.CONTENT_CHECK_VERSION ? process.env.CONTENT_CHECK_CACHE : undefined,
    process.env.CONTENT_CHECK_VERSION,
  )

/** All of content/, read and checked once per build (the book build reads its chapters from it). */
export function checkedContent(): Promise<ContentSet> {
  const once = onceThisBuild()
  once.reading ??= rememberedChecks()
    .then((memo) => readContent(contentRoot, { memo, reuse: once.reuse }))
    .then(({ set, problems }) => {
      if (problems.length) {
        const list = problems.map((problem) => `  ${formatProblem(problem)}`)
        throw new Error(`content/ has ${problems.length} problem(s):\n${list.join('\n')}`)
      }
      lastRead.set(contentRoot, set)
      return set
    })
  return once.reading
}

/** The last complete, problem-free read of each content/ folder in this process. */
const lastRead = ((globalThis as { [key: symbol]: unknown })[Symbol.for('openambt.contentIndex.lastRead')] ??=
  new Map<string, ContentSet>()) as Map<string, ContentSet>

/**
 * For a process that builds again (the renderer that stays running, after `startNextBuild()`):
 * the files of content/ (relative to it) that changed since its last build. This build's read
 * takes every other file from the last one instead of reading and checking it again (about 2 s
 * at 10,000 posts); the checks between files still cover them all.
 */
export function readOnlyChangedFiles(changed: Iterable<string>): void {
  const set = lastRead.get(contentRoot)
  const once = onceThisBuild()
  if (set && !once.reading) once.reuse = { set, changed: new Set(changed) }
}

export function contentIndex(): Promise<ContentIndex> {
  const once = onceThisBuild()
  once.loading ??= build().then((index) => (once.loaded = index))
  return once.loading
}

/**
 * This build's index, once `contentIndex()` has resolved in it: for code that must answer at once
 * (the loader's digest of each file, which a renderer that stays running asks again per build).
 */
export function loadedContentIndex(): ContentIndex {
  const { loaded } = onceThisBuild()
  if (!loaded)
    throw new Error('the content index of this build is not loaded yet: await contentIndex() first')
  return loaded
}

/**
 * The questions asked of the index in this process while someone records them (`post:<id>`,
 * `media:<id>`, whatever the language): the book build notes the files behind its links, so a
 * later build can tell the book is unchanged without reading content/ (scripts/lib/book/inputs.ts).
 */
const recording: { questions?: Set<string> } = {}

/** From now on, every question asked of the index is added to the set returned. */
export function recordQuestions(): Set<string> {
  recording.questions ??= new Set()
  return recording.questions
}

async function build(): Promise<ContentIndex> {
  const set = await checkedContent()
  const urls = new Map<string, string>()
  for (const [kind, documents] of set.documents) {
    const reference = kindOfCollection(kind.collection)
    if (!reference || kind.collection === 'books' || kind.collection === 'editions') continue
    for (const [id, translations] of documents) {
      for (const file of Object.values(translations)) {
        urls.set(
          `${reference}:${id}:${file.locale}`,
          documentUrl(kind.collection, String(file.frontMatter.slug), file.locale),
        )
      }
    }
  }
  const asked = (question: string) => recording.questions?.add(question)
  const fileOf = (id: string) => {
    const media = set.media.get(id)
    return media ? path.join(contentRoot, media.file) : undefined
  }
  const altOf = (id: string, locale: Locale) => set.media.get(id)?.sidecar.alt[locale] ?? ''
  return {
    // A document missing in the reader's language links to the other language rather than nowhere.
    url: (kind, id, locale) => {
      asked(`${kind}:${id}`)
      return urls.get(`${kind}:${id}:${locale}`) ?? urls.get(`${kind}:${id}:${locale === 'nl' ? 'en' : 'nl'}`)
    },
    mediaAlt: (id, locale) => {
      asked(`media:${id}`)
      return altOf(id, locale)
    },
    mediaFile: (id) => {
      asked(`media:${id}`)
      return fileOf(id)
    },
    answers: () =>
      new Map([
        ...urls,
        ...[...set.media.keys()].map((id): [string, string] => [
          `media:${id}`,
          JSON.stringify([fileOf(id), altOf(id, 'nl'), altOf(id, 'en')]),
        ]),
      ]),
  }
}
