import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { visit } from 'unist-util-visit'
import { describe, expect, test } from 'vitest'

import { splitFrontmatter } from '../../model/files/frontmatter'
import { markdownToLexical } from '../../cms/content/markdown/fromMarkdown'
import { parseMarkdown } from '../../model/markdown/processor'
import { lexicalToMarkdown } from '../../cms/content/markdown/toMarkdown'
import type { ReferenceResolver } from '../../model/references'

/** An in-memory id map: every content id gets a stable number, as a database would give. */
function memoryRefs(): ReferenceResolver {
  const byKey = new Map<string, number>()
  const byId = new Map<number, string>()
  return {
    databaseIdOf(collection, contentId) {
      const key = `${collection}:${contentId}`
      if (!byKey.has(key)) {
        const id = byKey.size + 1
        byKey.set(key, id)
        byId.set(id, contentId)
      }
      return byKey.get(key)
    },
    contentIdOf: (_collection, id) => byId.get(Number(id)),
  }
}

const roundTrip = (markdown: string) => {
  const refs = memoryRefs()
  const { state, problems } = markdownToLexical(markdown, { refs })
  const warnings: string[] = []
  const out = lexicalToMarkdown(state, { refs, warn: (message) => warnings.push(message) })
  return { out, problems, warnings }
}

describe('markdownToLexical and lexicalToMarkdown', () => {
  test('keep every construct of content/ through a round trip', () => {
    const markdown = [
      '## Kop',
      '',
      'Tekst met **vet**, _cursief_, ~~doorgehaald~~, `code`, een [link](https://example.org) en [een bericht](post:open-data).',
      '',
      '- een',
      '- twee',
      '  - genest',
      '',
      '3. drie',
      '4. vier',
      '',
      '> Een citaat.',
      '',
      '![Alt hier](media:foto)',
      '',
      ':::callout{tone="warning" title="Let op"}',
      'Binnen het kader.',
      ':::',
      '',
      '::figure{image="foto" caption="Bijschrift"}',
      '',
      '::video{url="https://www.youtube.com/watch?v=abcdefghijk" title="Video"}',
      '',
      ':::tip',
      'Een tip.',
      ':::',
      '',
      '```json',
      '{ "a": 1 }',
      '```',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '---',
      '',
      'Regel\\',
      'nieuwe regel',
      '',
    ].join('\n')
    const first = roundTrip(markdown)
    expect(first.problems).toEqual([])
    expect(first.warnings).toEqual([])
    expect(roundTrip(first.out).out).toBe(first.out)
    for (const expected of [
      '**vet**',
      '_cursief_',
      '~~doorgehaald~~',
      '[een bericht](post:open-data)',
      '  - genest',
      '3. drie',
    ]) {
      expect(first.out).toContain(expected)
    }
    expect(first.out).toContain(':::callout{tone="warning" title="Let op"}\nBinnen het kader.\n:::')
    expect(first.out).toContain('![Alt hier](media:foto)')
  })

  test('report unsupported input with its line', () => {
    const { problems } = roundTrip('Tekst\n\n<script>alert(1)</script>\n\n:::onbekend\nx\n:::\n\n# Titel\n')
    expect(problems).toEqual([
      { line: 3, message: expect.stringContaining('HTML is not allowed') },
      { line: 5, message: expect.stringContaining('unknown directive ":::onbekend"') },
      { line: 9, message: expect.stringContaining('heading level 1 is not supported') },
    ])
  })

  // Two round trips of all 120 demo Markdown files take about 6 s on a 2-core machine, more than the
  // default 5 s timeout.
  test('turn the demo content into the same Markdown it came from, after one normalising pass', async () => {
    const root = path.resolve(import.meta.dirname, '../../content')
    const files: string[] = []
    for (const dir of ['posts', 'book/chapters', 'tips', 'pages']) {
      for (const name of await readdir(path.join(root, dir)))
        if (name.endsWith('.md')) files.push(path.join(root, dir, name))
    }
    expect(files.length).toBeGreaterThan(100)
    for (const file of files) {
      const split = splitFrontmatter(await readFile(file, 'utf8'))
      if ('error' in split) throw new Error(`${file}: ${split.error}`)
      const once = roundTrip(split.body)
      expect(once.problems, file).toEqual([])
      expect(roundTrip(once.out).out, file).toBe(once.out)
    }
  }, 30_000)
})

describe('lexicalToMarkdown with hostile text', () => {
  const hostile = `Let op </script><img src="x" onerror="alert(1)"> en <b>vet</b>`

  test('returns Markdown without HTML when a callout or tip box holds HTML-like text, and it reads back as that text', () => {
    for (const blockType of ['callout', 'tipBox']) {
      const refs = memoryRefs()
      const block = {
        type: 'block',
        fields: { blockType, tone: 'info', content: `${hostile}\n\n<div>blok</div>` },
      }
      const out = lexicalToMarkdown({ root: { children: [block] } } as never, { refs, warn: () => {} })
      // Read back as content/ is read: no HTML anywhere, and the block's text (Markdown source, as
      // the editor's field holds it) reads as the characters the editor typed.
      const { state, problems } = markdownToLexical(out, { refs })
      expect(problems).toEqual([])
      const content = (state.root.children?.[0] as unknown as { fields: { content: string } }).fields.content
      const texts: string[] = []
      visit(parseMarkdown(content), (node) => {
        expect(node.type).not.toBe('html')
        if (node.type === 'text') texts.push(node.value)
      })
      expect(texts.join('|')).toBe(`${hostile}|<div>blok</div>`)
    }
  })

  test('returns Markdown without HTML for HTML-like text in paragraphs, headings and links', () => {
    const text = (value: string) => ({ type: 'text', text: value, format: 0 })
    const state = {
      root: {
        children: [
          { type: 'heading', tag: 'h2', children: [text(hostile)] },
          {
            type: 'paragraph',
            children: [
              text(hostile),
              {
                type: 'link',
                fields: { linkType: 'custom', url: 'https://example.org/' },
                children: [text(hostile)],
              },
            ],
          },
        ],
      },
    }
    const refs = memoryRefs()
    const out = lexicalToMarkdown(state as never, { refs, warn: () => {} })
    expect(markdownToLexical(out, { refs }).problems).toEqual([])
  })
})
