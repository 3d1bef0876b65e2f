import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, test } from 'vitest'

import { splitFrontmatter } from '../../cms/content/files/frontmatter'
import { markdownToLexical } from '../../cms/content/markdown/fromMarkdown'
import { lexicalToMarkdown } from '../../cms/content/markdown/toMarkdown'
import type { ReferenceResolver } from '../../cms/content/references'

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
  })
})
