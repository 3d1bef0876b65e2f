/** Drafts, versions and scheduled publishing on the editorial collections. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { User } from '../../cms/payload-types'
import { createUserAndLogin, restJson, startCms, stopCms } from './helpers/cms'
import { seedPost } from './helpers/documents'
import { removeUntouchedDrafts } from '../../cms/lib/drafts/removeUntouchedDrafts'

let payload: Payload
let editor: { user: User; token: string }
let author: { user: User; token: string }

beforeAll(async () => {
  payload = await startCms()
  editor = await createUserAndLogin(payload, 'editor')
  author = await createUserAndLogin(payload, 'author')
})
afterAll(async () => {
  await stopCms(payload)
})

/** Queues a publish the way the admin's "Schedule publish" does: a schedulePublish job. */
async function schedule(postId: number, when: Date, user: User, type: 'publish' | 'unpublish' = 'publish') {
  await payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: when,
    input: {
      type,
      doc: { relationTo: 'posts', value: postId },
      user: { relationTo: 'users', value: user.id },
    },
  })
}

const isPublic = async (id: number) => (await restJson('GET', `/posts/${id}`)).status === 200

describe('drafts and versions', () => {
  test('saving a draft keeps the live version and records a version to compare and restore', async () => {
    const post = await seedPost(payload, author.user.id, { title: 'Eerste versie' })
    await payload.update({ collection: 'posts', id: post.id, draft: true, data: { title: 'Tweede versie' } })
    const live = await payload.findByID({ collection: 'posts', id: post.id })
    const latest = await payload.findByID({ collection: 'posts', id: post.id, draft: true })
    expect(live.title).toBe('Eerste versie')
    expect(latest.title).toBe('Tweede versie')
    const versions = await payload.findVersions({
      collection: 'posts',
      where: { parent: { equals: post.id } },
    })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(2)

    const first = versions.docs.find((version) => version.version.title === 'Eerste versie')!
    await payload.restoreVersion({ collection: 'posts', id: first.id })
    const restored = await payload.findByID({ collection: 'posts', id: post.id, draft: true })
    expect(restored.title).toBe('Eerste versie')
  })

  test('publishing fills in the publication date; unpublishing hides the post again', async () => {
    const post = await seedPost(payload, author.user.id, { status: 'draft', title: 'Nog te publiceren' })
    expect(post.publishedAt).toBeFalsy()
    const published = await payload.update({
      collection: 'posts',
      id: post.id,
      data: { _status: 'published' },
    })
    expect(new Date(published.publishedAt!).getTime()).toBeGreaterThan(Date.now() - 60_000)
    expect(await isPublic(post.id)).toBe(true)

    await payload.update({ collection: 'posts', id: post.id, data: { _status: 'draft' } })
    expect(await isPublic(post.id)).toBe(false)
  })
})

describe('scheduled publishing', () => {
  test('a post scheduled for later stays hidden until its time, then goes live', async () => {
    const post = await seedPost(payload, author.user.id, { status: 'draft', title: 'Gepland bericht' })
    await schedule(post.id, new Date(Date.now() + 60 * 60 * 1000), editor.user)

    await payload.jobs.run()
    expect(await isPublic(post.id)).toBe(false)

    const due = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
    })
    expect(due.totalDocs).toBe(1)
    // Time passes: move the job's moment into the past instead of waiting an hour.
    await payload.update({
      collection: 'payload-jobs',
      id: due.docs[0].id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
    await payload.jobs.run()
    expect(await isPublic(post.id)).toBe(true)
  })

  test('a scheduled unpublish takes a post offline', async () => {
    const post = await seedPost(payload, author.user.id, { title: 'Tijdelijke oproep' })
    await schedule(post.id, new Date(Date.now() - 1000), editor.user, 'unpublish')
    await payload.jobs.run()
    expect(await isPublic(post.id)).toBe(false)
  })

  test("an author's scheduled publish does not go live: only editors publish", async () => {
    const { json } = await restJson<{ doc: { id: number } }>('POST', '/posts?draft=true', {
      token: author.token,
      body: {
        title: 'Stiekem ingepland',
        summary: 'Samenvatting.',
        body: (await import('./helpers/documents')).paragraphs('Tekst.'),
        authors: [author.user.id],
        _status: 'draft',
      },
    })
    await schedule(json.doc.id, new Date(Date.now() - 1000), author.user)
    await payload.jobs.run()
    expect(await isPublic(json.doc.id)).toBe(false)
  })
})

describe('"Create new" left without typing', () => {
  /** What the admin stores the moment "Create new" opens in a collection that autosaves: an empty draft. */
  const openCreateView = () =>
    payload.create({ collection: 'posts', data: { _status: 'draft' }, draft: true, overrideAccess: true })
  const exists = async (id: number) =>
    (await payload.find({ collection: 'posts', where: { id: { equals: id } }, draft: true, depth: 0 }))
      .totalDocs === 1

  test('is removed once an hour has passed; a draft someone typed in, or a fresh one, stays', async () => {
    const abandoned = await openCreateView()
    const typedIn = await openCreateView()
    await new Promise((resolve) => setTimeout(resolve, 5_500))
    await payload.update({
      collection: 'posts',
      id: typedIn.id,
      draft: true,
      data: { summary: 'Alleen een samenvatting, nog geen titel.' },
    })
    const titled = await payload.create({
      collection: 'posts',
      data: { _status: 'draft', title: 'Een titel en verder niets' },
      draft: true,
      overrideAccess: true,
    })

    // Within the hour nothing goes: the editor may still be on the page.
    expect(await removeUntouchedDrafts(payload)).toBe(0)
    expect(await exists(abandoned.id)).toBe(true)

    const later = new Date(Date.now() + 2 * 60 * 60 * 1000)
    expect(await removeUntouchedDrafts(payload, later)).toBe(1)
    expect(await exists(abandoned.id)).toBe(false)
    expect(await exists(typedIn.id)).toBe(true)
    expect(await exists(titled.id)).toBe(true)
  })
})
