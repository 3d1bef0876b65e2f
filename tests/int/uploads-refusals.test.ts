/**
 * Upload names are normalised on arrival (no control or bidi characters, no leading dots, never
 * too long, an extension that matches the content), every refusal names the file and says what is
 * wrong, and a refused upload leaves nothing behind: no document, no original, no sizes, and an
 * update that fails keeps the image the document had.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { crc32, deflateSync } from 'node:zlib'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { Media } from '../../cms/payload-types'
import { createUserAndLogin, restJson, startCms, stopCms } from './helpers/cms'

let payload: Payload
let token: string

beforeAll(async () => {
  payload = await startCms()
  token = (await createUserAndLogin(payload, 'author')).token
})
afterAll(async () => {
  await stopCms(payload)
})

type Reply = { doc?: Media; errors?: { message: string; data?: unknown }[] }

const mediaFiles = async (): Promise<string[]> =>
  (await readdir(process.env.MEDIA_DIR!).catch(() => [])).sort()
const mediaCount = async () => (await payload.count({ collection: 'media' })).totalDocs

function send(
  method: 'POST' | 'PATCH',
  url: string,
  file: Buffer,
  name: string,
  data: Record<string, unknown>,
) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type: 'image/jpeg' }), name)
  form.append('_payload', JSON.stringify(data))
  return restJson<Reply>(method, url, { token, form })
}
const upload = (file: Buffer, name: string, data: Record<string, unknown> = { alt: 'Een afbeelding' }) =>
  send('POST', '/media', file, name, data)

/** Expects a 4xx, and the database and media folder as they were; returns the errors as text. */
async function expectRefused(attempt: () => Promise<{ status: number; json: Reply }>): Promise<string> {
  const before = { docs: await mediaCount(), files: await mediaFiles() }
  const { status, json } = await attempt()
  expect(status).toBeGreaterThanOrEqual(400)
  expect(status).toBeLessThan(500)
  expect(await mediaCount()).toBe(before.docs)
  expect(await mediaFiles()).toEqual(before.files)
  return (json.errors ?? []).map(({ message, data }) => `${message} ${JSON.stringify(data ?? {})}`).join('\n')
}

/** The same refusal through the Local API (scripts, content import): same message, nothing left. */
async function expectRefusedLocally(data: Buffer, name: string, message: string) {
  const before = { docs: await mediaCount(), files: await mediaFiles() }
  await expect(
    payload.create({
      collection: 'media',
      data: { alt: 'Een afbeelding' },
      file: { data, mimetype: 'image/jpeg', name, size: data.length },
    }),
  ).rejects.toThrow(message)
  expect(await mediaCount()).toBe(before.docs)
  expect(await mediaFiles()).toEqual(before.files)
}

const jpeg = (width = 640, height = 480) =>
  sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#2a6f97',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg()
    .toBuffer()
const png = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: '#c03020' } })
    .png()
    .toBuffer()

/** A real PNG of 20000 × 20000 black pixels: 49 KB on disk, 400 megapixels once decoded. */
function pixelBomb(width = 20000, height = 20000): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body) >>> 0)
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 1 // one bit per pixel, greyscale
  const rows = Buffer.alloc(height * (1 + Math.ceil(width / 8))) // filter byte + pixels, all zero
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

describe('file names are normalised on arrival', () => {
  test.each([
    [
      'a 300-character name is shortened, keeping its extension',
      `${'zonsondergang-'.repeat(21)}abcdef.jpg`,
      /^(zonsondergang-)+[a-z]+\.jpg$/,
    ],
    ['a right-to-left override is removed', 'foto\u202Egpj.exe.jpg', /^fotogpj-exe\.jpg$/],
    ['a leading dot is removed', '.verborgen.jpg', /^verborgen\.jpg$/],
    [
      'accents, spaces, zero-width and upper case',
      '  Één  Foto\u200B van Zoë.JPG',
      /^een-foto-van-zoe\.jpg$/,
    ],
    ['folders in the name are dropped', '../../etc/passwd.jpg', /^passwd\.jpg$/],
    ['a Windows path keeps only the file name', 'C:\\Users\\jan\\Pictures\\kaart.jpeg', /^kaart\.jpeg$/],
    ['a name with nothing readable gets a fallback', '日本の写真.jpg', /^afbeelding(-\d+)?\.jpg$/],
  ])('%s', async (_what, name, expected) => {
    const { status, json } = await upload(await jpeg(64, 48), name)
    expect(status).toBe(201)
    const { filename } = json.doc!
    expect(filename).toMatch(expected)
    expect(filename!.length).toBeLessThanOrEqual(100)
    expect(await mediaFiles()).toContain(filename)
  })

  test('the extension follows the content: a PNG named .jpg is stored as .png', async () => {
    const { status, json } = await upload(await png(), 'rood.jpg')
    expect(status).toBe(201)
    expect(json.doc!.filename).toBe('rood.png')
    expect(json.doc!.mimeType).toBe('image/png')
    expect(
      (await sharp(await readFile(path.join(process.env.MEDIA_DIR!, 'rood.png'))).metadata()).format,
    ).toBe('png')
  })

  test('the Local API gets the same names', async () => {
    const data = await jpeg(64, 48)
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Lokaal' },
      file: { data, mimetype: 'image/jpeg', name: '\u202E.Lokale Foto.JPG', size: data.length },
    })
    expect(doc.filename).toBe('lokale-foto.jpg')
  })
})

describe('every refusal names the file and says what is wrong', () => {
  test('an empty file', async () => {
    const message = '"leeg.jpg" is empty (0 bytes)'
    expect(await expectRefused(() => upload(Buffer.alloc(0), 'leeg.jpg'))).toContain(message)
    await expectRefusedLocally(Buffer.alloc(0), 'leeg.jpg', message)
  })

  test('a truncated JPEG', async () => {
    const whole = await jpeg()
    const truncated = whole.subarray(0, Math.floor(whole.length * 0.7))
    // Its header is intact: only decoding the pixels shows the damage.
    expect((await sharp(truncated).metadata()).width).toBe(640)
    const message = '"kapot.jpg" is damaged or not a complete image'
    expect(await expectRefused(() => upload(truncated, 'kapot.jpg'))).toContain(message)
    await expectRefusedLocally(truncated, 'kapot.jpg', message)
  })

  test('a JPEG whose header is broken', async () => {
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 0x41)])
    expect(await expectRefused(() => upload(broken, 'stuk.jpg'))).toContain(
      '"stuk.jpg" is damaged or not a complete image: it could not be read as a JPEG file',
    )
  })

  test('a pixel bomb: a small file that claims 20000 × 20000 pixels', async () => {
    const bomb = pixelBomb()
    expect(bomb.length).toBeLessThan(100_000)
    const started = Date.now()
    const errors = await expectRefused(() => upload(bomb, 'bom.png'))
    expect(errors).toContain(
      '"bom.png" is 20000 × 20000 pixels (400 megapixels); images may have at most 50 megapixels',
    )
    // Refused from the header, without decoding 400 megapixels.
    expect(Date.now() - started).toBeLessThan(5000)
    await expectRefusedLocally(bomb, 'bom.png', 'images may have at most 50 megapixels')
  })

  test('an image format the site cannot show, whatever its name says', async () => {
    const tiff = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#000' } })
      .tiff()
      .toBuffer()
    expect(await expectRefused(() => upload(tiff, 'scan.jpg'))).toContain('"scan.jpg" is a TIFF image')
  })

  test('content that is no image at all, whatever its name says', async () => {
    const noise = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 151 + 7) % 256))
    expect(await expectRefused(() => upload(noise, 'foto.png'))).toContain(
      '"foto.png" is not an image: its content is not JPEG, PNG, WebP, AVIF, GIF or SVG',
    )
  })

  test('the name in a message has no invisible characters', async () => {
    expect(await expectRefused(() => upload(Buffer.alloc(0), 'leeg\u202Egpj.jpg'))).toContain(
      '"leeggpj.jpg" is empty',
    )
  })

  test('an image to be fetched from a web address instead of a file', async () => {
    const before = { docs: await mediaCount(), files: await mediaFiles() }
    const { status, json } = await restJson<Reply>('POST', '/media', {
      token,
      body: { alt: 'Van elders', filename: 'elders.jpg', url: 'https://example.org/foto.jpg' },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(json.errors)).toContain(
      'Images are not fetched from a web address (https://example.org/foto.jpg)',
    )
    expect(await mediaCount()).toBe(before.docs)
    expect(await mediaFiles()).toEqual(before.files)
  })
})

describe('a refusal after the checks leaves nothing behind and loses nothing', () => {
  test('a create the database refuses (a content id already in use)', async () => {
    const first = await upload(await jpeg(), 'eerste.jpg', { alt: 'Eerste', contentId: 'vaste-naam' })
    expect(first.status).toBe(201)
    const second = await jpeg()
    const errors = await expectRefused(() =>
      upload(second, 'tweede.jpg', { alt: 'Tweede', contentId: 'vaste-naam' }),
    )
    expect(errors).toContain('contentId')
  })

  test('an update with a new image that does not validate keeps the old image', async () => {
    const created = await upload(await jpeg(), 'oud.jpg', { alt: 'Oud' })
    expect(created.status).toBe(201)
    const doc = created.json.doc!
    const oldBytes = await readFile(path.join(process.env.MEDIA_DIR!, doc.filename!))

    const replacement = await jpeg(800, 600)
    const errors = await expectRefused(() =>
      send('PATCH', `/media/${doc.id}`, replacement, 'nieuw.jpg', { alt: '' }),
    )
    expect(errors).toContain('"path":"alt"')
    const after = await payload.findByID({ collection: 'media', id: doc.id })
    expect(after.filename).toBe(doc.filename)
    expect((await readFile(path.join(process.env.MEDIA_DIR!, doc.filename!))).equals(oldBytes)).toBe(true)
    for (const size of Object.values(after.sizes ?? {})) {
      if (size?.filename) expect(await mediaFiles()).toContain(size.filename)
    }
  })

  test("an update of someone else's image, refused by access control, leaves that image as it was", async () => {
    const created = await upload(await jpeg(), 'van-een-ander.jpg', { alt: 'Van een ander' })
    expect(created.status).toBe(201)
    const doc = created.json.doc!
    const stored = () => readFile(path.join(process.env.MEDIA_DIR!, doc.filename!))
    const oldBytes = await stored()

    const other = await createUserAndLogin(payload, 'author')
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await jpeg(800, 600))], { type: 'image/jpeg' }), 'mijn.jpg')
    form.append('_payload', JSON.stringify({ alt: 'Nu van mij' }))
    const before = await mediaFiles()
    const { status } = await restJson('PATCH', `/media/${doc.id}`, { token: other.token, form })
    expect(status).toBe(403)
    expect(await mediaFiles()).toEqual(before)
    expect((await stored()).equals(oldBytes)).toBe(true)
  })
})
