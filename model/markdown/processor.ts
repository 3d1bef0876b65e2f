import type { Root } from 'mdast'
import { directiveFromMarkdown, directiveToMarkdown } from 'mdast-util-directive'
import { directive } from 'micromark-extension-directive'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkStringify, { type Options } from 'remark-stringify'
import { unified, type Processor } from 'unified'

/**
 * Container (`:::callout`) and leaf (`::figure`) directives only. Inline `:name` directives are not
 * part of content/, and leaving them out keeps "om 9:00 uur" plain text instead of a directive,
 * and keeps colons in text and link addresses unescaped.
 */
export function remarkBlockDirectives(this: Processor) {
  const data = this.data()
  const toMarkdown = directiveToMarkdown()
  ;(data.micromarkExtensions ??= []).push({ flow: directive().flow })
  ;(data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown())
  ;(data.toMarkdownExtensions ??= []).push({
    ...toMarkdown,
    unsafe: toMarkdown.unsafe?.filter((pattern) => !pattern.inConstruct?.includes('phrasing')),
  })
}

/** One fixed Markdown style for everything we write, so exports are stable and diffs are small. */
const stringifyOptions: Options = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  listItemIndent: 'one',
  incrementListMarker: true,
  resourceLink: false,
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkBlockDirectives)
  .use(remarkStringify, stringifyOptions)

export const parseMarkdown = (markdown: string): Root => processor.parse(markdown)

/** Markdown text of an mdast tree: LF line endings, exactly one trailing newline. */
export function stringifyMarkdown(tree: Root): string {
  const text = processor.stringify(tree).replace(/\r\n?/g, '\n')
  return text.trim() === '' ? '' : `${text.trimEnd()}\n`
}
