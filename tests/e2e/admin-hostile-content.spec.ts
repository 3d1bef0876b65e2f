/**
 * Stored script injection, tried as an attacker would: text that closes a script element, opens
 * an element with an event handler, or loads an image, in every free-text field of every kind of
 * document, published through the CMS and built into the live site by `npm start`. Every template
 * that shows those fields is opened in a real Chromium: the text is shown as text, no dialog opens,
 * no request the text asked for is made, and the page's Content-Security-Policy is never violated.
 * A hostile draft is previewed by an admin: the preview runs sandboxed, without the admin's session.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { e2eAdmin, fromAdmin, logIn } from './helpers/admin'

const live = process.env.E2E_LIVE_URL!

/**
 * One hostile value: closes a `<script>` (the JSON-LD block), opens an `<svg>` whose onload asks
 * for /xss/<n>, an `<img>` that would load /xss/img-<n> as HTML and run its onerror, breaks out of
 * attributes, opens a comment, and carries a template expression and a line separator.
 */
const hostile = (n: string) =>
  `Aanval ${n} </script><svg onload=fetch('/xss/${n}')><img src=/xss/img-${n} onerror=alert('${n}')>"'><!-- {{7*7}} \u2028`

const text = (value: string) => ({
  type: 'text',
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text: value,
  version: 1,
})
const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  children,
  ...extra,
})

/** A body with the hostile text in a paragraph, a heading, a link's text and address, and a callout. */
const body = (n: string) => ({
  root: element('root', [
    element('heading', [text(hostile(`${n}-h`))], { tag: 'h2' }),
    element('paragraph', [
      text(hostile(`${n}-p`)),
      element('link', [text(hostile(`${n}-a`))], {
        version: 3,
        fields: {
          linkType: 'custom',
          newTab: false,
          url: `https://example.org/?q="><svg/onload=alert('${n}-u')>`,
        },
      }),
    ]),
    {
      type: 'block',
      version: 2,
      format: '',
      fields: {
        id: `6a${n.replace(/\D/g, '').padStart(22, '0')}`,
        blockName: '',
        blockType: 'callout',
        tone: 'info',
        title: hostile(`${n}-ct`),
        content: hostile(`${n}-cc`),
      },
    },
  ]),
})

/** Watches a page for every sign of injected script: dialogs, requests it asked for, CSP reports. */
function watch(page: Page) {
  const signs: string[] = []
  page.on('dialog', (dialog) => {
    signs.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/xss/')) signs.push(`request: ${request.url()}`)
  })
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) signs.push(`csp: ${message.text()}`)
  })
  return signs
}

async function create(request: APIRequestContext, path: string, data: Record<string, unknown>) {
  const response = await request.post(`/api/${path}`, { data, headers: fromAdmin() })
  expect(response.status(), `${path}: ${await response.text()}`).toBe(201)
  return (await response.json()).doc as { id: number; slug: string }
}

test('hostile text in every field of every template stays text on the live site and in previews', async ({
  page,
}) => {
  test.setTimeout(420_000)
  await logIn(page)
  const request = page.request
  const signs = watch(page)

  const topic = await create(request, 'topics', { name: hostile('topic'), description: hostile('topic-d') })
  const author = await create(request, 'users', {
    email: 'aanvaller@test.example',
    password: 'een-lang-wachtwoord-voor-de-test',
    role: 'author',
    name: hostile('author'),
    jobTitle: hostile('author-j'),
    bio: hostile('author-b'),
    links: [{ label: hostile('author-l'), url: `https://example.org/"><svg/onload=alert('author-u')>` }],
  })
  const post = await create(request, 'posts', {
    title: hostile('post'),
    summary: hostile('post-s'),
    body: body('post-b'),
    authors: [author.id],
    topics: [topic.id],
    _status: 'published',
  })
  const speaker = await create(request, 'speakers', {
    name: hostile('speaker'),
    jobTitle: hostile('speaker-j'),
    organisation: hostile('speaker-o'),
    bio: hostile('speaker-b'),
    topics: [topic.id],
    regions: ['utrecht'],
    languages: ['nl'],
    talks: [{ title: hostile('speaker-t'), description: hostile('speaker-td') }],
    howToRequest: hostile('speaker-h'),
    _status: 'published',
  })
  const tip = await create(request, 'tips', {
    title: hostile('tip'),
    category: 'social-media',
    body: body('tip-b'),
    topics: [topic.id],
    _status: 'published',
  })
  const plainPage = await create(request, 'pages', {
    title: hostile('page'),
    description: hostile('page-d'),
    body: body('page-b'),
    _status: 'published',
  })
  const book = (await (await request.get('/api/books?limit=1&depth=0')).json()).docs[0]
  const chapters = (
    await (await request.get(`/api/chapters?where[book][equals]=${book.id}&limit=100&depth=0`)).json()
  ).docs as { number: number }[]
  const chapter = await create(request, 'chapters', {
    book: book.id,
    number: Math.max(...chapters.map((each) => each.number)) + 1,
    title: hostile('chapter'),
    summary: hostile('chapter-s'),
    body: body('chapter-b'),
    authors: [{ name: hostile('chapter-a') }],
    _status: 'published',
  })

  const nextYear = new Date().getUTCFullYear() + 1
  const event = await create(request, 'events', {
    title: hostile('event'),
    kind: 'open-koffie',
    summary: hostile('event-s'),
    start: `${nextYear}-02-11T14:30:00.000Z`,
    end: `${nextYear}-02-11T15:45:00.000Z`,
    timeZone: 'Europe/Amsterdam',
    venue: hostile('event-v'),
    address: hostile('event-a'),
    city: hostile('event-c'),
    region: 'utrecht',
    organisers: [{ name: hostile('event-o') }],
    registration: 'open',
    topics: [topic.id],
    speakers: [speaker.id],
    body: body('event-b'),
    _status: 'published',
  })

  // A sent newsletter edition with all of the above: its page and the newsletter page show it.
  const edition = (await create(request, 'editions', {
    title: hostile('edition'),
    intro: hostile('edition-i'),
    items: [
      { relationTo: 'posts', value: post.id },
      { relationTo: 'tips', value: tip.id },
      { relationTo: 'events', value: event.id },
      { relationTo: 'speakers', value: speaker.id },
    ],
    status: 'sent',
    sentAt: new Date().toISOString(),
  })) as unknown as { number: number }

  // One build (the publishes above coalesce) puts all of it live.
  const status = async (path: string) => (await request.get(`${live}${path}`)).status()
  for (const path of [
    `/boek/${chapter.slug}/`,
    `/blog/${post.slug}/`,
    `/sprekers/${speaker.slug}/`,
    `/agenda/${event.slug}/`,
    `/nieuwsbrief/${edition.number}/`,
  ])
    await expect.poll(() => status(path), { timeout: 240_000 }).toBe(200)

  const pages: [string, RegExp][] = [
    ['/', /Aanval post /],
    ['/blog/', /Aanval post /],
    [`/blog/${post.slug}/`, /Aanval post-b-p /],
    [`/onderwerpen/${topic.slug}/`, /Aanval topic /],
    ['/onderwerpen/', /Aanval topic /],
    [`/auteurs/${author.slug}/`, /Aanval author-b /],
    ['/auteurs/', /Aanval author /],
    ['/sprekers/', /Aanval speaker /],
    [`/sprekers/${speaker.slug}/`, /Aanval speaker-td /],
    ['/sprekers/regio/utrecht/', /Aanval speaker /],
    ['/tips/', /Aanval tip /],
    [`/tips/${tip.slug}/`, /Aanval tip-b-cc /],
    [`/${plainPage.slug}/`, /Aanval page-b-ct /],
    ['/boek/', /Aanval chapter /],
    [`/boek/${chapter.slug}/`, /Aanval chapter-b-a /],
    ['/agenda/', /Aanval event-s /],
    [`/agenda/${event.slug}/`, /Aanval event-o /],
    [`/nieuwsbrief/${edition.number}/`, /Aanval edition-i /],
    ['/nieuwsbrief/', /Aanval edition /],
  ]
  for (const [path, shown] of pages) {
    await page.goto(`${live}${path}`)
    await page.waitForLoadState('networkidle')
    // The hostile value is on the page as the text that was typed (its quotes made typographic, as
    // every reader-facing text's are: site/lib/typography.ts).
    await expect(page.locator('body'), path).toContainText(shown)
    await expect(page.locator('body'), path).toContainText(/<\/script><svg onload=fetch\(['‘]\/xss\//)
    expect(await page.locator('svg[onload], img[onerror], img[src^="/xss/"]').count(), path).toBe(0)
  }
  // The calendar feed carries the hostile text as escaped iCalendar text, one property per line.
  const feed = await (await request.get(`${live}/agenda/agenda.ics`)).text()
  expect(feed).toContain(`SUMMARY:Aanval event`)
  expect(feed.split('\r\n').filter((line) => line.startsWith('BEGIN:VEVENT')).length).toBeGreaterThan(0)
  expect(feed).not.toMatch(/\r\n(?!BEGIN|END|[A-Z-]+[;:]| |$)/)
  // The newsletter's feed escapes it as XML text.
  const editions = await (await request.get(`${live}/nieuwsbrief/rss.xml`)).text()
  expect(editions).toContain('Aanval edition &lt;/script&gt;&lt;svg')
  // Search shows titles and excerpts of the hostile post, tip, speaker and chapter.
  await page.goto(`${live}/zoeken/?q=aanval`)
  await expect(page.locator('.search-result').first()).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('pagefind-results')).toContainText('Aanval')
  await page.waitForLoadState('networkidle')
  expect(signs).toEqual([])

  // A hostile draft, previewed by the admin.
  const draft = await create(request, 'speakers?draft=true', {
    name: hostile('draft'),
    jobTitle: hostile('draft-j'),
    organisation: hostile('draft-o'),
    bio: hostile('draft-b'),
    regions: ['utrecht'],
    languages: ['nl'],
    talks: [{ title: hostile('draft-t'), description: hostile('draft-td') }],
    howToRequest: hostile('draft-h'),
    _status: 'draft',
  })
  const response = await page.goto(`/preview/speakers/${draft.id}?locale=nl`, { timeout: 180_000 })
  expect(page.url()).toMatch(/\/preview\/site\/[0-9a-f]{32}\/sprekers\//)
  expect(response!.headers()['content-security-policy']).toMatch(/^sandbox /)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Aanval draft ')
  await page.waitForLoadState('networkidle')
  expect(signs).toEqual([])
  // Even script that got in would run in an opaque origin, with no way to the admin's session.
  expect(await page.evaluate(() => window.origin)).toBe('null')
  const me = await page.evaluate(() =>
    fetch('/api/users/me', { credentials: 'include' })
      .then((answer) => answer.text())
      .catch(() => 'refused'),
  )
  expect(me).not.toContain(e2eAdmin.email)
  // The preview's stylesheet still loads (by its unguessable key, without the session).
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/Source Sans/i)
})
