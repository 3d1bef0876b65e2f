/**
 * Reads and checks all of content/ before anything is imported: every file against its schema,
 * translations against each other, every reference against the files that exist, slugs and numbers
 * against duplicates. Problems name the file and the line, so a bad file is easy to fix.
 *
 * With a memo (checkMemo.ts), what a file's own checks found is remembered under a digest of its
 * text, so a run after a change parses and checks only the changed files. The checks between files
 * (references, duplicates, translations) always run on the whole set: they are cheap.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import {
  KINDS,
  MEDIA_EXTENSIONS,
  whyMediaCannotBeUsed,
  type ContentKind as Kind,
  type MediaHolds,
} from '../kinds'
import { LOCALES, type Locale } from '../locales'
import { checkMarkdown, type MarkdownContext, type MarkdownProblem } from '../markdown/checkMarkdown'
import type { ReferencedCollection } from '../references'
import type { Redirect, SlugsById } from '../redirects'
import { mediaSidecarSchema, siteSettingsSchema, type MediaSidecar, type SiteSettingsData } from '../schemas'
import { memoKey, openCheckMemo, type CheckMemo } from './checkMemo'
import { inBatches } from './inBatches'
import { splitFrontmatter } from './frontmatter'
import { readRedirects } from './readRedirects'
import { describeIssues, parseYaml, type FileProblem } from './yaml'
import type { z } from 'zod'

export type ContentFile = {
  /** Path relative to content/, with forward slashes. */
  file: string
  kind: Kind
  id: string
  locale: Locale
  text: string
  frontMatter: Record<string, unknown>
  body: string
  bodyStartLine: number
  lineOf: (path: PropertyKey[]) => number | undefined
}

export type Translations = Partial<Record<Locale, ContentFile>>

export type MediaFile = {
  id: string
  file: string
  extension: string
  bytes: Buffer
  hash: string
  sidecarFile: string
  sidecar: MediaSidecar
  sidecarText: string
}

export type SettingsFile = { file: string; locale: Locale; data: SiteSettingsData; text: string }

export type ContentSet = {
  documents: Map<Kind, Map<string, Translations>>
  media: Map<string, MediaFile>
  settings: Partial<Record<Locale, SettingsFile>>
  /**
   * Old addresses and where they lead now (content/redirects.yml). Their targets are not checked
   * here: a document may leave the site, and its old address then stops working (the build says so).
   */
  redirects: Redirect[]
}

const FILE_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(nl|en)\.md$/

/** The documents of one kind, by id; empty when content/ has none. */
export function documentsOf(set: ContentSet, kindName: string): Map<string, Translations> {
  for (const [kind, documents] of set.documents) if (kind.name === kindName) return documents
  return new Map()
}

/**
 * For a process that reads content/ again after a few files changed (the site renderer that
 * stays running): the set it read last time, and the files (relative to content/) that changed,
 * were added or removed since. The documents and images of every other file are taken from that
 * set instead of being read and parsed again; the checks between files run over all of them.
 */
export type ReuseEarlierRead = { set: ContentSet; changed: ReadonlySet<string> }

export async function readContent(
  root: string,
  { memo, reuse }: { memo?: CheckMemo; reuse?: ReuseEarlierRead } = {},
): Promise<{ set: ContentSet; problems: FileProblem[] }> {
  const remembered = memo ?? (await openCheckMemo())
  const earlier = reuse && unchangedFilesOf(reuse)
  const problems: FileProblem[] = []
  const problem = (file: string, line: number | undefined, message: string) =>
    problems.push({ file, line, message })
  const set: ContentSet = { documents: new Map(), media: new Map(), settings: {}, redirects: [] }

  for (const kind of KINDS) {
    const documents = new Map<string, Translations>()
    set.documents.set(kind, documents)
    const names = (await listFiles(path.join(root, kind.folder))).filter(
      (name) => !(kind.name === 'book' && name === 'chapters'),
    )
    const texts = await readTexts(
      root,
      names
        .filter((name) => FILE_NAME.test(name))
        .map((name) => `${kind.folder}/${name}`)
        .filter((file) => !earlier?.documents.has(file)),
    )
    for (const name of names) {
      const file = `${kind.folder}/${name}`
      const unchanged = earlier?.documents.get(file)
      if (unchanged) {
        // The same kind, but maybe another copy of this module's (Astro bundles its own).
        const translations = documents.get(unchanged.id) ?? {}
        translations[unchanged.locale] = { ...unchanged, kind }
        documents.set(unchanged.id, translations)
        continue
      }
      const match = FILE_NAME.exec(name)
      if (!match || (kind.singleFileName && match[1] !== kind.singleFileName)) {
        const expected = kind.singleFileName
          ? `${kind.singleFileName}.nl.md or ${kind.singleFileName}.en.md`
          : '<id>.nl.md or <id>.en.md'
        problem(file, undefined, `unexpected file name; files here are named ${expected}`)
        continue
      }
      const parsed = readDocument(
        texts.get(file)!,
        file,
        kind,
        match[1],
        match[2] as Locale,
        problem,
        remembered,
      )
      if (!parsed) continue
      const translations = documents.get(parsed.id) ?? {}
      translations[parsed.locale] = parsed
      documents.set(parsed.id, translations)
    }
  }
  await readMedia(root, set, problem, earlier?.media)
  await readSettings(root, set, problem)
  const redirects = await readRedirects(root)
  set.redirects = redirects.redirects
  problems.push(...redirects.problems)
  checkTranslationsAgree(set, problem)
  checkUnique(set, problem)
  checkReferences(set, problem, remembered)
  // The memo keeps only what a read asked of it; a read that skipped most files would shrink it to
  // those few, and the next full read would check everything again. So such a read leaves it as is.
  if (!reuse) await remembered.save()
  return { set, problems }
}

/** The documents and images of the earlier read whose files did not change, by file. */
function unchangedFilesOf({ set, changed }: ReuseEarlierRead) {
  const documents = new Map<string, ContentFile>()
  for (const byId of set.documents.values())
    for (const translations of byId.values())
      for (const document of Object.values(translations))
        if (!changed.has(document.file)) documents.set(document.file, document)
  const media = new Map<string, MediaFile>()
  for (const image of set.media.values())
    if (!changed.has(image.file) && !changed.has(image.sidecarFile)) media.set(image.file, image)
  return { documents, media }
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => !name.startsWith('.')).sort()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw new Error(`Cannot read ${dir}`, { cause: error })
  }
}

type Report = (file: string, line: number | undefined, message: string) => void

/** The text of each file, read a batch at a time (./inBatches.ts). */
async function readTexts(root: string, files: string[]): Promise<Map<string, string>> {
  const texts = await inBatches(files, 64, (file) => readFile(path.join(root, file), 'utf8'))
  return new Map(files.map((file, i) => [file, texts[i]!]))
}

function readDocument(
  text: string,
  file: string,
  kind: Kind,
  id: string,
  locale: Locale,
  problem: Report,
  memo: CheckMemo,
): ContentFile | undefined {
  const split = splitFrontmatter(text)
  if ('error' in split) {
    problem(file, split.line, split.error)
    return undefined
  }
  // Only front matter that passed is remembered: a file with problems is checked every time, so
  // its problems are always reported.
  const key = memoKey('front matter', kind.name, split.frontmatter)
  const known = memo.recall<Record<string, unknown>>(key)
  const parsed = known
    ? { data: known, lineOf: linesOnDemand(split.frontmatter) }
    : parseAndCheck(file, split.frontmatter, 2, kind.schema, problem)
  if (!parsed) return undefined
  if (!known) memo.remember(key, parsed.data)
  return {
    file,
    kind,
    id,
    locale,
    text,
    frontMatter: parsed.data as Record<string, unknown>,
    body: split.body,
    bodyStartLine: split.bodyStartLine,
    lineOf: parsed.lineOf,
  }
}

/**
 * The line of a key in remembered front matter: the YAML is parsed again only when a problem
 * between files (a duplicate slug, a missing reference) needs to name it.
 */
function linesOnDemand(frontmatter: string): ContentFile['lineOf'] {
  let lineOf: ContentFile['lineOf'] | undefined
  return (key) => (lineOf ??= parseYaml(frontmatter, 2).lineOf)(key)
}

/** YAML text checked against a schema; every problem is reported with its line, and undefined returned. */
function parseAndCheck<T>(
  file: string,
  text: string,
  firstLine: number,
  schema: z.ZodType<T>,
  problem: Report,
): { data: T; lineOf: ContentFile['lineOf'] } | undefined {
  const yaml = parseYaml(text, firstLine)
  if (yaml.errors.length) {
    for (const error of yaml.errors) problem(file, error.line, error.message)
    return undefined
  }
  const result = schema.safeParse(yaml.value ?? {})
  if (!result.success) {
    for (const issue of describeIssues(result.error.issues, text, yaml))
      problem(file, issue.line, issue.message)
    return undefined
  }
  return { data: result.data, lineOf: yaml.lineOf }
}

async function readMedia(
  root: string,
  set: ContentSet,
  problem: Report,
  unchanged?: Map<string, MediaFile>,
): Promise<void> {
  const names = await listFiles(path.join(root, 'media'))
  const sidecars = new Set(names.filter((name) => name.endsWith('.yml')).map((name) => name.slice(0, -4)))
  const originals = new Set<string>()
  for (const name of names) {
    if (name.endsWith('.yml')) continue
    const file = `media/${name}`
    const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z0-9]+)$/.exec(name)
    if (!match || !MEDIA_EXTENSIONS.includes(match[2])) {
      problem(
        file,
        undefined,
        `not a media file of ours; media files are <id>.${MEDIA_EXTENSIONS.join('|')} with a <id>.yml beside them`,
      )
      continue
    }
    const [, id, extension] = match
    if (originals.has(id)) {
      problem(file, undefined, `there is more than one image with the id "${id}"`)
      continue
    }
    originals.add(id)
    if (!sidecars.has(id)) {
      problem(
        file,
        undefined,
        `media/${id}.yml is missing: every image needs its alt text, credit and focal point`,
      )
      continue
    }
    const earlier = unchanged?.get(file)
    if (earlier) {
      set.media.set(id, earlier)
      continue
    }
    const sidecarFile = `media/${id}.yml`
    const sidecarText = await readFile(path.join(root, sidecarFile), 'utf8')
    const sidecar = parseAndCheck(sidecarFile, sidecarText, 1, mediaSidecarSchema, problem)
    if (!sidecar) continue
    const bytes = await readFile(path.join(root, file))
    set.media.set(id, {
      id,
      file,
      extension,
      bytes,
      hash: createHash('sha256').update(bytes).digest('hex'),
      sidecarFile,
      sidecar: sidecar.data,
      sidecarText,
    })
  }
  for (const id of sidecars) {
    if (!originals.has(id))
      problem(`media/${id}.yml`, undefined, `there is no image file media/${id}.<extension> for this sidecar`)
  }
}

async function readSettings(root: string, set: ContentSet, problem: Report): Promise<void> {
  for (const locale of LOCALES) {
    const file = `site-settings.${locale}.yml`
    let text: string
    try {
      text = await readFile(path.join(root, file), 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
      throw new Error(`Cannot read content/${file}`, { cause: error })
    }
    const settings = parseAndCheck(file, text, 1, siteSettingsSchema, problem)
    if (settings) set.settings[locale] = { file, locale, data: settings.data, text }
  }
}

/** Keys that are the same in every language must be the same in every file of one document. */
function checkTranslationsAgree(set: ContentSet, problem: Report): void {
  for (const [kind, documents] of set.documents) {
    for (const translations of documents.values()) {
      const [first, ...others] = LOCALES.map((locale) => translations[locale]).filter(
        (file): file is ContentFile => Boolean(file),
      )
      for (const other of others) {
        for (const key of kind.shared) {
          if (JSON.stringify(first.frontMatter[key]) !== JSON.stringify(other.frontMatter[key])) {
            problem(
              other.file,
              other.lineOf([key]),
              `"${key}" differs from ${first.file}; it is the same in every language, so give it the same value in both files`,
            )
          }
        }
      }
    }
  }
}

function checkUnique(set: ContentSet, problem: Report): void {
  for (const documents of set.documents.values()) {
    for (const key of ['slug', 'number']) {
      for (const locale of LOCALES) {
        const seen = new Map<string, string>()
        for (const translations of documents.values()) {
          const file = translations[locale]
          const value = file?.frontMatter[key]
          if (!file || value === undefined) continue
          const owner = seen.get(String(value))
          if (owner)
            problem(file.file, file.lineOf([key]), `${key} "${String(value)}" is already used by ${owner}`)
          else seen.set(String(value), file.file)
        }
        if (key === 'number') break // numbers are the same in every language: one check is enough
      }
    }
  }
  const book = [...set.documents.entries()].find(([kind]) => kind.name === 'book')?.[1]
  const chapters = [...set.documents.entries()].find(([kind]) => kind.name === 'chapters')?.[1]
  if (chapters?.size && !book?.size) {
    const first = [...chapters.values()][0]
    const file = (first.nl ?? first.en)!.file
    problem(file, undefined, 'there are chapters but no book: add book/book.nl.md')
  }
}

/** Every id mentioned in front matter or in a body must exist as a file in content/. */
function checkReferences(set: ContentSet, problem: Report, memo: CheckMemo): void {
  const exists = (collection: ReferencedCollection | 'media', id: string): boolean => {
    if (collection === 'media') return set.media.has(id)
    for (const [kind, documents] of set.documents)
      if (kind.collection === collection) return documents.has(id)
    return false
  }
  const mediaProblem = (id: string, holds?: MediaHolds) => {
    const media = set.media.get(id)
    return media && whyMediaCannotBeUsed(media.extension, holds)
  }
  const imageProblem = (id: string) => mediaProblem(id, 'images')
  for (const [kind, documents] of set.documents) {
    for (const translations of documents.values()) {
      for (const file of Object.values(translations)) {
        for (const reference of kind.references) {
          const value = file.frontMatter[reference.key]
          const ids = Array.isArray(value) ? value : value === undefined ? [] : [value]
          ids.forEach((id, index) => {
            const why =
              reference.collection === 'media' ? mediaProblem(String(id), reference.holds) : undefined
            if (why)
              problem(
                file.file,
                file.lineOf([reference.key, ...(Array.isArray(value) ? [index] : [])]),
                `"${reference.key}" refers to "${String(id)}": ${why}`,
              )
            if (!exists(reference.collection, String(id))) {
              const where =
                reference.collection === 'media'
                  ? 'content/media'
                  : `content/${folderOf(set, reference.collection)}`
              problem(
                file.file,
                file.lineOf(Array.isArray(value) ? [reference.key, index] : [reference.key]),
                `"${reference.key}" refers to "${String(id)}", which does not exist in ${where}`,
              )
            }
          })
        }
        // Plain-text bodies (bios, descriptions) are shown with their links too: same rules.
        const htmlIsText = kind.body.format === 'text'
        for (const issue of checkBody(file.body, { exists, imageProblem, htmlIsText }, memo)) {
          problem(
            file.file,
            issue.line === undefined ? undefined : issue.line + file.bodyStartLine - 1,
            issue.message,
          )
        }
      }
    }
  }
}

function folderOf(set: ContentSet, collection: string): string {
  for (const kind of set.documents.keys()) if (kind.collection === collection) return kind.folder
  return collection
}

/** One question a body's check asked about other files, and the answer it got. */
type Asked = [question: 'exists' | 'image', collection: string, id: string, answer: boolean | string | null]

/**
 * checkMarkdown, remembered. A body's problems depend on its text and on what it asked about other
 * files (does `post:x` exist, can image `y` be shown), so the questions are remembered with their
 * answers: the outcome is reused only while every answer is still the same.
 */
function checkBody(body: string, context: Required<MarkdownContext>, memo: CheckMemo): MarkdownProblem[] {
  const { exists, imageProblem, htmlIsText } = context
  const answer = ([question, collection, id]: Asked) =>
    question === 'exists'
      ? exists(collection as Parameters<typeof exists>[0], id)
      : (imageProblem(id) ?? null)
  const key = memoKey('markdown', htmlIsText ? 'text' : 'markdown', body)
  const known = memo.recall<{ problems: MarkdownProblem[]; asked: Asked[] }>(key)
  if (known && known.asked.every((asked) => answer(asked) === asked[3])) return known.problems
  const asked: Asked[] = []
  const problems = checkMarkdown(body, {
    htmlIsText,
    exists: (collection, id) => {
      const found = exists(collection, id)
      asked.push(['exists', collection, id, found])
      return found
    },
    imageProblem: (id) => {
      const why = imageProblem(id)
      asked.push(['image', '', id, why ?? null])
      return why
    },
  })
  memo.remember(key, { problems, asked })
  return problems
}

/** Each document's slug per language, for turning references into addresses (redirects). */
export function slugsInContent(set: ContentSet): SlugsById {
  return (collection, id) => {
    for (const [kind, documents] of set.documents) {
      if (kind.collection !== collection) continue
      const translations = documents.get(id)
      if (!translations) return undefined
      const slugs: Partial<Record<Locale, string>> = {}
      for (const [locale, file] of Object.entries(translations) as [Locale, ContentFile][])
        if (typeof file.frontMatter.slug === 'string') slugs[locale] = file.frontMatter.slug
      return slugs
    }
    return undefined
  }
}
