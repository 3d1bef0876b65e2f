/**
 * `npm run content:generate`: the same arguments give the same bytes, the project's reader accepts
 * what it writes, the counts are files per language, and a wrong argument names its option.
 * Real folders, real reader, no mocks.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { readContent, type ContentSet } from '../../model/files/readContent'
import { generateContent, REPOSITORY_CONTENT, type Log } from '../../scripts/lib/generate/generate'
import { ArgumentError, parseGenerateArguments } from '../../scripts/lib/generate/options'
import { MARKER } from '../../scripts/lib/generate/output'
import { checkPair, type Pair } from '../../scripts/lib/generate/phrases'
import * as common from '../../scripts/lib/generate/textCommon'
import * as people from '../../scripts/lib/generate/textPeople'
import { THEMES } from '../../scripts/lib/generate/textThemes'
import {
  TIP_BANKS,
  TIP_CLOSINGS,
  TIP_STEP_LEADS,
  TIP_TITLE_ENDINGS,
} from '../../scripts/lib/generate/textTips'

const root = path.resolve(import.meta.dirname, '../..')
const quiet: Log = { info: () => {}, warn: () => {}, error: () => {} }
const ARGUMENTS = ['--posts', '60', '--tips', '20', '--speakers', '10']

let work: string
let first: string
let second: string
let generated: Awaited<ReturnType<typeof readContent>>
let demo: Awaited<ReturnType<typeof readContent>>

/** Every file under `dir`, by relative path, sorted. */
async function listing(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

const documents = (set: ContentSet, name: string) =>
  [...set.documents].find(([kind]) => kind.name === name)![1]
const filesIn = (set: ContentSet, name: string, locale: 'nl' | 'en') =>
  [...documents(set, name).values()].filter((translations) => translations[locale]).length

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'generate-content-'))
  first = path.join(work, 'first')
  second = path.join(work, 'second')
  await generateContent({ ...parseGenerateArguments(ARGUMENTS), out: first }, quiet)
  await generateContent({ ...parseGenerateArguments(ARGUMENTS), out: second }, quiet)
  ;[generated, demo] = await Promise.all([readContent(first), readContent(REPOSITORY_CONTENT)])
}, 60_000)

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('content:generate', () => {
  test('gives byte-identical folders for the same arguments', async () => {
    const files = await listing(first)
    expect(files).toEqual(await listing(second))
    expect(files).toContain(MARKER)
    for (const file of files) {
      const [a, b] = await Promise.all([readFile(path.join(first, file)), readFile(path.join(second, file))])
      expect(a.equals(b), file).toBe(true)
    }
  })

  test('writes what the content reader accepts, with the counts asked for per language', () => {
    expect(generated.problems).toEqual([])
    expect(demo.problems).toEqual([])
    const asked = { posts: 60, tips: 20, speakers: 10, authors: 2 }
    for (const [kind, files] of Object.entries(asked)) {
      for (const locale of ['nl', 'en'] as const)
        expect(
          filesIn(generated.set, kind, locale) - filesIn(demo.set, kind, locale),
          `${kind} ${locale}`,
        ).toBe(files / 2)
    }
    // The rest of content/ is copied as it is.
    for (const kind of ['pages', 'topics', 'book', 'chapters'])
      expect(documents(generated.set, kind).size, kind).toBe(documents(demo.set, kind).size)
    expect(generated.set.media.size).toBe(demo.set.media.size)
    expect(Object.keys(generated.set.settings).sort()).toEqual(['en', 'nl'])
  })

  test('writes posts shaped like the real ones', () => {
    const demoIds = new Set(documents(demo.set, 'posts').keys())
    const posts = [...documents(generated.set, 'posts')]
      .filter(([id]) => !demoIds.has(id))
      .map(([, files]) => files)
    const bodies = posts.map((files) => files.nl!.body)
    const words = bodies.map((body) => body.split(/\s+/).filter(Boolean).length)
    expect(words.reduce((sum, count) => sum + count, 0) / words.length).toBeGreaterThan(550)
    expect(bodies.every((body) => /^## /m.test(body))).toBe(true)
    const all = bodies.join('\n')
    for (const feature of [/\]\(post:/, /^- /m, /^(:::callout|:::tip|::figure|> |```)/m])
      expect(all).toMatch(feature)
    for (const files of posts) {
      expect(files.nl!.frontMatter.slug).toBeTruthy()
      expect(files.en!.frontMatter.slug).toBeTruthy()
      const year = Number(String(files.nl!.frontMatter.date).slice(0, 4))
      expect(year).toBeGreaterThanOrEqual(2008)
      expect(year).toBeLessThanOrEqual(2026)
      const topics = files.nl!.frontMatter.topics as string[]
      expect(topics.length).toBeGreaterThanOrEqual(1)
      expect(topics.length).toBeLessThanOrEqual(3)
    }
  })

  test('replaces a folder it made, but refuses one it did not make', async () => {
    await generateContent(
      { ...parseGenerateArguments(['--posts', '4', '--tips', '2', '--speakers', '2']), out: first },
      quiet,
    )
    expect((await readContent(first)).problems).toEqual([])
    await expect(readdir(`${first}.partial`)).rejects.toThrow()
    await writeFile(path.join(work, 'keep.txt'), 'mine')
    await expect(
      generateContent({ ...parseGenerateArguments(['--posts', '2']), out: work }, quiet),
    ).rejects.toThrow(/--out .* was not made by content:generate/)
    expect(await readFile(path.join(work, 'keep.txt'), 'utf8')).toBe('mine')
  })
})

describe('the arguments of content:generate', () => {
  test('default to 10,000 posts, a fifth as many tips and a twentieth as many speakers', () => {
    expect(parseGenerateArguments([])).toEqual({
      posts: 10_000,
      tips: 2_000,
      speakers: 500,
      authors: 100,
      out: '.cache/generated-content',
      seed: 1,
    })
    expect(parseGenerateArguments(['--posts=60', '--seed', '7'])).toMatchObject({
      tips: 12,
      speakers: 4,
      seed: 7,
    })
  })

  test.each([
    [['--posts', '-3'], /--posts must be a whole number/],
    [['--posts', 'abc'], /--posts must be a whole number/],
    [['--tips', '7'], /--tips must be even/],
    [['--speakers'], /--speakers needs a value/],
    [['--seed', 'x'], /--seed must be a whole number/],
    [['--colour', 'red'], /unknown option --colour/],
    [['posts'], /unexpected argument "posts"/],
  ])('refuse %j naming the option', (argv, message) => {
    expect(() => parseGenerateArguments(argv)).toThrow(ArgumentError)
    expect(() => parseGenerateArguments(argv)).toThrow(message)
  })

  test('make the command fail with the message', async () => {
    const run = promisify(execFile)
    const failure = await run(
      path.join(root, 'node_modules/.bin/tsx'),
      ['scripts/generate-content.ts', '--posts', 'abc'],
      {
        cwd: root,
      },
    ).catch((error: { code: number; stderr: string }) => error)
    expect(failure).toMatchObject({ code: 1 })
    expect((failure as { stderr: string }).stderr).toContain('--posts must be a whole number of files')
  })
})

describe('the text banks', () => {
  test('have the same choices and slots in Dutch and English', () => {
    const pairs: Pair[] = [
      ...Object.values(common)
        .filter(Array.isArray)
        .flat()
        .filter((item): item is Pair => typeof item?.[0] === 'string'),
      ...[people.BIO_OPENINGS, people.BIO_SENTENCES, people.SPEAKER_SENTENCES, people.HOW_TO_REQUEST].flat(),
      ...people.ROLES.map((role) => role.title),
      ...THEMES.flatMap((theme) => [
        ...theme.subjects,
        ...theme.titles,
        ...theme.headings,
        ...theme.sentences,
        ...theme.listItems,
        ...theme.quotes,
        ...theme.callouts.flatMap((callout) => [callout.title, callout.text]),
        ...theme.talks.flatMap((talk) => [talk.title, talk.description]),
      ]),
      ...Object.values(TIP_BANKS).flatMap((bank) => [...bank.titles, ...bank.sentences, ...bank.steps]),
      ...TIP_CLOSINGS,
      ...TIP_STEP_LEADS,
      ...TIP_TITLE_ENDINGS.map(([nl, en]) => [nl.replace(/^[ ,]+/, ''), en.replace(/^[ ,]+/, '')] as const),
    ]
    expect(pairs.length).toBeGreaterThan(300)
    expect(pairs.flatMap(checkPair)).toEqual([])
  })
})
