/**
 * The remembered content checks (model/files/checkMemo.ts): a second read of content/ with the memo
 * finds exactly what a read without it finds, also when a file changed, a reference broke since the
 * memo was written, or a file has a problem; and the memo follows the version of the checks. A read
 * that takes the unchanged files from an earlier read (the site renderer's) finds the same as well.
 */
import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, test } from 'vitest'

import { openCheckMemo } from '../../model/files/checkMemo'
import { readContent } from '../../model/files/readContent'

let root: string
let memoFile: string

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'check-memo-'))
  await cp(path.resolve(import.meta.dirname, '../../content'), path.join(root, 'content'), {
    recursive: true,
  })
  memoFile = path.join(root, 'memo.json')
})
afterEach(() => rm(root, { recursive: true, force: true }))

const content = () => path.join(root, 'content')
const withMemo = async (version = 'v1') =>
  readContent(content(), { memo: await openCheckMemo(memoFile, version) })
const post = (name: string) => path.join(content(), 'posts', name)

/** A post in the demo content that links to another post in its body. */
async function linkingPost(): Promise<{ file: string; target: string }> {
  const { set } = await readContent(content())
  for (const [kind, documents] of set.documents) {
    if (kind.name !== 'posts') continue
    for (const translations of documents.values())
      for (const file of Object.values(translations)) {
        const target = /\(post:([a-z0-9-]+)\)/.exec(file.body)?.[1]
        if (target && target !== file.id) return { file: file.file, target }
      }
  }
  throw new Error('no demo post links to another post')
}

describe('remembered content checks', () => {
  test('a second read with the memo gives the same documents and problems as a read without', async () => {
    const first = await withMemo()
    expect(first.problems).toEqual([])
    const stored = JSON.parse(await readFile(memoFile, 'utf8')) as { entries: object }
    expect(Object.keys(stored.entries).length).toBeGreaterThan(100)

    const second = await withMemo()
    const plain = await readContent(content())
    expect(second.problems).toEqual(plain.problems)
    const frontMatter = (result: typeof plain) =>
      [...result.set.documents.values()].flatMap((documents) =>
        [...documents.values()].flatMap((translations) =>
          Object.values(translations).map((file) => [file.file, file.frontMatter, file.body]),
        ),
      )
    expect(frontMatter(second)).toEqual(frontMatter(plain))
  })

  test('a reference that broke after the memo was written is still reported, with its line', async () => {
    const { file, target } = await linkingPost()
    await withMemo()
    // The linked post goes; the linking post's text does not change.
    for (const locale of ['nl', 'en']) await unlink(post(`${target}.${locale}.md`)).catch(() => undefined)
    const remembered = await withMemo()
    const plain = await readContent(content())
    expect(plain.problems.some((problem) => problem.file === file)).toBe(true)
    expect(remembered.problems).toEqual(plain.problems)
  })

  test('a changed file is checked again, and a file with a problem is reported on every read', async () => {
    await withMemo()
    const name = 'drie-jaar-hybride-werken.nl.md'
    const text = await readFile(post(name), 'utf8')
    await writeFile(post(name), text.replace(/^date: .*$/m, 'date: 14 maart'))
    for (let read = 0; read < 2; read++) {
      const { problems } = await withMemo()
      expect(problems).toEqual([
        expect.objectContaining({ file: `posts/${name}`, message: expect.stringMatching(/date/) }),
      ])
    }
    await writeFile(post(name), text)
    expect((await withMemo()).problems).toEqual([])
  })

  test('a memo of another version of the checks is not used', async () => {
    await withMemo('v1')
    const before = await readFile(memoFile, 'utf8')
    // Tampered outcomes under the same keys: only a memo of the same version may be believed.
    const stored = JSON.parse(before) as { version: string; entries: Record<string, unknown> }
    for (const key of Object.keys(stored.entries)) stored.entries[key] = { problems: [], asked: [] }
    await writeFile(memoFile, JSON.stringify({ ...stored, version: 'v0' }))
    const { problems, set } = await withMemo('v1')
    expect(problems).toEqual([])
    const posts = [...set.documents].find(([kind]) => kind.name === 'posts')![1]
    expect(posts.get('drie-jaar-hybride-werken')?.nl?.frontMatter.title).toEqual(expect.any(String))
    expect(JSON.parse(await readFile(memoFile, 'utf8')).version).toBe('v1')
  })
})

describe('a read that takes unchanged files from an earlier read', () => {
  const documentsOf = (result: Awaited<ReturnType<typeof readContent>>) =>
    [...result.set.documents.values()].flatMap((documents) =>
      [...documents.values()].flatMap((translations) =>
        Object.values(translations).map((file) => [file.file, file.kind.name, file.frontMatter, file.body]),
      ),
    )
  const mediaOf = (result: Awaited<ReturnType<typeof readContent>>) =>
    [...result.set.media.values()].map((media) => [media.file, media.hash, media.sidecar])

  test('finds what a full read finds after files changed, came and went', async () => {
    const earlier = await readContent(content())
    const changed = new Set<string>()
    const edit = async (file: string, change: (text: string) => string) => {
      const full = path.join(content(), file)
      await writeFile(full, change(await readFile(full, 'utf8')))
      changed.add(file)
    }
    await edit('posts/drie-jaar-hybride-werken.nl.md', (text) =>
      text.replace(/^title: .*$/m, 'title: Drie jaar hybride werken, opnieuw bekeken'),
    )
    await edit('media/blog-bomen-tellen.yml', (text) =>
      text.replace(/^ {2}nl: .*$/m, '  nl: Een nieuwe alt-tekst'),
    )
    await writeFile(
      post('een-nieuw-bericht.nl.md'),
      (await readFile(post('drie-jaar-hybride-werken.nl.md'), 'utf8')).replace(
        /^slug: .*$/m,
        'slug: een-nieuw-bericht',
      ),
    )
    changed.add('posts/een-nieuw-bericht.nl.md')
    await unlink(post('ambtenaar-op-linkedin.en.md'))
    changed.add('posts/ambtenaar-op-linkedin.en.md')

    const reused = await readContent(content(), { reuse: { set: earlier.set, changed } })
    const plain = await readContent(content())
    expect(reused.problems).toEqual(plain.problems)
    expect(documentsOf(reused)).toEqual(documentsOf(plain))
    expect(mediaOf(reused)).toEqual(mediaOf(plain))
    const posts = [...reused.set.documents].find(([kind]) => kind.name === 'posts')![1]
    expect(posts.get('drie-jaar-hybride-werken')?.nl?.frontMatter.title).toBe(
      'Drie jaar hybride werken, opnieuw bekeken',
    )
    expect(posts.get('een-nieuw-bericht')?.nl).toBeDefined()
    expect(posts.get('ambtenaar-op-linkedin')?.en).toBeUndefined()
  })

  test('still reports a link in an unchanged file to a document that went, and leaves the memo as it was', async () => {
    const { file, target } = await linkingPost()
    const earlier = await withMemo()
    const stored = await readFile(memoFile, 'utf8')
    const changed = new Set<string>()
    for (const locale of ['nl', 'en']) {
      const gone = `${target}.${locale}.md`
      if (
        await unlink(post(gone)).then(
          () => true,
          () => false,
        )
      )
        changed.add(`posts/${gone}`)
    }
    const reused = await readContent(content(), {
      memo: await openCheckMemo(memoFile, 'v1'),
      reuse: { set: earlier.set, changed },
    })
    expect(reused.problems.some((problem) => problem.file === file)).toBe(true)
    expect(reused.problems).toEqual((await readContent(content())).problems)
    // Such a read asked the memo about a few files only; saving would have dropped all the others.
    expect(await readFile(memoFile, 'utf8')).toBe(stored)
  })
})
