/**
 * A write that fails leaves nothing behind (issue #16): no document, no version, no relation, and
 * the document it would have changed stays as it was. A relation to a document that does not exist
 * used to pass validation and fail on SQLite's foreign key halfway through the write: a 500, and a
 * published post without authors. It is now refused before anything is written, as a 400 that
 * names the field.
 */
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { Post, User } from '../../cms/payload-types'
import { createUserAndLogin, restJson, startCms, stopCms } from './helpers/cms'
import { paragraphs, postData, seedPost } from './helpers/documents'

let payload: Payload
let editor: { user: User; token: string }
let author: { user: User; token: string }
let topicId: number | string
let imageId: number | string
let livePost: Post
/** An id no document has, in the form the database uses (a number in SQLite, an ObjectId in MongoDB). */
let missingId: number | string

beforeAll(async () => {
  payload = await startCms()
  missingId = payload.db.defaultIDType === 'number' ? 99999 : '0000000000000000000f423f'
  editor = await createUserAndLogin(payload, 'editor')
  author = await createUserAndLogin(payload, 'author')
  const topic = await payload.create({ collection: 'topics', data: { name: 'Open data', slug: 'open-data' } })
  topicId = topic.id
  const sharp = (await import('sharp')).default
  const png = await sharp({ create: { width: 20, height: 30, channels: 3, background: '#1d4f91' } })
    .png()
    .toBuffer()
  const image = await payload.create({
    collection: 'media',
    data: { alt: 'Blauw vlak' },
    file: { data: png, mimetype: 'image/png', name: 'vlak.png', size: png.length },
  })
  imageId = image.id
  livePost = await seedPost(payload, editor.user.id, {
    title: 'Open data in de praktijk',
    topics: [topicId],
    heroImage: imageId,
  })
})
afterAll(async () => {
  await stopCms(payload)
})

/** Every post as the database holds it: the live documents, the drafts and all versions. */
async function allPosts() {
  const options = { collection: 'posts', depth: 0, pagination: false, overrideAccess: true } as const
  const [live, latest, versions] = await Promise.all([
    payload.find(options),
    payload.find({ ...options, draft: true }),
    payload.findVersions({ ...options, sort: 'createdAt' }),
  ])
  return { live: live.docs, latest: latest.docs, versions: versions.docs }
}

type FieldErrors = {
  errors: { name?: string; message: string; data?: { errors: { path: string; message: string }[] } }[]
}

/** A 400 ValidationError for exactly one field, with its message. */
function expectRefusedField(response: { status: number; json: FieldErrors }, path: string, message: string) {
  expect(response.status).toBe(400)
  expect(response.json.errors).toHaveLength(1)
  const [error] = response.json.errors
  expect(error.name).toBe('ValidationError')
  expect(error.message).toMatch(new RegExp(`: ${path}$`))
  expect(error.data?.errors).toEqual([{ path, message }])
}

const noSuch = (name: string, id: number | string) => `There is no ${name} with id ${JSON.stringify(id)}.`

describe('a relation to a document that does not exist', () => {
  test('a new published post with a missing topic is refused, naming topics, and nothing is written', async () => {
    const before = await allPosts()
    const response = await restJson<FieldErrors>('POST', '/posts', {
      token: editor.token,
      body: { ...postData(editor.user.id), topics: [topicId, missingId], _status: 'published' },
    })
    expectRefusedField(response, 'topics', noSuch('topic', missingId))
    expect(await allPosts()).toEqual(before)
  })

  test('a new post with a missing author is refused, naming authors, and nothing is written', async () => {
    const before = await allPosts()
    const response = await restJson<FieldErrors>('POST', '/posts', {
      token: editor.token,
      body: { ...postData(missingId), _status: 'published' },
    })
    expectRefusedField(response, 'authors', noSuch('user', missingId))
    expect(await allPosts()).toEqual(before)
  })

  test('a new post with a missing hero image is refused, naming heroImage, and nothing is written', async () => {
    const before = await allPosts()
    const response = await restJson<FieldErrors>('POST', '/posts', {
      token: editor.token,
      body: { ...postData(editor.user.id), heroImage: missingId, _status: 'published' },
    })
    expectRefusedField(response, 'heroImage', noSuch('image or file', missingId))
    expect(await allPosts()).toEqual(before)
  })

  test("an author's draft is checked too (Payload does not validate drafts)", async () => {
    const before = await allPosts()
    const response = await restJson<FieldErrors>('POST', '/posts?draft=true', {
      token: author.token,
      body: { ...postData(author.user.id), topics: [missingId], _status: 'draft' },
    })
    expectRefusedField(response, 'topics', noSuch('topic', missingId))
    expect(await allPosts()).toEqual(before)
  })

  test('an edit of a published post with a missing topic leaves the post, its relations and versions as they were', async () => {
    const before = await allPosts()
    expect(before.live.find((post) => post.id === livePost.id)).toMatchObject({
      _status: 'published',
      authors: [editor.user.id],
      topics: [topicId],
      heroImage: imageId,
    })
    const response = await restJson<FieldErrors>('PATCH', `/posts/${livePost.id}`, {
      token: editor.token,
      body: { title: 'Een nieuwe titel', topics: [topicId, missingId], _status: 'published' },
    })
    expectRefusedField(response, 'topics', noSuch('topic', missingId))
    expect(await allPosts()).toEqual(before)
  })

  test('several missing ids are named together', async () => {
    const other = typeof missingId === 'number' ? missingId + 1 : '0000000000000000000f4240'
    const response = await restJson<FieldErrors>('POST', '/posts', {
      token: editor.token,
      body: { ...postData(editor.user.id), topics: [missingId, other], _status: 'published' },
    })
    expectRefusedField(
      response,
      'topics',
      `There are no topics with ids ${JSON.stringify(missingId)} and ${JSON.stringify(other)}.`,
    )
  })

  test('relations to documents that exist are saved as before', async () => {
    const response = await restJson<{ doc: Post }>('POST', '/posts', {
      token: editor.token,
      body: { ...postData(editor.user.id), topics: [topicId], heroImage: imageId, _status: 'published' },
    })
    expect(response.status).toBe(201)
    const saved = await payload.findByID({ collection: 'posts', id: response.json.doc.id, depth: 0 })
    expect(saved).toMatchObject({ authors: [editor.user.id], topics: [topicId], heroImage: imageId })
    const versions = await payload.findVersions({
      collection: 'posts',
      where: { parent: { equals: saved.id } },
      depth: 0,
    })
    expect(versions.totalDocs).toBe(1)
  })
})

describe('every relation of the content collections is checked', () => {
  const cases: {
    collection: CollectionSlug
    field: string
    name: string
    request: () => { method: string; path: string; body: Record<string, unknown> }
  }[] = [
    {
      collection: 'chapters',
      field: 'book',
      name: 'book',
      request: () => ({
        method: 'POST',
        path: '/chapters?draft=true',
        body: {
          title: 'Hoofdstuk',
          number: 1,
          body: paragraphs('Tekst.'),
          book: missingId,
          _status: 'draft',
        },
      }),
    },
    {
      collection: 'tips',
      field: 'topics',
      name: 'topic',
      request: () => ({
        method: 'POST',
        path: '/tips?draft=true',
        body: { title: 'Tip', topics: [missingId], _status: 'draft' },
      }),
    },
    {
      collection: 'speakers',
      field: 'photo',
      name: 'image or file',
      request: () => ({
        method: 'POST',
        path: '/speakers?draft=true',
        body: { name: 'Spreker', photo: missingId, _status: 'draft' },
      }),
    },
    {
      collection: 'books',
      field: 'cover',
      name: 'image or file',
      request: () => ({ method: 'POST', path: '/books', body: { title: 'Boek', cover: missingId } }),
    },
    {
      collection: 'users',
      field: 'photo',
      name: 'image or file',
      request: () => ({ method: 'PATCH', path: `/users/${editor.user.id}`, body: { photo: missingId } }),
    },
  ]

  test.each(cases)('$collection: $field', async ({ collection, field, name, request }) => {
    const options = { collection, depth: 0, pagination: false, overrideAccess: true } as const
    const before = await payload.find(options)
    const { method, path, body } = request()
    const response = await restJson<FieldErrors>(method, path, { token: editor.token, body })
    expectRefusedField(response, field, noSuch(name, missingId))
    expect(await payload.find(options)).toEqual(before)
  })
})
