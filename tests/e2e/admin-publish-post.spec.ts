/**
 * An editor's first day: log in to the admin in a real browser, write a post with an image, save a
 * draft (invisible to the public), publish it, and read it back anonymously through the REST API.
 */
import { expect, test } from '@playwright/test'
import sharp from 'sharp'

import { fromAdmin, logIn, publishInEditView } from './helpers/admin'

const title = 'Open Koffie in Deventer: tien lessen over webcare'

test('an editor writes a post with an image, autosaves a draft and publishes it', async ({
  page,
  request,
}) => {
  await logIn(page)

  await page.goto('/admin/collections/posts/create')
  await page.fill('#field-title', title)
  await page.fill('#field-summary', 'Wat twintig ambtenaren leerden over reageren op boze berichten.')

  // The body is a Lexical rich text editor: type into it like a person does.
  const body = page.locator('[data-lexical-editor="true"][contenteditable="true"]').first()
  await body.click()
  await page.keyboard.type(
    'Vrijdagochtend kwamen twintig collega’s bij elkaar in de bibliotheek van Deventer.',
  )

  // The "+" beside a relationship field is announced by the name of what it adds, in the admin's language.
  await expect(page.locator('#field-topics').getByRole('button', { name: 'Add new Topic' })).toBeVisible()
  await expect(page.locator('[aria-label*="[object"]')).toHaveCount(0)

  // Hero image: upload a new image from the post's form, with its alt text.
  const image = await sharp({ create: { width: 800, height: 450, channels: 3, background: '#3b7a57' } })
    .jpeg()
    .toBuffer()
  await page
    .locator('#field-heroImage')
    .getByRole('button', { name: /create new/i })
    .click()
  const drawer = page.locator('dialog, [role="dialog"], .drawer__content').last()
  await drawer
    .locator('input[type="file"]')
    .setInputFiles({ name: 'deventer.jpg', mimeType: 'image/jpeg', buffer: image })
  await drawer.locator('#field-alt').fill('Twintig mensen rond een lange tafel in een bibliotheek')
  await drawer.getByRole('button', { name: /^save$/i }).click()
  await expect(page.locator('#field-heroImage')).toContainText('deventer')

  // Posts autosave as drafts: the new post gets its own address once the first draft is stored.
  await expect(page).toHaveURL(/\/admin\/collections\/posts\/\d+/)
  const id = page.url().match(/posts\/(\d+)/)![1]
  await expect(async () => {
    const asEditor = await page.request.get(`/api/posts/${id}?draft=true&depth=0`, { headers: fromAdmin() })
    expect(asEditor.status()).toBe(200)
    const draft = await asEditor.json()
    expect(draft).toMatchObject({ title, _status: 'draft' })
    expect(draft.heroImage).toBeTruthy()
  }).toPass({ timeout: 20_000 })

  // A draft never reaches the public.
  const whileDraft = await request.get(`/api/posts/${id}?draft=true`)
  expect(whileDraft.status()).toBe(404)
  const listed = await request.get(`/api/posts?where[title][equals]=${encodeURIComponent(title)}`)
  expect((await listed.json()).totalDocs).toBe(0)

  await publishInEditView(page, 'posts')

  // Anonymously, through REST: the published post with its image, and the image file itself.
  const published = await request.get(`/api/posts/${id}?depth=1`)
  expect(published.status()).toBe(200)
  const post = await published.json()
  expect(post.title).toBe(title)
  expect(post.slug).toBe('open-koffie-in-deventer-tien-lessen-over-webcare')
  expect(post._status).toBe('published')
  expect(post.heroImage.alt).toBe('Twintig mensen rond een lange tafel in een bibliotheek')
  expect(post).not.toHaveProperty('createdBy.email')
  const file = await request.get(post.heroImage.url)
  expect(file.status()).toBe(200)
  expect(file.headers()['content-type']).toBe('image/jpeg')
})
