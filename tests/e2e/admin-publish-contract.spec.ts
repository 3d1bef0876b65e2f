/**
 * What the admin lets an editor publish is what the live site shows (issue #16): a post the site
 * could not show (an SVG hero image, a date no calendar has, a javascript: link) is refused with the
 * reason and stays a draft; a post by a new author who has not written a biography yet is published
 * and appears on the live site with its author page.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import sharp from 'sharp'

import { createPost, fromAdmin, logIn, publishInEditView } from './helpers/admin'

const live = process.env.E2E_LIVE_URL!
const status = async (request: APIRequestContext, path: string) =>
  (await request.get(`${live}${path}`)).status()

/** Uploads an image with alt text (and no credit) as the logged-in editor; returns its id. */
async function uploadImage(
  page: Page,
  name: string,
  mimeType: string,
  buffer: Buffer,
  alt: string,
): Promise<number> {
  const upload = await page.request.post('/api/media', {
    headers: fromAdmin(),
    multipart: { file: { name, mimeType, buffer }, _payload: JSON.stringify({ alt }) },
  })
  expect(upload.status()).toBe(201)
  return (await upload.json()).doc.id
}

/** A draft made over REST with one thing the site cannot show, and how the admin names it. */
const refusedCases: {
  name: string
  draft: (page: Page) => Promise<Record<string, unknown>>
  shown: RegExp
}[] = [
  {
    name: 'an SVG hero image',
    draft: async (page) => {
      const svg = Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="40"><rect width="80" height="40" fill="#1d4f91"/></svg>',
      )
      return {
        heroImage: await uploadImage(page, 'netwerklogo.svg', 'image/svg+xml', svg, 'Logo van het netwerk'),
      }
    },
    shown: /SVG file; the site shows images as JPEG, PNG, WebP/,
  },
  {
    name: 'a date in the year 275760',
    draft: async () => ({ publishedAt: '+275760-09-13T00:00:00.000Z' }),
    shown: /four-digit year/,
  },
  {
    name: 'a javascript: link in the text',
    draft: async () => ({ body: textWithLink('javascript:alert(document.cookie)') }),
    shown: /cannot be a link/,
  },
]

function textWithLink(url: string) {
  const text = (value: string) => ({
    type: 'text',
    version: 1,
    text: value,
    format: 0,
    detail: 0,
    mode: 'normal',
    style: '',
  })
  return {
    root: {
      type: 'root',
      version: 1,
      children: [
        {
          type: 'paragraph',
          version: 1,
          children: [
            text('Lees het '),
            {
              type: 'link',
              version: 3,
              fields: { linkType: 'custom', url, newTab: false },
              children: [text('verslag')],
            },
          ],
        },
      ],
    },
  }
}

for (const refused of refusedCases) {
  test(`publishing a post with ${refused.name} is refused with the reason, and the post stays a draft`, async ({
    page,
  }) => {
    await logIn(page)
    const id = await createPost(page, {
      title: `Wat de site niet kan tonen: ${refused.name}`,
      summary: 'Een concept dat de redactie probeert te publiceren.',
      text: 'De redactie probeert dit concept te publiceren.',
      status: 'draft',
    })
    const change = await page.request.patch(`/api/posts/${id}?draft=true`, {
      headers: fromAdmin(),
      data: { ...(await refused.draft(page)), _status: 'draft' },
    })
    expect(change.status()).toBe(200)

    await page.goto(`/admin/collections/posts/${id}`)
    await page.getByRole('button', { name: /^publish/i }).click()
    await expect(page.getByText(refused.shown).first()).toBeVisible()

    const stored = await page.request.get(`/api/posts/${id}?depth=0`, { headers: fromAdmin() })
    expect((await stored.json())._status).toBe('draft')
  })
}

test('a post by an author without a biography, with an image without a credit, is published and shown on the live site', async ({
  page,
  request,
}) => {
  test.setTimeout(300_000)
  await logIn(page)
  const account = await page.request.post('/api/users', {
    headers: fromAdmin(),
    data: {
      email: 'nieuwe.auteur@gemeente.example',
      password: 'een-lang-wachtwoord-voor-de-nieuwe-auteur',
      name: 'Fenna Wierda',
      role: 'author',
    },
  })
  expect(account.status()).toBe(201)
  const author = (await account.json()).doc
  // Its hero image has alt text but no credit: optional in the CMS and on the site.
  const photo = await sharp({ create: { width: 800, height: 450, channels: 3, background: '#2f6f8f' } })
    .jpeg()
    .toBuffer()
  const heroImage = await uploadImage(
    page,
    'gemaal.jpg',
    'image/jpeg',
    photo,
    'Een gemaal aan de rand van een polder',
  )
  const created = await page.request.post('/api/posts?draft=true', {
    headers: fromAdmin(),
    data: {
      title: 'Mijn eerste weken als webredacteur',
      summary: 'Een nieuwe collega vertelt hoe zij de website van haar waterschap leerde kennen.',
      authors: [author.id],
      heroImage,
      _status: 'draft',
      body: {
        root: {
          type: 'root',
          version: 1,
          children: [
            {
              type: 'paragraph',
              version: 1,
              children: [{ type: 'text', version: 1, text: 'De eerste week las ik vooral oude berichten.' }],
            },
          ],
        },
      },
    },
  })
  expect(created.status()).toBe(201)
  const post = (await created.json()).doc

  await page.goto(`/admin/collections/posts/${post.id}`)
  await publishInEditView(page, 'posts')

  await expect
    .poll(() => status(request, `/blog/${post.slug}/`), { timeout: 240_000, intervals: [2_000] })
    .toBe(200)
  const shown = await request.get(`${live}/blog/${post.slug}/`)
  const html = await shown.text()
  expect(html).toContain('Fenna Wierda')
  expect(html).toContain('alt="Een gemaal aan de rand van een polder"')
  expect(await status(request, `/auteurs/${author.slug}/`)).toBe(200)
  expect(await status(request, `/en/authors/${author.slug}/`)).toBe(200)
})
