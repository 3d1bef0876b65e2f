/**
 * The content contract in model/ is the one set of rules: the Markdown dialect's check, the URL
 * scheme the reserved slugs derive from, and the rule that imports run one way.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { ESLint } from 'eslint'
import { describe, expect, test } from 'vitest'

import { readContent } from '../../model/files/readContent'

import { checkMarkdown } from '../../model/markdown/checkMarkdown'
import { RESERVED_PAGE_SLUGS, sectionUrl } from '../../model/urls'

const messages = (markdown: string, context = {}) =>
  checkMarkdown(markdown, context).map((problem) => problem.message)

describe('checkMarkdown', () => {
  test('returns no problems for the whole dialect used well', () => {
    const body = [
      '## Kop',
      '',
      'Tekst met een [link](https://example.org/), een [verwijzing](post:open-data) en `code`.',
      '',
      '- een',
      '- twee',
      '',
      ':::callout{tone=warning title="Let op"}',
      'Gebruik geen persoonsgegevens.',
      ':::',
      '',
      '::video{url="https://www.youtube.com/watch?v=abcdefgh" title="Open data uitgelegd"}',
      '',
      '::figure{image=kaart caption="De kaart"}',
      '',
    ].join('\n')
    expect(messages(body, { exists: () => true })).toEqual([])
  })

  test('returns a problem for a video that is not on YouTube or Vimeo', () => {
    expect(messages('::video{url="https://evil.example/x" title="Kijk"}')).toEqual([
      expect.stringMatching(/"https:\/\/evil\.example\/x" is not a YouTube or Vimeo video address/),
    ])
  })

  test('returns a problem for links that are not web, e-mail or site addresses', () => {
    for (const address of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'tel:0701234567'])
      expect(messages(`[klik](${address})`)).toEqual([expect.stringMatching(/cannot be a link/)])
  })

  test('returns a problem for HTML, also inside a callout', () => {
    expect(messages('<script>alert(1)</script>')).toHaveLength(1)
    expect(messages(':::callout\n<img src=x onerror=alert(1)>\n:::')).toEqual([
      expect.stringMatching(/HTML is not allowed/),
    ])
  })

  test('returns a problem for references to documents and images that do not exist, with the line', () => {
    const problems = checkMarkdown('Zie [dit](post:weg).\n\n![Kaart](media:kwijt)\n', { exists: () => false })
    expect(problems).toEqual([
      { line: 1, message: 'link to "post:weg": there is no post with id "weg" in content/' },
      { line: 3, message: 'image "media:kwijt" does not exist in content/media' },
    ])
  })

  test('returns no problem for HTML in a plain-text field, but still checks its links', () => {
    const bio =
      'Ik schrijf over <b>open data</b> en <script>alert(1)</script>.\n\nZie [mijn site](javascript:alert(1)).'
    expect(messages(bio, { htmlIsText: true })).toEqual([
      expect.stringMatching(/"javascript:alert\(1\)" cannot be a link/),
    ])
  })

  test('returns the reason an image cannot be shown', () => {
    expect(
      messages('![Logo](media:logo)', { exists: () => true, imageProblem: () => 'it is an SVG' }),
    ).toEqual(['image "media:logo": it is an SVG'])
  })
})

describe('readContent', () => {
  test('returns a problem naming the document and line when it shows an SVG, not a build error about an asset', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'contract-'))
    try {
      const write = async (file: string, text: string) => {
        await mkdir(path.dirname(path.join(root, file)), { recursive: true })
        await writeFile(path.join(root, file), text)
      }
      await write('authors/sanne.nl.md', '---\nname: Sanne de Vries\nslug: sanne-de-vries\n---\n')
      await write('media/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>')
      await write('media/logo.yml', 'alt:\n  nl: Logo\n  en: Logo\n')
      await write(
        'posts/logo.nl.md',
        [
          '---',
          'title: Ons nieuwe logo',
          'slug: ons-nieuwe-logo',
          'summary: Waarom het netwerk een nieuw logo heeft.',
          'date: 2026-11-30',
          'authors:',
          '  - sanne',
          'hero: logo',
          '---',
          '',
          'Het logo in de tekst:',
          '',
          '![Logo](media:logo)',
          '',
        ].join('\n'),
      )
      const { problems } = await readContent(root)
      expect(problems).toEqual([
        {
          file: 'posts/logo.nl.md',
          line: 8,
          message: expect.stringMatching(/"hero" refers to "logo": it is an SVG file/),
        },
        {
          file: 'posts/logo.nl.md',
          line: 13,
          message: expect.stringMatching(/image "media:logo": it is an SVG file/),
        },
      ])
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })
})

describe('readContent: images and documents in content/media', () => {
  test('a PDF is fine as an event’s slides and refused as an image; an image is refused as slides', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'contract-'))
    try {
      const write = async (file: string, text: string | Buffer) => {
        await mkdir(path.dirname(path.join(root, file)), { recursive: true })
        await writeFile(path.join(root, file), text)
      }
      await write('media/dias.pdf', await readFile('content/media/dias-webcare-menselijke-stem-gent.pdf'))
      await write('media/dias.yml', 'alt:\n  nl: Dia’s over webcare\n  en: Slides on webcare\n')
      await write('media/zaal.jpg', await readFile('content/media/blog-open-koffie-tafel.jpg'))
      await write('media/zaal.yml', 'alt:\n  nl: Een volle zaal\n  en: A full room\n')
      const event = (slug: string, hero: string, slides: string[]) =>
        [
          '---',
          `title: Open Koffie ${slug}`,
          `slug: ${slug}`,
          'kind: open-koffie',
          'summary: Een uur praten over webcare met collega’s.',
          'start: 2026-11-19T14:30:00Z',
          'end: 2026-11-19T15:45:00Z',
          'timeZone: Europe/Brussels',
          'venue: De Krook',
          'city: Gent',
          'region: oost-vlaanderen',
          'registration: closed',
          'sequence: 0',
          `hero: ${hero}`,
          'slides:',
          ...slides.map((id) => `  - ${id}`),
          '---',
          '',
          'Na afloop: de dia’s.',
          '',
          `![Dia’s](media:${slides[0]})`,
          '',
        ].join('\n')
      await write('events/goed.nl.md', event('goed', 'zaal', ['dias']))
      await write('events/verkeerd.nl.md', event('verkeerd', 'dias', ['zaal', 'dias']))
      const { problems } = await readContent(root)
      expect(problems).toEqual([
        {
          file: 'events/goed.nl.md',
          line: 21,
          message: expect.stringMatching(/image "media:dias": it is a PDF document, not an image/),
        },
        {
          file: 'events/verkeerd.nl.md',
          line: 14,
          message: expect.stringMatching(/"hero" refers to "dias": it is a PDF document, not an image/),
        },
        {
          file: 'events/verkeerd.nl.md',
          line: 16,
          message: expect.stringMatching(
            /"slides" refers to "zaal": it is a JPG image, not a document; save the slides as PDF/,
          ),
        },
      ])
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })
})

describe('RESERVED_PAGE_SLUGS', () => {
  test('holds the first segment of every section in both languages, the English prefix and the servers own paths', () => {
    for (const section of ['blog', 'topics', 'authors', 'book', 'speakers', 'tips', 'search'] as const)
      for (const locale of ['nl', 'en'] as const) {
        const segment = sectionUrl(section, locale).split('/').filter(Boolean).at(-1)!
        expect(RESERVED_PAGE_SLUGS).toContain(segment)
      }
    expect(RESERVED_PAGE_SLUGS).toEqual(expect.arrayContaining(['en', 'admin', 'api', 'media', 'pagefind']))
  })
})

describe('imports run one way (lint)', () => {
  const eslint = new ESLint()
  const problems = async (file: string, source: string) =>
    (await eslint.lintText(source, { filePath: file }))[0].messages
      .filter((message) => message.ruleId === 'no-restricted-imports')
      .map((message) => message.message)

  test('refuses site/ importing cms/, cms/ importing site/, model/ importing either, and anything importing tests/', async () => {
    expect(await problems('site/lib/x.ts', "export { a } from '../../cms/lib/paths'\n")).toHaveLength(1)
    expect(await problems('cms/lib/x.ts', "export { a } from '../../site/lib/i18n'\n")).toHaveLength(1)
    expect(await problems('model/x.ts', "export { a } from '../cms/lib/paths'\n")).toHaveLength(1)
    expect(await problems('model/markdown/x.ts', "export { a } from '../../site/lib/i18n'\n")).toHaveLength(1)
    expect(
      await problems('scripts/lib/x.ts', "export { a } from '../../tests/e2e/helpers/site'\n"),
    ).toHaveLength(1)
  })

  test('allows cms/, site/ and scripts/ to import model/', async () => {
    for (const file of ['cms/lib/x.ts', 'site/lib/x.ts', 'scripts/lib/x.ts'])
      expect(await problems(file, "export { LOCALES } from '../../model/locales'\n")).toEqual([])
  })
})
