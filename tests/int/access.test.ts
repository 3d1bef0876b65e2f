/**
 * The access matrix from the CMS core issue, through REST (the API the admin and the outside world
 * use), GraphQL, and the Local API with overrideAccess: false.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { User } from '../../cms/payload-types'
import { createUserAndLogin, graphql, restJson, startCms, stopCms } from './helpers/cms'
import { paragraphs, postData, seedPost } from './helpers/documents'

let payload: Payload
let author: { user: User; token: string }
let otherAuthor: { user: User; token: string }
let editor: { user: User; token: string }
let admin: { user: User; token: string }

type Doc = { id: number | string; title?: string; _status?: string }
type List = { docs: Doc[] }

beforeAll(async () => {
  payload = await startCms()
  author = await createUserAndLogin(payload, 'author', 'Sanne Auteur')
  otherAuthor = await createUserAndLogin(payload, 'author', 'Joris Auteur')
  editor = await createUserAndLogin(payload, 'editor', 'Eva Redacteur')
  admin = await createUserAndLogin(payload, 'admin', 'Ahmed Beheerder')
})
afterAll(async () => {
  await stopCms(payload)
})

/** Creates a draft as the given user through REST, the way the admin's "Save draft" does. */
async function createDraftAs(token: string, title: string): Promise<Doc> {
  const { status, json } = await restJson<{ doc: Doc }>('POST', '/posts?draft=true', {
    token,
    body: { ...postData(author.user.id, { title }), _status: 'draft' },
  })
  expect(status, JSON.stringify(json)).toBe(201)
  return json.doc
}

describe('anonymous visitors', () => {
  test('read published posts and never drafts, through REST, GraphQL and the Local API', async () => {
    await seedPost(payload, author.user.id, { title: 'Gepubliceerd over open data' })
    const draft = await seedPost(payload, author.user.id, { title: 'Concept over webcare', status: 'draft' })

    for (const query of ['/posts?limit=100', '/posts?limit=100&draft=true']) {
      const { json } = await restJson<List>('GET', query)
      const titles = json.docs.map((doc) => doc.title)
      expect(titles).toContain('Gepubliceerd over open data')
      expect(titles).not.toContain('Concept over webcare')
    }
    const single = await restJson('GET', `/posts/${draft.id}?draft=true`)
    expect(single.status).toBe(404)

    const gql = await graphql<{ Posts: { docs: { title: string }[] } }>(
      '{ Posts(limit: 100, draft: true) { docs { title } } }',
    )
    const gqlTitles = gql.data?.Posts.docs.map((doc) => doc.title)
    expect(gqlTitles).toContain('Gepubliceerd over open data')
    expect(gqlTitles).not.toContain('Concept over webcare')

    const local = await payload.find({ collection: 'posts', overrideAccess: false, draft: true, limit: 100 })
    expect(local.docs.map((doc) => doc.title)).not.toContain('Concept over webcare')
  })

  test('see the published version while a newer draft of it waits for review', async () => {
    const post = await seedPost(payload, author.user.id, { title: 'Live versie' })
    await payload.update({
      collection: 'posts',
      id: post.id,
      draft: true,
      data: { title: 'Nog niet klaar', _status: 'draft' },
    })
    const { json } = await restJson<Doc>('GET', `/posts/${post.id}?draft=true`)
    expect(json.title).toBe('Live versie')
    const asEditor = await restJson<Doc>('GET', `/posts/${post.id}?draft=true`, { token: editor.token })
    expect(asEditor.json.title).toBe('Nog niet klaar')
  })

  test("read authors' public profiles but never their e-mail address or role", async () => {
    const { status, json } = await restJson<{ docs: Record<string, unknown>[] }>('GET', '/users?limit=100')
    expect(status).toBe(200)
    const sanne = json.docs.find((user) => user.name === 'Sanne Auteur')
    expect(sanne).toBeDefined()
    for (const user of json.docs) {
      expect(user).not.toHaveProperty('email')
      expect(user).not.toHaveProperty('role')
      expect(user).not.toHaveProperty('hash')
      expect(user).not.toHaveProperty('salt')
    }
    const gql = await graphql<{
      Users: { docs: { name: string; email: string | null; role: string | null }[] }
    }>('{ Users(limit: 100) { docs { name email role } } }')
    expect(gql.data?.Users.docs.length).toBeGreaterThan(0)
    for (const user of gql.data!.Users.docs) {
      expect(user.email).toBeNull()
      expect(user.role).toBeNull()
    }
  })

  test('cannot create, change or delete anything', async () => {
    const post = await seedPost(payload, author.user.id)
    expect((await restJson('POST', '/posts', { body: postData(author.user.id) })).status).toBe(403)
    expect((await restJson('PATCH', `/posts/${post.id}`, { body: { title: 'Gehackt' } })).status).toBe(403)
    expect((await restJson('DELETE', `/posts/${post.id}`)).status).toBe(403)
    expect((await restJson('POST', '/topics', { body: { name: 'Spam' } })).status).toBe(403)
    expect((await restJson('POST', '/globals/site-settings', { body: { siteName: 'Gehackt' } })).status).toBe(
      403,
    )
    const gql = await graphql(`
      mutation {
        createTopic(data: { name: "Spam", slug: "spam" }) {
          id
        }
      }
    `)
    // Payload answers in the admin's default language (Dutch) unless the client asks for another.
    expect(gql.errors?.[0]?.message).toMatch(/not allowed|niet uitvoeren/i)
    expect(
      (await payload.count({ collection: 'topics', where: { name: { equals: 'Spam' } } })).totalDocs,
    ).toBe(0)
  })
})

describe('authors', () => {
  test('create and edit their own drafts', async () => {
    const draft = await createDraftAs(author.token, 'Mijn eerste blog')
    const { status, json } = await restJson<{ doc: Doc }>('PATCH', `/posts/${draft.id}?draft=true`, {
      token: author.token,
      body: { title: 'Mijn eerste blog, herschreven' },
    })
    expect(status).toBe(200)
    expect(json.doc.title).toBe('Mijn eerste blog, herschreven')
    const stored = await payload.findByID({ collection: 'posts', id: draft.id, draft: true })
    expect(stored.createdBy).toMatchObject({ id: author.user.id })
  })

  test('cannot publish, neither on create nor on update, and the draft stays a draft', async () => {
    const create = await restJson<{ errors: { message: string }[] }>('POST', '/posts', {
      token: author.token,
      body: { ...postData(author.user.id, { title: 'Direct live?' }), _status: 'published' },
    })
    expect(create.status).toBe(403)
    expect(create.json.errors[0].message).toMatch(/Authors cannot publish/)
    const none = await payload.find({
      collection: 'posts',
      where: { title: { equals: 'Direct live?' } },
      draft: true,
    })
    expect(none.totalDocs).toBe(0)

    const draft = await createDraftAs(author.token, 'Wacht op redactie')
    const publish = await restJson('PATCH', `/posts/${draft.id}`, {
      token: author.token,
      body: { _status: 'published' },
    })
    expect(publish.status).toBe(403)
    const stored = await payload.findByID({ collection: 'posts', id: draft.id })
    expect(stored._status).toBe('draft')

    await expect(
      payload.update({
        collection: 'posts',
        id: draft.id,
        data: { _status: 'published' },
        user: author.user,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/Authors cannot publish/)
  })

  test("cannot change or delete other people's documents", async () => {
    const othersDraft = await createDraftAs(otherAuthor.token, 'Van een ander')
    expect(
      (
        await restJson('PATCH', `/posts/${othersDraft.id}?draft=true`, {
          token: author.token,
          body: { title: 'Overgenomen' },
        })
      ).status,
    ).toBe(403)
    expect((await restJson('DELETE', `/posts/${othersDraft.id}`, { token: author.token })).status).toBe(403)
    await expect(
      payload.delete({ collection: 'posts', id: othersDraft.id, user: author.user, overrideAccess: false }),
    ).rejects.toThrow()
    const stored = await payload.findByID({ collection: 'posts', id: othersDraft.id, draft: true })
    expect(stored.title).toBe('Van een ander')
  })

  test('cannot change their own post once an editor has published it', async () => {
    const draft = await createDraftAs(author.token, 'Goedgekeurd stuk')
    const published = await restJson('PATCH', `/posts/${draft.id}`, {
      token: editor.token,
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    const change = await restJson('PATCH', `/posts/${draft.id}?draft=true`, {
      token: author.token,
      body: { title: 'Toch anders' },
    })
    expect(change.status).toBe(403)
    expect((await restJson('DELETE', `/posts/${draft.id}`, { token: author.token })).status).toBe(403)
  })

  test('cannot manage users, change their own role, or manage shared topics and settings', async () => {
    const createUser = await restJson('POST', '/users', {
      token: author.token,
      body: { email: 'nieuw@test.example', password: 'geheim-geheim', name: 'Nieuw', role: 'admin' },
    })
    expect(createUser.status).toBe(403)
    const ownRole = await restJson<{ doc: { role?: string; name: string } }>(
      'PATCH',
      `/users/${author.user.id}`,
      {
        token: author.token,
        body: { role: 'admin', jobTitle: 'Beleidsadviseur' },
      },
    )
    expect(ownRole.status).toBe(200)
    const stored = await payload.findByID({ collection: 'users', id: author.user.id })
    expect(stored.role).toBe('author')
    expect(stored.jobTitle).toBe('Beleidsadviseur')
    expect(
      (await restJson('PATCH', `/users/${otherAuthor.user.id}`, { token: author.token, body: { name: 'X' } }))
        .status,
    ).toBe(403)
    expect(
      (await restJson('POST', '/topics', { token: author.token, body: { name: 'Nieuw onderwerp' } })).status,
    ).toBe(403)
    expect(
      (
        await restJson('POST', '/globals/site-settings', {
          token: author.token,
          body: { siteName: 'Mijn site' },
        })
      ).status,
    ).toBe(403)
  })
})

describe('editors', () => {
  test("edit and publish everyone's documents", async () => {
    const draft = await createDraftAs(author.token, 'Klaar voor publicatie')
    const { status } = await restJson('PATCH', `/posts/${draft.id}`, {
      token: editor.token,
      body: { title: 'Klaar voor publicatie (bewerkt)', _status: 'published' },
    })
    expect(status).toBe(200)
    const publicView = await restJson<Doc>('GET', `/posts/${draft.id}`)
    expect(publicView.json.title).toBe('Klaar voor publicatie (bewerkt)')

    const local = await payload.update({
      collection: 'posts',
      id: draft.id,
      data: { summary: 'Aangepast door de redactie.' },
      user: editor.user,
      overrideAccess: false,
    })
    expect(local.summary).toBe('Aangepast door de redactie.')
    expect((await restJson('DELETE', `/posts/${draft.id}`, { token: editor.token })).status).toBe(200)
  })

  test('manage topics and site settings', async () => {
    const topic = await restJson('POST', '/topics', { token: editor.token, body: { name: 'Webcare' } })
    expect(topic.status).toBe(201)
    const settings = await restJson('POST', '/globals/site-settings', {
      token: editor.token,
      body: { siteName: 'Open Ambt' },
    })
    expect(settings.status).toBe(200)
  })

  test('cannot manage users, only their own profile', async () => {
    expect(
      (
        await restJson('POST', '/users', {
          token: editor.token,
          body: { email: 'x@test.example', password: 'geheim-geheim', name: 'X', role: 'author' },
        })
      ).status,
    ).toBe(403)
    expect(
      (await restJson('PATCH', `/users/${author.user.id}`, { token: editor.token, body: { role: 'editor' } }))
        .status,
    ).toBe(403)
    expect((await restJson('DELETE', `/users/${author.user.id}`, { token: editor.token })).status).toBe(403)
    await expect(
      payload.update({
        collection: 'users',
        id: author.user.id,
        data: { name: 'X' },
        user: editor.user,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const own = await restJson('PATCH', `/users/${editor.user.id}`, {
      token: editor.token,
      body: { bio: 'Redacteur sinds 2019.' },
    })
    expect(own.status).toBe(200)
    const stored = await payload.findByID({ collection: 'users', id: author.user.id })
    expect(stored.role).toBe('author')
  })

  test('see e-mail addresses and roles of colleagues', async () => {
    const { json } = await restJson<{ docs: { email?: string; role?: string }[] }>(
      'GET',
      '/users?limit=100',
      {
        token: editor.token,
      },
    )
    expect(json.docs.every((user) => typeof user.email === 'string' && typeof user.role === 'string')).toBe(
      true,
    )
  })
})

describe('admins', () => {
  test('create users with a role, change roles and delete users', async () => {
    const created = await restJson<{ doc: { id: number | string; role: string } }>('POST', '/users', {
      token: admin.token,
      body: {
        email: 'nieuwe.redacteur@test.example',
        password: 'een-lang-wachtwoord',
        name: 'Nieuwe Redacteur',
        role: 'editor',
      },
    })
    expect(created.status).toBe(201)
    expect(created.json.doc.role).toBe('editor')
    const promoted = await restJson<{ doc: { role: string } }>('PATCH', `/users/${created.json.doc.id}`, {
      token: admin.token,
      body: { role: 'admin' },
    })
    expect(promoted.json.doc.role).toBe('admin')
    expect((await restJson('DELETE', `/users/${created.json.doc.id}`, { token: admin.token })).status).toBe(
      200,
    )
  })

  test('publish and delete any document', async () => {
    const draft = await createDraftAs(otherAuthor.token, 'Door beheer gepubliceerd')
    expect(
      (await restJson('PATCH', `/posts/${draft.id}`, { token: admin.token, body: { _status: 'published' } }))
        .status,
    ).toBe(200)
    expect((await restJson('DELETE', `/posts/${draft.id}`, { token: admin.token })).status).toBe(200)
  })
})

describe('every editorial collection follows the same rules', () => {
  test.each(['chapters', 'tips', 'speakers', 'pages'] as const)(
    '%s: anonymous readers see only published documents',
    async (collection) => {
      const book = await payload.create({
        collection: 'books',
        data: {
          title: `Boek voor ${collection}`,
          slug: `boek-${collection}`,
          summary: 'Samenvatting.',
          edition: 'Eerste druk',
          authors: [{ name: 'Redactie' }],
          licence: 'CC-BY-SA-4.0',
          cover: (await anyImage()).id,
        },
      })
      const body = paragraphs('Tekst.')
      const base = {
        chapters: { book: book.id, number: 1, title: 'Concepthoofdstuk', body },
        tips: { title: 'Concepttip', category: 'tools', body },
        speakers: {
          name: 'Concept Spreker',
          jobTitle: 'Adviseur',
          organisation: 'Gemeente',
          bio: 'Bio.',
          regions: ['utrecht'],
          languages: ['nl'],
          talks: [{ title: 'Lezing', description: 'Over werken in het openbaar.' }],
          howToRequest: 'Via de pool.',
        },
        pages: { title: 'Conceptpagina', description: 'Nog niet klaar.', body },
      }[collection]
      const draft = await payload.create({
        collection,
        data: { ...base, _status: 'draft' } as never,
        draft: true,
      })
      expect((await restJson('GET', `/${collection}/${draft.id}`)).status).toBe(404)
      const asAuthor = await restJson('GET', `/${collection}/${draft.id}?draft=true`, { token: author.token })
      expect(asAuthor.status).toBe(200)
      const { json } = await restJson<List>('GET', `/${collection}?limit=100`)
      expect(json.docs.map((doc) => String(doc.id))).not.toContain(String(draft.id))
    },
  )
})

let imageId: number | undefined
async function anyImage(): Promise<{ id: number }> {
  if (imageId) return { id: imageId }
  const sharp = (await import('sharp')).default
  const data = await sharp({ create: { width: 20, height: 30, channels: 3, background: '#1d4f91' } })
    .png()
    .toBuffer()
  const media = await payload.create({
    collection: 'media',
    data: { alt: 'Blauw vlak' },
    file: { data, mimetype: 'image/png', name: 'omslag.png', size: data.length },
  })
  imageId = media.id
  return media
}
