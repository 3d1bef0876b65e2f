/**
 * Events in the CMS: what an editor publishes reaches content/ in the contract's form (times in
 * UTC, the participants' link never), an event the site could not show is refused with the reason
 * on the field, calendar apps are told about changes (SEQUENCE), and the site is rebuilt when an
 * event has ended, so the agenda moves it to the archive.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { exportContent } from '../../cms/content/exportContent'
import { rebuildForEndedEvents } from '../../cms/publish/keepAgendaCurrent'
import type { User } from '../../cms/payload-types'
import { createUserAndLogin, restJson, startCms, stopCms } from './helpers/cms'
import { paragraphs } from './helpers/documents'

let payload: Payload
let editor: { user: User; token: string }

beforeAll(async () => {
  payload = await startCms()
  editor = await createUserAndLogin(payload, 'editor')
})
afterAll(async () => {
  await stopCms(payload)
})

const event = (overrides: Record<string, unknown> = {}) => ({
  title: 'Open Koffie in Utrecht: werken in het openbaar',
  kind: 'open-koffie',
  summary: 'Drie teams vertellen hoe zij hun werk zichtbaar maakten.',
  start: '2027-02-11T14:30:00.000Z',
  end: '2027-02-11T15:45:00.000Z',
  timeZone: 'Europe/Amsterdam',
  venue: 'Stadskantoor',
  address: 'Stadsplateau 1',
  city: 'Utrecht',
  region: 'utrecht',
  registration: 'open',
  capacity: 40,
  body: paragraphs('Schuif aan bij de koffie.'),
  _status: 'published',
  ...overrides,
})

type Refusal = { errors: { data?: { errors: { path: string; message: string }[] } }[] }

const create = (body: Record<string, unknown>) =>
  restJson<Refusal & { doc?: { id: number; sequence: number } }>('POST', '/events', {
    token: editor.token,
    headers: { Origin: 'http://localhost:3000' },
    body,
  })

describe('publishing an event', () => {
  test('writes it to content/ in UTC, with the online link left out', async () => {
    const created = await create(
      event({
        title: 'Online Open Koffie: leidinggeven op afstand',
        online: true,
        onlineUrl: 'https://meet.example.org/geheim-123',
        venue: null,
        address: null,
        city: null,
        region: 'online',
      }),
    )
    expect(created.status).toBe(201)
    const dir = await mkdtemp(path.join(os.tmpdir(), 'events-export-'))
    try {
      await exportContent(payload, dir)
      const file = await readFile(
        path.join(dir, 'events', 'online-open-koffie-leidinggeven-op-afstand.nl.md'),
        'utf8',
      )
      expect(file).toContain('start: 2027-02-11T14:30:00Z')
      expect(file).toContain('timeZone: Europe/Amsterdam')
      expect(file).toContain('online: true')
      expect(file).toContain('sequence: 0')
      expect(file).not.toContain('meet.example.org')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  test('refuses an event the site cannot show, naming the field', async () => {
    const noPlace = await create(event({ title: 'Zonder plek', venue: null, city: null }))
    expect(noPlace.status).toBe(400)
    const errors = noPlace.json.errors.flatMap((error) => error.data?.errors ?? [])
    expect(errors.map((error) => error.path)).toContain('venue')
    const backwards = await create(event({ title: 'Achterstevoren', end: '2027-02-11T13:00:00.000Z' }))
    expect(backwards.status).toBe(400)
  })
})

describe('slides after an event', () => {
  const uploadMedia = async (file: string, name: string, type: string, alt: string) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await readFile(file))], { type }), name)
    form.append('_payload', JSON.stringify({ alt }))
    const { status, json } = await restJson<{ doc: { id: number; filename: string; mimeType: string } }>(
      'POST',
      '/media',
      { token: editor.token, headers: { Origin: 'http://localhost:3000' }, form },
    )
    expect(status).toBe(201)
    return json.doc
  }

  test('a PDF goes to content/media with the event; an image as slides or a PDF as the image is refused on the field', async () => {
    const pdf = await uploadMedia(
      'content/media/dias-webcare-menselijke-stem-gent.pdf',
      'Dia’s webcare Gent.pdf',
      'application/pdf',
      'Dia’s: een stadsaccount met een menselijke stem',
    )
    expect(pdf.filename).toMatch(/\.pdf$/)
    expect(pdf.mimeType).toBe('application/pdf')
    const photo = await uploadMedia(
      'content/media/blog-open-koffie-tafel.jpg',
      'tafel.jpg',
      'image/jpeg',
      'Een tafel vol koffiekopjes',
    )

    const imageAsSlides = await create(event({ title: 'Met een foto als dia’s', slides: [photo.id] }))
    expect(imageAsSlides.status).toBe(400)
    const slidesErrors = imageAsSlides.json.errors.flatMap((error) => error.data?.errors ?? [])
    expect(slidesErrors).toContainEqual({
      path: 'slides',
      message: expect.stringContaining('not a document; save the slides as PDF'),
    })
    const pdfAsHero = await create(event({ title: 'Met een PDF als afbeelding', heroImage: pdf.id }))
    expect(pdfAsHero.status).toBe(400)
    const heroErrors = pdfAsHero.json.errors.flatMap((error) => error.data?.errors ?? [])
    expect(heroErrors).toContainEqual({
      path: 'heroImage',
      message: expect.stringContaining('is a PDF document, not an image'),
    })

    const created = await create(
      event({ title: 'Open Koffie met dia’s', slides: [pdf.id], heroImage: photo.id }),
    )
    expect(created.status).toBe(201)
    const dir = await mkdtemp(path.join(os.tmpdir(), 'events-slides-'))
    try {
      await exportContent(payload, dir)
      const file = await readFile(path.join(dir, 'events', 'open-koffie-met-dias.nl.md'), 'utf8')
      const slideId = /slides:\n\s+- (\S+)/.exec(file)?.[1]
      expect(slideId).toBeTruthy()
      expect(await readFile(path.join(dir, 'media', `${slideId}.pdf`))).toEqual(
        await readFile('content/media/dias-webcare-menselijke-stem-gent.pdf'),
      )
      const sidecar = await readFile(path.join(dir, 'media', `${slideId}.yml`), 'utf8')
      expect(sidecar).toContain('een stadsaccount met een menselijke stem')
      expect(sidecar).not.toContain('focalPoint')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }

    // The slides of a published event stay a PDF: replacing the file with an image is refused.
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(await readFile('content/media/blog-open-koffie-tafel.jpg'))], {
        type: 'image/jpeg',
      }),
      'tafel.jpg',
    )
    form.append('_payload', JSON.stringify({}))
    const replaced = await restJson<{ errors: { message: string }[] }>('PATCH', `/media/${pdf.id}`, {
      token: editor.token,
      headers: { Origin: 'http://localhost:3000' },
      form,
    })
    expect(replaced.status).toBe(400)
    expect(replaced.json.errors[0].message).toContain('the slides of "Open Koffie met dia’s"')
  })
})

describe('calendar apps', () => {
  test('are told about a new time or a cancellation, not about a new title', async () => {
    const { json } = await create(event({ title: 'Open Koffie in Zwolle' }))
    const id = json.doc!.id
    const update = (data: Record<string, unknown>) =>
      restJson<{ doc: { sequence: number } }>('PATCH', `/events/${id}`, {
        token: editor.token,
        headers: { Origin: 'http://localhost:3000' },
        body: data,
      })
    expect((await update({ title: 'Open Koffie in Zwolle: samenwerken' })).json.doc.sequence).toBe(0)
    expect(
      (await update({ start: '2027-02-11T15:00:00.000Z', end: '2027-02-11T16:15:00.000Z' })).json.doc
        .sequence,
    ).toBe(1)
    expect((await update({ cancelled: true })).json.doc.sequence).toBe(2)
  })
})

describe('the agenda after an event', () => {
  test('asks for a build once a published event has ended since the last live build', async () => {
    await payload.create({
      collection: 'site-builds',
      data: { status: 'live', trigger: 'test', startedAt: '2027-02-11T12:00:00.000Z' },
    })
    // Nothing ended between that build and an hour before the Utrecht event.
    expect(await rebuildForEndedEvents(payload, new Date('2027-02-11T13:00:00.000Z'))).toBe(false)
    expect(await rebuildForEndedEvents(payload, new Date('2027-02-11T16:00:00.000Z'))).toBe(true)
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'buildSite' } },
      sort: '-createdAt',
      limit: 1,
    })
    expect(docs[0]?.input).toMatchObject({ force: true, trigger: expect.stringMatching(/ended/) })
  })
})
