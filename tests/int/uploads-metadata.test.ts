/**
 * Uploads lose their metadata on arrival: a phone photo's GPS position, camera, artist and XMP
 * never reach the stored original (and from there content/, the site and the book), whichever way
 * it came in (REST like the admin, the Local API, content import). The orientation is applied to
 * the pixels, the colour profile and the format are kept, and a file without metadata is stored
 * byte for byte as it came.
 */
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { importContent } from '../../cms/content/importContent'
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

const EXIF = {
  IFD0: { Artist: 'Jan Jansen', Make: 'Acme', Model: 'Telefoon 12', Copyright: 'Jan Jansen 2026' },
  // IFD3 is the GPS directory: a position in Amsterdam.
  IFD3: {
    GPSLatitudeRef: 'N',
    GPSLatitude: '52/1 22/1 23/1',
    GPSLongitudeRef: 'E',
    GPSLongitude: '4/1 53/1 32/1',
  },
}
const XMP =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:exif="http://ns.adobe.com/exif/1.0/"' +
  ' exif:GPSLatitude="52,22.38N" exif:GPSLongitude="4,53.53E"><dc:creator><rdf:Seq><rdf:li>Jan Jansen</rdf:li>' +
  '</rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>'
/** What must not survive anywhere in a stored file. */
const PRIVATE_STRINGS = ['Jan Jansen', 'Acme', 'Telefoon 12', '52,22.38N']

/** Whether EXIF data holds a pointer to a GPS directory (tag 0x8825, little- or big-endian). */
const hasGpsDirectory = (exif: Buffer) =>
  exif.includes(Buffer.from([0x25, 0x88, 0x04, 0x00])) || exif.includes(Buffer.from([0x88, 0x25, 0x00, 0x04]))

/**
 * A landscape photo, left half red and right half blue, stored sideways the way phones do: EXIF
 * orientation 6 says "turn 90° clockwise to show", so shown upright the red half is on top.
 */
function sidewaysPhoto(width = 1200, height = 800) {
  const pixels = Buffer.alloc(width * height * 3)
  for (let i = 0; i < width * height; i++)
    pixels.set(i % width < width / 2 ? [208, 32, 16] : [16, 64, 208], i * 3)
  return sharp(pixels, { raw: { width, height, channels: 3 } })
}

/** Adds an IPTC record (By-line "Jan Jansen") in a Photoshop APP13 segment, as Photoshop and Lightroom do. */
function withIptc(jpeg: Buffer): Buffer {
  const byline = Buffer.from('Jan Jansen')
  const iptc = Buffer.concat([Buffer.from([0x1c, 0x02, 0x50, 0x00, byline.length]), byline])
  const resource = Buffer.concat([
    Buffer.from('8BIM'),
    Buffer.from([0x04, 0x04, 0x00, 0x00]), // resource 0x0404 (IPTC), empty padded name
    Buffer.from([0, 0, 0, iptc.length]),
    iptc,
    Buffer.alloc(iptc.length % 2),
  ])
  const payloadBytes = Buffer.concat([Buffer.from('Photoshop 3.0\0'), resource])
  const segment = Buffer.concat([
    Buffer.from([0xff, 0xed, (payloadBytes.length + 2) >> 8, (payloadBytes.length + 2) & 0xff]),
    payloadBytes,
  ])
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)])
}

async function phonePhotoJpeg(): Promise<Buffer> {
  const jpeg = await sidewaysPhoto()
    .jpeg({ quality: 90 })
    .withExif(EXIF)
    .withXmp(XMP)
    .withMetadata({ orientation: 6 })
    .withIccProfile('p3')
    .toBuffer()
  return withIptc(jpeg)
}

function upload(file: Buffer, name: string, type: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'Een foto van de markt' }))
  return restJson<{ doc: Media; errors?: { message: string }[] }>('POST', '/media', { token, form })
}

const stored = (filename: string) => readFile(path.join(process.env.MEDIA_DIR!, filename))

/** Asserts a stored file carries no EXIF, XMP, IPTC or orientation and none of the private strings. */
async function expectNoMetadata(bytes: Buffer) {
  const meta = await sharp(bytes).metadata()
  expect(meta.exif).toBeUndefined()
  expect(meta.xmp).toBeUndefined()
  expect(meta.iptc).toBeUndefined()
  expect(meta.orientation).toBeUndefined()
  expect(meta.comments).toBeUndefined()
  for (const text of PRIVATE_STRINGS) expect(bytes.includes(Buffer.from(text)), text).toBe(false)
  return meta
}

/** The average colour of a horizontal band, as [r, g, b]. */
async function bandColour(bytes: Buffer, band: 'top' | 'bottom'): Promise<number[]> {
  const { width, height } = await sharp(bytes).metadata()
  const region = {
    left: 0,
    width,
    height: Math.floor(height / 4),
    top: band === 'top' ? 0 : height - Math.floor(height / 4),
  }
  // stats() reads its input, not the pipeline: cut the band out first.
  const part = await sharp(bytes).extract(region).png().toBuffer()
  const { channels } = await sharp(part).stats()
  return channels.slice(0, 3).map((channel) => channel.mean)
}

/** Red on top, blue at the bottom: the sideways photo was turned upright. */
async function expectUpright(bytes: Buffer) {
  const [top, bottom] = [await bandColour(bytes, 'top'), await bandColour(bytes, 'bottom')]
  expect(top[0]).toBeGreaterThan(top[2])
  expect(bottom[2]).toBeGreaterThan(bottom[0])
}

describe('REST uploads (the admin) lose their metadata', () => {
  test('a phone JPEG with GPS, camera, artist, XMP, IPTC and orientation 6', async () => {
    const photo = await phonePhotoJpeg()
    const before = await sharp(photo).metadata()
    // The photo really carries what the test says it does.
    expect(hasGpsDirectory(before.exif!)).toBe(true)
    expect(before.xmp).toBeDefined()
    expect(before.iptc).toBeDefined()
    expect(before.orientation).toBe(6)
    expect([before.width, before.height]).toEqual([1200, 800])

    const { status, json } = await upload(photo, 'IMG_2041.JPG', 'image/jpeg')
    expect(status).toBe(201)
    expect(json.doc.filename).toBe('img-2041.jpg')
    expect([json.doc.width, json.doc.height]).toEqual([800, 1200])

    const original = await stored(json.doc.filename!)
    const meta = await expectNoMetadata(original)
    expect(meta.format).toBe('jpeg')
    expect([meta.width, meta.height]).toEqual([800, 1200])
    expect(meta.icc).toEqual(before.icc)
    await expectUpright(original)

    const sizes = Object.values(json.doc.sizes ?? {}).filter((size) => size?.filename)
    expect(sizes.length).toBeGreaterThan(0)
    for (const size of sizes) {
      const bytes = await stored(size!.filename!)
      const sizeMeta = await expectNoMetadata(bytes)
      expect(sizeMeta.height).toBeGreaterThan(sizeMeta.width)
      await expectUpright(bytes)
    }
  })

  test('a PNG with EXIF, XMP and orientation 6 is turned upright without losing a pixel', async () => {
    const png = await sidewaysPhoto(64, 32)
      .png()
      .withExif(EXIF)
      .withXmp(XMP)
      .withMetadata({ orientation: 6 })
      .toBuffer()
    expect((await sharp(png).metadata()).exif).toBeDefined()

    const { status, json } = await upload(png, 'schets.png', 'image/png')
    expect(status).toBe(201)
    const original = await stored(json.doc.filename!)
    const meta = await expectNoMetadata(original)
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 32, 64])
    const expected = await sharp(png).autoOrient().raw().toBuffer()
    expect((await sharp(original).raw().toBuffer()).equals(expected)).toBe(true)
  })

  test('a WebP with EXIF, XMP and orientation 6', async () => {
    const webp = await sidewaysPhoto(64, 32)
      .webp({ quality: 90 })
      .withExif(EXIF)
      .withXmp(XMP)
      .withMetadata({ orientation: 6 })
      .toBuffer()
    expect((await sharp(webp).metadata()).xmp).toBeDefined()

    const { status, json } = await upload(webp, 'markt.webp', 'image/webp')
    expect(status).toBe(201)
    const original = await stored(json.doc.filename!)
    const meta = await expectNoMetadata(original)
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 32, 64])
    await expectUpright(original)
  })

  test('an animated WebP with EXIF keeps all its frames', async () => {
    const frames = 3
    const raw = Buffer.alloc(40 * 30 * frames * 3, 0)
    for (let i = 0; i < raw.length; i += 3) raw[i + Math.floor(i / (40 * 30 * 3))] = 255 // red, green, blue frames
    const webp = await sharp(raw, { raw: { width: 40, height: 30 * frames, channels: 3, pageHeight: 30 } })
      .webp({ delay: [200, 200, 200], loop: 0 })
      .withExif(EXIF)
      .toBuffer()
    const { status, json } = await upload(webp, 'knipperlicht.webp', 'image/webp')
    expect(status).toBe(201)
    const meta = await expectNoMetadata(await stored(json.doc.filename!))
    expect([meta.pages, meta.width, meta.height]).toEqual([frames, 40, 30])
  })

  test('an AVIF with EXIF and XMP', async () => {
    const avif = await sidewaysPhoto(64, 32).avif({ quality: 80 }).withExif(EXIF).withXmp(XMP).toBuffer()
    expect((await sharp(avif).metadata()).exif).toBeDefined()

    const { status, json } = await upload(avif, 'plein.avif', 'image/avif')
    expect(status).toBe(201)
    const meta = await expectNoMetadata(await stored(json.doc.filename!))
    expect(meta.mediaType).toBe('image/avif')
  })

  test('an SVG loses its <metadata>, RDF and editor paths, and keeps its drawing', async () => {
    const svg =
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"' +
      ' xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" width="10" height="10"' +
      ' sodipodi:docname="logo Jan Jansen.svg" inkscape:export-filename="/home/jan/Documents/logo.png">\n' +
      `  <metadata id="metadata1">${XMP}</metadata>\n` +
      `  <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>${XMP}<?xpacket end="w"?>\n` +
      '  <rect width="10" height="10" fill="#123"/>\n' +
      '</svg>\n'
    const { status, json } = await upload(Buffer.from(svg), 'logo.svg', 'image/svg+xml')
    expect(status).toBe(201)
    const text = (await stored(json.doc.filename!)).toString('utf8')
    for (const gone of ['<metadata', 'rdf:RDF', 'xmpmeta', 'xpacket', 'Jan Jansen', '/home/jan'])
      expect(text).not.toContain(gone)
    expect(text).toContain('<rect width="10" height="10" fill="#123"/>')
  })

  test('a file without metadata is stored byte for byte as it came', async () => {
    const clean = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#2a6f97' } })
      .jpeg()
      .toBuffer()
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><circle r="2"/></svg>',
    )
    for (const [bytes, name, type] of [
      [clean, 'schoon.jpg', 'image/jpeg'],
      [svg, 'cirkel.svg', 'image/svg+xml'],
    ] as const) {
      const { status, json } = await upload(bytes, name, type)
      expect(status).toBe(201)
      expect((await stored(json.doc.filename!)).equals(bytes)).toBe(true)
    }
  })
})

describe('the Local API and content import lose it too', () => {
  test('payload.create with a file or a file path', async () => {
    const photo = await phonePhotoJpeg()
    const folder = await mkdtemp(path.join(process.env.TEST_RUN_DIR!, 'local-'))
    await writeFile(path.join(folder, 'Vakantie Foto.jpg'), photo)
    const fromPath = await payload.create({
      collection: 'media',
      data: { alt: 'Vakantie' },
      filePath: path.join(folder, 'Vakantie Foto.jpg'),
    })
    const fromFile = await payload.create({
      collection: 'media',
      data: { alt: 'Vakantie' },
      file: { data: photo, mimetype: 'image/jpeg', name: 'strand.jpeg', size: photo.length },
    })
    expect([fromPath.filename, fromFile.filename]).toEqual(['vakantie-foto.jpg', 'strand.jpeg'])
    for (const doc of [fromPath, fromFile]) {
      const meta = await expectNoMetadata(await stored(doc.filename!))
      expect([meta.width, meta.height]).toEqual([800, 1200])
      // The hash is of the file as it arrived, so the same file is recognised when it comes again.
      expect(doc.contentHash).toBe(createHash('sha256').update(photo).digest('hex'))
    }
  })

  test('an imported photo is stored clean and importing it again changes nothing', async () => {
    const root = await mkdtemp(path.join(process.env.TEST_RUN_DIR!, 'content-'))
    await mkdir(path.join(root, 'media'))
    const photo = await phonePhotoJpeg()
    await writeFile(path.join(root, 'media', 'markt-foto.jpg'), photo)
    await writeFile(
      path.join(root, 'media', 'markt-foto.yml'),
      'alt:\n  nl: Kramen op de markt\n  en: Stalls at the market\ncredit: "Foto: redactie"\nfocalPoint:\n  x: 50\n  y: 50\n',
    )

    expect((await importContent(payload, root)).created).toEqual(['media/markt-foto'])
    const { docs } = await payload.find({
      collection: 'media',
      where: { contentId: { equals: 'markt-foto' } },
    })
    const original = await stored(docs[0].filename!)
    await expectNoMetadata(original)

    // The same file again (its hash is the one recorded), then the stripped file an export writes
    // back to content/ (its hash is the stored file's): both are unchanged.
    expect(await importContent(payload, root)).toMatchObject({ created: [], updated: [], unchanged: 1 })
    await writeFile(path.join(root, 'media', 'markt-foto.jpg'), original)
    expect(await importContent(payload, root)).toMatchObject({ created: [], updated: [], unchanged: 1 })
    expect((await stored(docs[0].filename!)).equals(original)).toBe(true)
  })
})
