/**
 * What readers see of the quotes and dashes authors type: the site and the book render Markdown with
 * the same options (site/lib/markdown/options.ts), so this is the typography of both.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark'
import { expect, test } from 'vitest'

import { markdownOptions, syntaxHighlight } from '../../site/lib/markdown/options'
import { typographic, typographicFields } from '../../site/lib/typography'

const render = async (markdown: string) => {
  const processor = await createMarkdownProcessor({
    ...markdownOptions,
    remarkPlugins: [...markdownOptions.remarkPlugins],
    syntaxHighlight,
  })
  return (await processor.render(markdown)).code
}

test('straight quotes become typographic ones, dashes and dots too, in Dutch and English', async () => {
  expect(await render(`Ze zei: "Dat is 'echt' zo" -- en ging door --- met ... de rest.`)).toBe(
    '<p>Ze zei: “Dat is ‘echt’ zo” – en ging door — met … de rest.</p>',
  )
  expect(await render(`The council's answer: "we'll see".`)).toBe('<p>The council’s answer: “we’ll see”.</p>')
})

test('Dutch elisions and shortened years begin with an apostrophe, not an opening quote', async () => {
  expect(await render(`'s Avonds in 's-Hertogenbosch was 't druk, zo'n drukte als in de jaren '90.`)).toBe(
    '<p>’s Avonds in ’s-Hertogenbosch was ’t druk, zo’n drukte als in de jaren ’90.</p>',
  )
})

test('code keeps the quotes the author typed', async () => {
  expect(await render('Typ `"ja"` en:\n\n```\necho "it\'s -- here"\n```')).toBe(
    '<p>Typ <code>"ja"</code> en:</p>\n<pre><code>echo "it\'s -- here"\n</code></pre>',
  )
})

test('titles and summaries get the same typography; slugs, addresses and code-like fields do not', () => {
  expect(typographic(`Open Ambt's dag: 'Van experiment naar gewoonte' -- in 's-Hertogenbosch`)).toBe(
    'Open Ambt’s dag: ‘Van experiment naar gewoonte’ – in ’s-Hertogenbosch',
  )
  expect(
    typographicFields({
      title: 'Zeg "ja"',
      slug: 'zeg-ja',
      url: "https://example.org/?q='x'",
      talks: [{ title: "Wat 't kost", description: 'Een "echte" prijs' }],
    }),
  ).toEqual({
    title: 'Zeg “ja”',
    slug: 'zeg-ja',
    url: "https://example.org/?q='x'",
    talks: [{ title: 'Wat ’t kost', description: 'Een “echte” prijs' }],
  })
})
