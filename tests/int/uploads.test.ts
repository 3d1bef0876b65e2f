/**
 * Media uploads: only real images of the allowed types and size are stored, every refusal says
 * what is wrong, and a refused upload leaves neither a document nor a file behind.
 */
import { readdir, readFile } from 'node:fs/promises'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { User } from '../../cms/payload-types'
import { createUserAndLogin, restJson, startCms, stopCms } from './helpers/cms'

let payload: Payload
let author: { user: User; token: string }

beforeAll(async () => {
  payload = await startCms()
  author = await createUserAndLogin(payload, 'author')
})
afterAll(async () => {
  await stopCms(payload)
})

const mediaFiles = async (): Promise<string[]> => {
  try {
    return (await readdir(process.env.MEDIA_DIR!)).sort()
  } catch {
    return []
  }
}

/** Uploads through REST as multipart form data, the way the admin does. */
function upload(
  file: Buffer,
  name: string,
  type: string,
  data: Record<string, unknown> = { alt: 'Een afbeelding' },
) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type }), name)
  form.append('_payload', JSON.stringify(data))
  return restJson<{
    doc?: { id: number; filename: string; sizes: Record<string, { filename: string | null }> }
    errors?: { message: string; data?: unknown }[]
  }>('POST', '/media', { token: author.token, form })
}

/** Expects the upload to be refused, and the database and media folder to be as they were; returns the errors as text. */
async function expectRefused(
  attempt: Promise<{ status: number; json: { errors?: { message: string; data?: unknown }[] } }>,
) {
  const before = { docs: (await payload.count({ collection: 'media' })).totalDocs, files: await mediaFiles() }
  const { status, json } = await attempt
  expect(status).toBeGreaterThanOrEqual(400)
  expect(status).toBeLessThan(500)
  expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before.docs)
  expect(await mediaFiles()).toEqual(before.files)
  return (json.errors ?? []).map(({ message, data }) => `${message} ${JSON.stringify(data ?? {})}`).join('\n')
}

const jpeg = (width = 640, height = 480) =>
  sharp({ create: { width, height, channels: 3, background: '#2a6f97' } })
    .jpeg()
    .toBuffer()

describe('media uploads', () => {
  test('store a real JPEG with its alt text and the sizes made by sharp', async () => {
    const { status, json } = await upload(await jpeg(), 'open-koffie.jpg', 'image/jpeg', {
      alt: 'Koffiekopjes op een vergadertafel',
      credit: 'Foto: redactie, CC BY 4.0',
    })
    expect(status).toBe(201)
    expect(json.doc!.sizes.thumbnail.filename).toMatch(/\.webp$/)
    const files = await mediaFiles()
    expect(files).toContain(json.doc!.filename)
    expect(files).toContain(json.doc!.sizes.thumbnail.filename)
  })

  test('accept a clean SVG', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#123"/></svg>',
    )
    const { status } = await upload(svg, 'vlak.svg', 'image/svg+xml')
    expect(status).toBe(201)
  })

  test('refuse a text file renamed to .jpg', async () => {
    const text = Buffer.from('Dit is geen afbeelding maar een boodschappenlijstje.\nMelk\nBrood\n')
    const errors = await expectRefused(upload(text, 'vakantiefoto.jpg', 'image/jpeg'))
    expect(errors).toContain('"vakantiefoto.jpg" is text, not an image.')
  })

  test('refuse an SVG that carries a script', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>',
    )
    const errors = await expectRefused(upload(svg, 'logo.svg', 'image/svg+xml'))
    expect(errors).toContain('SVG file contains potentially harmful content.')
  })

  test('refuse an SVG with an event handler attribute', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" onload="fetch(\'//evil.example\')"/></svg>',
    )
    expect(await expectRefused(upload(svg, 'badge.svg', 'image/svg+xml'))).toContain(
      'potentially harmful content',
    )
  })

  test('store a PDF (slides) as it came, without image sizes', async () => {
    const pdf = await readFile('content/media/dias-webcare-menselijke-stem-gent.pdf')
    const { status, json } = await upload(pdf, 'Dia’s Open Koffie.PDF', 'application/pdf', {
      alt: 'Dia’s van de Open Koffie',
    })
    expect(status).toBe(201)
    expect(json.doc!.filename).toBe('dias-open-koffie.pdf')
    expect(json.doc!.sizes.thumbnail.filename).toBeNull()
    expect(await readFile(`${process.env.MEDIA_DIR}/${json.doc!.filename}`)).toEqual(pdf)
  })

  test('refuse a PDF that is cut off or needs a password, and a presentation with the advice to save it as PDF', async () => {
    const pdf = await readFile('content/media/dias-webcare-menselijke-stem-gent.pdf')
    expect(
      await expectRefused(upload(pdf.subarray(0, pdf.length / 2), 'notulen.pdf', 'application/pdf')),
    ).toContain('"notulen.pdf" is a PDF that readers cannot use: it is incomplete: its end is missing.')
    const locked = Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R /Encrypt 2 0 R>>\n%%EOF\n',
    )
    expect(await expectRefused(upload(locked, 'begroting.pdf', 'application/pdf'))).toContain(
      'it is protected with a password or restrictions',
    )
    // An Office file is a ZIP archive whose entries name what it holds.
    const pptx = Buffer.concat([
      Buffer.from('PK\u0003\u0004', 'latin1'),
      Buffer.alloc(26),
      Buffer.from('[Content_Types].xml ppt/presentation.xml ppt/slides/slide1.xml', 'latin1'),
    ])
    const errors = await expectRefused(
      upload(pptx, 'dias.pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'),
    )
    expect(errors).toContain('"dias.pptx" is a PowerPoint presentation.')
    expect(errors).toContain('save or export them as PDF')
  })

  test('refuse a file over the size limit with a message that gives the limit', async () => {
    // Random pixels do not compress: this PNG is well over the 2 MB limit set for the tests.
    const noise = Buffer.alloc(1200 * 1200 * 3)
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24
    const big = await sharp(noise, { raw: { width: 1200, height: 1200, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer()
    expect(big.length).toBeGreaterThan(2 * 1024 * 1024)

    const errors = await expectRefused(upload(big, 'groot.png', 'image/png'))
    expect(errors).toContain('uploads may be at most 2.0 MB')

    const before = await mediaFiles()
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'Te groot' },
        file: { data: big, mimetype: 'image/png', name: 'groot.png', size: big.length },
      }),
    ).rejects.toThrow(/uploads may be at most 2.0 MB/)
    expect(await mediaFiles()).toEqual(before)
  })

  test('refuse an image without alt text, naming the field', async () => {
    const errors = await expectRefused(upload(await jpeg(), 'zonder-alt.jpg', 'image/jpeg', {}))
    expect(errors).toContain('"path":"alt"')
  })
})
