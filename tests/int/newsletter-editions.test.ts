/**
 * Composing the newsletter (issue #20): a new edition is numbered and filled with what was
 * published since the previous one, in a sensible order, without drafts; its mail in each language
 * is valid HTML (checked by html-validate) with a readable plain-text part, escapes whatever an
 * editor typed, links to the site, and carries the one-click unsubscribe headers. Once sent, an
 * edition goes to content/ for its page on the site, and comes back from there as sent.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { HtmlValidate } from 'html-validate'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { exportContent } from '../../cms/content/exportContent'
import { importContent } from '../../cms/content/importContent'
import { editionContent } from '../../cms/newsletter/editionContent'
import { renderEdition } from '../../cms/newsletter/renderEdition'
import type { Edition, User } from '../../cms/payload-types'
import { createUserAndLogin, rest, restJson, startCms, stopCms } from './helpers/cms'
import { paragraphs, seedPost } from './helpers/documents'

let payload: Payload
let editor: { user: User; token: string }
const year = new Date().getUTCFullYear() + 1

beforeAll(async () => {
  payload = await startCms()
  editor = await createUserAndLogin(payload, 'editor')
  const author = editor.user.id
  await seedPost(payload, author, { title: 'Oud bericht', publishedAt: '2020-01-01T10:00:00.000Z' })
  await seedPost(payload, author, {
    title: 'Open data <script>alert(1)</script> in de praktijk',
    summary: 'Wat drie gemeenten leerden van hun eerste datasets.',
  })
  await seedPost(payload, author, { title: 'Nog een concept', status: 'draft' })
  await payload.create({
    collection: 'tips',
    data: {
      title: 'Zet je spreekuur in de agenda',
      category: 'tools',
      body: paragraphs('Tip.'),
      _status: 'published',
    } as never,
  })
  await payload.create({
    collection: 'events',
    data: {
      _status: 'published',
      title: 'Open Koffie in Zwolle',
      kind: 'open-koffie',
      summary: 'Over werken in het openbaar.',
      start: `${year}-03-11T14:30:00.000Z`,
      end: `${year}-03-11T15:45:00.000Z`,
      timeZone: 'Europe/Amsterdam',
      venue: 'Stadhuis',
      city: 'Zwolle',
      region: 'overijssel',
      registration: 'open',
      body: paragraphs('Welkom.'),
    } as never,
  })
})
afterAll(async () => {
  await stopCms(payload)
})

const links = {
  manage: 'http://localhost:3000/forms/newsletter/manage?token=abcdefghijklmnopqrstuvwx',
  unsubscribe: 'http://localhost:3000/forms/newsletter/unsubscribe?token=abcdefghijklmnopqrstuvwx',
  site: 'http://localhost:4321',
}

describe('a new edition', () => {
  test('is numbered and filled with what was published since the previous one, drafts left out', async () => {
    const { status, json } = await restJson<{ doc: Edition }>('POST', '/editions', {
      token: editor.token,
      headers: { Origin: 'http://localhost:3000' },
      body: { title: 'Nieuwsbrief december', intro: 'Hallo allemaal.\n\nDit is wat er gebeurde.' },
    })
    expect(status).toBe(201)
    expect(json.doc.number).toBe(1)
    const content = await editionContent(payload, json.doc, 'nl')
    expect(
      content.sections.map((section) => [section.kind, section.items.map((item) => item.title)]),
    ).toEqual([
      ['posts', ['Open data <script>alert(1)</script> in de praktijk']],
      ['tips', ['Zet je spreekuur in de agenda']],
      ['events', ['Open Koffie in Zwolle']],
    ])
    expect(content.intro).toEqual(['Hallo allemaal.', 'Dit is wat er gebeurde.'])

    // The next one starts from there: nothing new was published since.
    const second = await restJson<{ doc: Edition }>('POST', '/editions', {
      token: editor.token,
      headers: { Origin: 'http://localhost:3000' },
      body: { title: 'Nieuwsbrief januari' },
    })
    expect(second.json.doc.number).toBe(2)
    expect((await editionContent(payload, second.json.doc, 'nl')).sections.map((s) => s.kind)).toEqual([
      'events',
    ])
  })
})

describe('the mail of an edition', () => {
  test('is valid HTML with a readable text part, escaped, linked to the site, with one-click unsubscribe', async () => {
    const edition = (await payload.find({ collection: 'editions', where: { number: { equals: 1 } } }))
      .docs[0]!
    const mail = renderEdition(await editionContent(payload, edition, 'nl'), 'nl', links)
    const report = await new HtmlValidate({
      extends: ['html-validate:recommended'],
      // Mail programs ignore style sheets: every style is inline, on purpose. And layout tables in
      // mail say role="presentation", which screen readers have known longest.
      rules: { 'no-inline-style': 'off', 'presentation-role-style': 'off' },
    }).validateString(mail.html)
    expect(
      report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message}`)),
    ).toEqual([])
    expect(mail.html).not.toContain('<script>')
    expect(mail.html).toContain('&lt;script&gt;')
    expect(mail.html).toContain(
      'href="http://localhost:4321/blog/open-data-script-alert-1-script-in-de-praktijk/"',
    )
    expect(mail.html).toContain(`href="${links.manage}"`)
    expect(mail.text).toContain('NIEUW OP HET BLOG')
    expect(mail.text).toContain('* Zet je spreekuur in de agenda')
    expect(mail.text).toContain(`Taal wijzigen of afmelden: ${links.manage}`)
    expect(mail.headers).toEqual({
      'List-Unsubscribe': `<${links.unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    })
    // An item without an English version is left out of the English mail.
    const english = await editionContent(payload, edition, 'en')
    expect(english.sections).toEqual([])
  })

  test('is previewed by editors only, as HTML and as text', async () => {
    const edition = (await payload.find({ collection: 'editions', where: { number: { equals: 1 } } }))
      .docs[0]!
    const html = await rest('GET', `/editions/${edition.id}/preview?locale=nl`, { token: editor.token })
    expect(html.status).toBe(200)
    expect(html.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(await html.text()).toContain('Nieuwsbrief van Open Ambt, nummer 1')
    const text = await rest('GET', `/editions/${edition.id}/preview?locale=nl&format=text`, {
      token: editor.token,
    })
    expect(text.headers.get('content-type')).toMatch(/^text\/plain/)
    expect((await rest('GET', `/editions/${edition.id}/preview?locale=nl`)).status).toBe(403)
  })
})

describe('an edition being sent', () => {
  test('keeps its subject, introduction and items', async () => {
    const edition = (await payload.find({ collection: 'editions', where: { number: { equals: 2 } } }))
      .docs[0]!
    await payload.update({ collection: 'editions', id: edition.id, data: { status: 'sending' } })
    const changed = await restJson<{ errors: { message: string }[] }>('PATCH', `/editions/${edition.id}`, {
      token: editor.token,
      headers: { Origin: 'http://localhost:3000' },
      body: { title: 'Toch een andere titel' },
    })
    expect(changed.status).toBe(400)
    expect(changed.json.errors[0]!.message).toBe(
      'Edition 2 is sending: its title can no longer change. Start a new edition instead.',
    )
  })
})

describe('a sent edition on the site', () => {
  test('is exported to content/newsletter once sent, without items that left the site, and imported back as sent', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'editions-'))
    const [first, second] = (
      await payload.find({ collection: 'editions', sort: 'number', depth: 0, overrideAccess: true })
    ).docs
    await exportContent(payload, root)
    // Neither has been sent yet: a draft and one being sent are not on the site.
    await expect(readdir(path.join(root, 'newsletter'))).rejects.toThrow()

    await payload.update({
      collection: 'editions',
      id: first!.id,
      data: { status: 'sent', sentAt: '2026-11-03T08:00:00.000Z' },
      context: { skipBuild: true },
    })
    await exportContent(payload, root)
    expect(await readdir(path.join(root, 'newsletter'))).toEqual(['1.nl.md'])
    const file = await readFile(path.join(root, 'newsletter', '1.nl.md'), 'utf8')
    expect(file).toContain('number: 1\ntitle: Nieuwsbrief december\ndate: 2026-11-03T08:00:00Z\nposts:\n')
    expect(file).toContain('tips:\n  - zet-je-spreekuur-in-de-agenda\nevents:\n  - open-koffie-in-zwolle\n')
    expect(file.endsWith('---\n\nHallo allemaal.\n\nDit is wat er gebeurde.\n')).toBe(true)

    // The event leaves the site: the edition's page no longer lists it; the edition stays.
    const event = (await payload.find({ collection: 'events', depth: 0, overrideAccess: true })).docs[0]!
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { _status: 'draft' },
      context: { skipBuild: true },
    })
    await exportContent(payload, root)
    expect(await readFile(path.join(root, 'newsletter', '1.nl.md'), 'utf8')).not.toContain('events:')

    // content/ is the truth for the site: an edition that came from elsewhere arrives as sent.
    await writeFile(
      path.join(root, 'newsletter', '7.en.md'),
      '---\nnumber: 7\ntitle: From the old mailing service\ndate: 2025-05-01\n---\n\nSent before the newsletter moved here.\n',
    )
    const summary = await importContent(payload, root)
    expect(summary.created).toEqual(['newsletter/7'])
    const imported = (
      await payload.find({ collection: 'editions', where: { number: { equals: 7 } }, locale: 'en' })
    ).docs[0]!
    expect([imported.status, imported.contentId, imported.sentAt]).toEqual([
      'sent',
      '7',
      '2025-05-01T00:00:00.000Z',
    ])
    expect(second!.status).toBe('sending')
  })
})
