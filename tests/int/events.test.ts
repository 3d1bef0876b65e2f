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
