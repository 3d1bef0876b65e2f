/**
 * From the CMS to the public site: what is published reaches dist/ (pages and feeds), and nothing of
 * a draft does: not a new draft, not a scheduled post, not the unpublished changes to a live post.
 */
import { spawnSync } from 'node:child_process'
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { exportContent } from '../../cms/content/exportContent'
import { importContent } from '../../cms/content/importContent'
import { startCms, stopCms } from './helpers/cms'
import { paragraphs } from './helpers/documents'

const root = path.resolve(import.meta.dirname, '../..')
let payload: Payload
let dist: string

const SECRET_WORDS = [
  'Conceptbericht dat nooit online mag',
  'Geplande aankondiging',
  'Onaffe nieuwe kop',
  'vertrouwelijkconcept',
]

beforeAll(async () => {
  payload = await startCms()
  const content = await mkdtemp(path.join(process.env.TEST_RUN_DIR!, 'site-content-'))
  await cp(path.join(root, 'content'), content, { recursive: true })
  await importContent(payload, content)

  const author = (
    await payload.find({ collection: 'users', where: { contentId: { equals: 'marloes-jansen' } } })
  ).docs[0]
  const post = (title: string, text: string) => ({
    title,
    summary: 'Een samenvatting.',
    body: paragraphs(text),
    authors: [author.id],
  })
  await payload.create({
    collection: 'posts',
    draft: true,
    data: { ...post(SECRET_WORDS[0], SECRET_WORDS[3]), _status: 'draft' },
  })
  const scheduled = await payload.create({
    collection: 'posts',
    draft: true,
    data: { ...post(SECRET_WORDS[1], 'Later.'), _status: 'draft' },
  })
  await payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: new Date(Date.now() + 7 * 24 * 3600 * 1000),
    input: { type: 'publish', doc: { relationTo: 'posts', value: scheduled.id } },
  })
  const live = (
    await payload.find({ collection: 'posts', where: { contentId: { equals: 'vier-jaar-weeknotes' } } })
  ).docs[0]
  await payload.update({ collection: 'posts', id: live.id, draft: true, data: { title: SECRET_WORDS[2] } })
  await payload.create({
    collection: 'posts',
    data: {
      ...post('Vergaderen zonder vergaderzaal', 'Een nieuw gepubliceerd bericht.'),
      slug: 'vergaderen-zonder-vergaderzaal',
      _status: 'published',
    },
  })

  await exportContent(payload, content)
  dist = path.join(content, '..', `${path.basename(content)}-dist`)
  const build = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-site.ts'],
    {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: content,
        SITE_OUT_DIR: dist,
        ASTRO_CACHE_DIR: `${dist}-cache`,
        BOOK_OUT_DIR: `${dist}-book`,
        NODE_ENV: 'production',
      },
    },
  )
  expect(build.status, build.stderr + build.stdout).toBe(0)
}, 180_000)

afterAll(async () => {
  await stopCms(payload)
})

async function everyTextFile(dir: string): Promise<{ file: string; text: string }[]> {
  const out: { file: string; text: string }[] = []
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(html|xml|json|txt|webmanifest)$/.test(entry.name)) continue
    const file = path.join(entry.parentPath, entry.name)
    out.push({ file, text: await readFile(file, 'utf8') })
  }
  return out
}

test('a post published in the CMS reaches its page, the blog index and the feeds', async () => {
  const page = await readFile(path.join(dist, 'blog/vergaderen-zonder-vergaderzaal/index.html'), 'utf8')
  expect(page).toContain('Vergaderen zonder vergaderzaal')
  expect(await readFile(path.join(dist, 'blog/index.html'), 'utf8')).toContain(
    '/blog/vergaderen-zonder-vergaderzaal/',
  )
  expect(await readFile(path.join(dist, 'blog/rss.xml'), 'utf8')).toContain('Vergaderen zonder vergaderzaal')
  expect(await readFile(path.join(dist, 'blog/atom.xml'), 'utf8')).toContain('Vergaderen zonder vergaderzaal')
})

test('no draft, scheduled post or unpublished change appears anywhere in dist/', async () => {
  const files = await everyTextFile(dist)
  expect(files.length).toBeGreaterThan(30)
  for (const { file, text } of files) {
    for (const words of SECRET_WORDS) expect(text.includes(words), `${words} in ${file}`).toBe(false)
  }
  // The live version of the post with a pending draft is still there, unchanged.
  expect(
    await readFile(path.join(dist, 'blog/honderdzestig-vrijdagen-weeknotes/index.html'), 'utf8'),
  ).toContain('<h1>')
})
