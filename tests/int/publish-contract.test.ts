/**
 * What the CMS accepts as published is what the site shows (issue #16). Publishing runs the site's
 * own checks (model/) before anything is written: a document the site could not show is refused
 * with the reason on the field, and one it can show reaches content/ whole, never dropped.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { exportContent } from '../../cms/content/exportContent'
import type { User } from '../../cms/payload-types'
import { createUserAndLogin, restJson, startCms, stopCms } from './helpers/cms'
import { paragraphs, postData } from './helpers/documents'

let payload: Payload
let editor: { user: User; token: string }
let rasterId: number | string
let svgId: number | string

type Refusal = { errors: { name?: string; data?: { errors: { path: string; message: string }[] } }[] }

beforeAll(async () => {
  payload = await startCms()
  editor = await createUserAndLogin(payload, 'editor')
  const sharp = (await import('sharp')).default
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#1d4f91' } })
    .png()
    .toBuffer()
  // No credit: optional in the CMS and on the site.
  const raster = await payload.create({
    collection: 'media',
    data: { alt: 'Blauw vlak' },
    file: { data: png, mimetype: 'image/png', name: 'vlak.png', size: png.length },
  })
  rasterId = raster.id
  const svg = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="#1d4f91"/></svg>',
  )
  const vector = await payload.create({
    collection: 'media',
    data: { alt: 'Logo van het netwerk', credit: 'Redactie' },
    file: { data: svg, mimetype: 'image/svg+xml', name: 'logo.svg', size: svg.length },
  })
  svgId = vector.id
})
afterAll(async () => {
  await stopCms(payload)
})

/** The field errors of a refusal, as the admin shows them. */
function fieldErrors(response: { status: number; json: Refusal }) {
  expect(response.status).toBe(400)
  return response.json.errors.flatMap((error) => error.data?.errors ?? [])
}

const publish = (body: Record<string, unknown>) =>
  restJson<Refusal & { doc?: { id: number } }>('POST', '/posts', {
    token: editor.token,
    body: { ...postData(editor.user.id), ...body, _status: 'published' },
  })

const countPosts = async () =>
  (await payload.find({ collection: 'posts', draft: true, depth: 0, limit: 0, overrideAccess: true }))
    .totalDocs

async function exported() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'contract-'))
  try {
    const summary = await exportContent(payload, root)
    const read = (file: string) => readFile(path.join(root, file), 'utf8').catch(() => undefined)
    return { summary, read }
  } finally {
    setTimeout(() => void rm(root, { recursive: true, force: true }), 5_000)
  }
}

describe('publishing refuses, on the field, what the site cannot show', () => {
  test('an SVG as hero image: refused on heroImage, saying which formats work, and nothing is written', async () => {
    const before = await countPosts()
    const errors = fieldErrors(await publish({ heroImage: svgId }))
    expect(errors).toEqual([
      { path: 'heroImage', message: expect.stringMatching(/SVG file.*JPEG, PNG, WebP/) },
    ])
    expect(await countPosts()).toBe(before)
  })

  test('a date in the year 275760: refused on publishedAt', async () => {
    const errors = fieldErrors(await publish({ publishedAt: '+275760-09-13T00:00:00.000Z' }))
    expect(errors).toEqual([{ path: 'publishedAt', message: expect.stringMatching(/four-digit year/) }])
  })

  test('a javascript: link in the text: refused on the text', async () => {
    const body = paragraphs('Klik hier.')
    const paragraph = body.root.children[0] as { children: unknown[] }
    paragraph.children = [
      {
        type: 'link',
        version: 3,
        direction: 'ltr',
        format: '',
        indent: 0,
        fields: { linkType: 'custom', url: 'javascript:alert(1)', newTab: false },
        children: [
          { type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: 'hier', version: 1 },
        ],
      },
    ]
    const response = await publish({ body })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json)).toMatch(/cannot be a link/)
  })

  test('a post without authors: refused on authors', async () => {
    const errors = fieldErrors(await publish({ authors: [] }))
    expect(errors.map((error) => error.path)).toContain('authors')
  })

  test('a link to a draft: refused on the text, naming the draft', async () => {
    const draft = await payload.create({
      collection: 'posts',
      data: { ...postData(editor.user.id), _status: 'draft' } as never,
      draft: true,
    })
    const body = paragraphs('Zie ook')
    ;(body.root.children[0] as { children: unknown[] }).children.push({
      type: 'link',
      version: 3,
      direction: 'ltr',
      format: '',
      indent: 0,
      fields: { linkType: 'internal', doc: { relationTo: 'posts', value: draft.id }, newTab: false },
      children: [
        { type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: 'het concept', version: 1 },
      ],
    })
    const errors = fieldErrors(await publish({ body }))
    expect(errors).toEqual([{ path: 'body', message: expect.stringMatching(/not published/) }])
  })

  test('an English version without a summary: refused on summary, saying which version', async () => {
    const created = await payload.create({
      collection: 'posts',
      data: { ...postData(editor.user.id), _status: 'draft' } as never,
      draft: true,
    })
    await payload.update({
      collection: 'posts',
      id: created.id,
      locale: 'en',
      draft: true,
      data: { title: 'Working in the open', body: paragraphs('The English text.') } as never,
    })
    const response = await restJson<Refusal>('PATCH', `/posts/${created.id}?locale=nl`, {
      token: editor.token,
      body: { _status: 'published' },
    })
    expect(fieldErrors(response)).toEqual([
      { path: 'summary', message: 'Summary is required (English version).' },
    ])
    const stored = await payload.findByID({ collection: 'posts', id: created.id, depth: 0 })
    expect(stored._status).toBe('draft')
  })

  test("a javascript: link in a speaker's biography (plain text, shown with its links): refused on bio", async () => {
    const response = await restJson<Refusal>('POST', '/speakers', {
      token: editor.token,
      body: {
        name: 'Joris Verbeke',
        jobTitle: 'Adviseur dienstverlening',
        organisation: 'Stad Gent',
        bio: 'Joris helpt teams online <b>beter</b> bereikbaar te zijn. Meer op [zijn site](javascript:alert(1)).',
        regions: ['oost-vlaanderen'],
        languages: ['nl'],
        talks: [{ title: 'Webcare in een stad', description: 'Hoe Gent vragen online beantwoordt.' }],
        howToRequest: 'Via de redactie.',
        _status: 'published',
      },
    })
    expect(fieldErrors(response)).toEqual([
      { path: 'bio', message: expect.stringMatching(/cannot be a link/) },
    ])
  })

  test('saving a draft with the same problems is allowed: only publishing is checked', async () => {
    const response = await restJson<Refusal>('POST', '/posts?draft=true', {
      token: editor.token,
      body: { ...postData(editor.user.id), heroImage: svgId, _status: 'draft' },
    })
    expect(response.status).toBe(201)
  })
})

describe('what publishing accepts reaches content/ whole', () => {
  test('an author without a biography and an image without a credit: the post and its author are exported', async () => {
    const writer = await payload.create({
      collection: 'users',
      // As a new account is made in the admin: a name, no biography, no job title.
      data: {
        email: 'nieuw@example.org',
        password: 'een-lang-wachtwoord-2026',
        name: 'Nieuwe Schrijver',
        role: 'author',
      } as never,
    })
    const response = await publish({ authors: [writer.id], heroImage: rasterId, title: 'Zonder biografie' })
    expect(response.status).toBe(201)
    const { summary, read } = await exported()
    // Nothing left out or unlinked; an image with alt text in one language only is noted, not dropped.
    expect(
      summary.warnings.filter((warning) => !/alt text is missing in one language/.test(warning)),
    ).toEqual([])
    const post = summary.written.find((file) => file.startsWith('posts/') && file.endsWith('.nl.md'))
    expect(post).toBeDefined()
    const files = await Promise.all(summary.written.filter((file) => file.startsWith('posts/')).map(read))
    expect(files.some((text) => text?.includes('title: Zonder biografie'))).toBe(true)
    expect(summary.written).toContain(`authors/${writer.contentId}.nl.md`)
    expect(summary.written).toContain(`authors/${writer.contentId}.en.md`)
  })
})

describe('deleting or replacing what a published document needs', () => {
  test('an image that is the hero of a published post: refused, naming the post; an unused one is deleted', async () => {
    const sharp = (await import('sharp')).default
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3b7a57' } })
      .png()
      .toBuffer()
    const image = async (name: string) =>
      payload.create({
        collection: 'media',
        data: { alt: 'Groen vlak' },
        file: { data: png, mimetype: 'image/png', name, size: png.length },
      })
    const hero = await image('groen.png')
    expect((await publish({ heroImage: hero.id, title: 'Met een groen beeld' })).status).toBe(201)
    const refused = await restJson<Refusal & { errors: { message: string }[] }>(
      'DELETE',
      `/media/${hero.id}`,
      {
        token: editor.token,
      },
    )
    expect(refused.status).toBe(400)
    expect(refused.json.errors[0].message).toMatch(/hero image of "Met een groen beeld"/)
    expect(await payload.findByID({ collection: 'media', id: hero.id, disableErrors: true })).not.toBeNull()

    const unused = await image('ongebruikt.png')
    expect((await restJson('DELETE', `/media/${unused.id}`, { token: editor.token })).status).toBe(200)

    // Replacing its file with an SVG is refused too; the image keeps its file.
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>')
    await expect(
      payload.update({
        collection: 'media',
        id: hero.id,
        data: {},
        file: { data: svg, mimetype: 'image/svg+xml', name: 'groen.svg', size: svg.length },
        overrideAccess: true,
      }),
    ).rejects.toThrow(/hero image of "Met een groen beeld".*SVG file/)
    expect((await payload.findByID({ collection: 'media', id: hero.id })).filename).toBe(hero.filename)
  })

  test('the account of someone who wrote a published post: refused, naming the post', async () => {
    const admin = await createUserAndLogin(payload, 'admin')
    const writer = await createUserAndLogin(payload, 'author')
    expect((await publish({ authors: [writer.user.id], title: 'Een bericht om te houden' })).status).toBe(201)
    const refused = await restJson<{ errors: { message: string }[] }>('DELETE', `/users/${writer.user.id}`, {
      token: admin.token,
    })
    expect(refused.status).toBe(400)
    expect(refused.json.errors[0].message).toMatch(/author of "Een bericht om te houden"/)
  })
})
