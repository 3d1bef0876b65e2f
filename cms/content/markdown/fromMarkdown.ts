import { randomBytes } from 'node:crypto'

import type { PhrasingContent, RootContent } from 'mdast'
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive'

import { checkMarkdown, DIRECTIVES, type MarkdownProblem } from '../../../model/markdown/checkMarkdown'
import { CALLOUT_TONES } from '../../../model/vocabularies'
import {
  MEDIA_SCHEME,
  parseReference,
  REFERENCE_KINDS,
  type ReferenceResolver,
} from '../../../model/references'
import { lexical, TEXT_FORMAT, type LexicalNode, type LexicalState } from './lexicalNodes'
import { parseMarkdown, stringifyMarkdown } from '../../../model/markdown/processor'

export type { MarkdownProblem }

export type ImportContext = {
  refs: ReferenceResolver
  /**
   * When true, references to documents that do not exist yet become plain text instead of problems;
   * the importer links them in a second pass once every document exists.
   */
  deferMissingDocuments?: boolean
}

export type MarkdownResult = { state: LexicalState; problems: MarkdownProblem[]; deferred: boolean }

/**
 * Converts content/ Markdown into the Lexical value the admin's editor works with. What the dialect
 * allows is decided by model/markdown/checkMarkdown.ts; this only converts, and leaves out what the
 * check reported.
 */
export function markdownToLexical(markdown: string, context: ImportContext): MarkdownResult {
  const problems = checkMarkdown(markdown, {
    exists: (collection, id) =>
      context.refs.databaseIdOf(collection, id) !== undefined ||
      (collection !== 'media' && Boolean(context.deferMissingDocuments)),
  })
  let deferred = false
  const newId = () => randomBytes(12).toString('hex')

  const children: LexicalNode[] = []
  for (const node of parseMarkdown(markdown).children) children.push(...block(node))
  return { state: lexical.root(children), problems, deferred }

  function block(node: RootContent): LexicalNode[] {
    switch (node.type) {
      case 'paragraph': {
        const only = node.children.length === 1 ? node.children[0] : undefined
        if (only?.type === 'image') return upload(only)
        return [lexical.paragraph(inline(node.children, 0))]
      }
      case 'heading':
        if (node.depth < 2 || node.depth > 4) return []
        return [lexical.heading(`h${node.depth}` as 'h2', inline(node.children, 0))]
      case 'blockquote':
        return node.children.flatMap((child) => {
          return child.type === 'paragraph' ? [lexical.quote(inline(child.children, 0))] : []
        })
      case 'list':
        return [list(node)]
      case 'thematicBreak':
        return [lexical.horizontalRule()]
      case 'code': {
        const language = node.lang ?? null
        return [lexical.block({ id: newId(), blockName: '', blockType: 'Code', language, code: node.value })]
      }
      case 'table':
        return [
          lexical.table(
            node.children.map((row, rowIndex) =>
              lexical.tableRow(
                row.children.map((cell) =>
                  lexical.tableCell(rowIndex === 0, [lexical.paragraph(inline(cell.children, 0))]),
                ),
              ),
            ),
          ),
        ]
      case 'containerDirective':
      case 'leafDirective':
        return directive(node)
      default:
        return []
    }
  }

  function list(node: Extract<RootContent, { type: 'list' }>): LexicalNode {
    const ordered = Boolean(node.ordered)
    const items: LexicalNode[] = []
    let value = 1
    for (const item of node.children) {
      const [first, ...more] = item.children
      if (first?.type !== 'paragraph') continue
      items.push(lexical.listItem(value++, inline(first.children, 0)))
      for (const extra of more) {
        if (extra.type === 'list') items.push(lexical.listItem(value++, [list(extra)]))
      }
    }
    return lexical.list(ordered, node.start ?? 1, items)
  }

  function upload(image: Extract<PhrasingContent, { type: 'image' }>): LexicalNode[] {
    const reference = parseReference(image.url)
    if (reference?.kind !== MEDIA_SCHEME) return []
    const id = context.refs.databaseIdOf('media', reference.id)
    if (id === undefined) return []
    return [lexical.upload(newId(), id, image.alt || undefined)]
  }

  function directive(node: ContainerDirective | LeafDirective): LexicalNode[] {
    const spec = DIRECTIVES[node.name]
    if (!spec || spec.kind !== node.type) return []
    const attributes = node.attributes ?? {}
    const attribute = (name: string) => attributes[name] || undefined
    const content = () =>
      stringifyMarkdown({ type: 'root', children: (node as ContainerDirective).children }).trimEnd()
    switch (node.name) {
      case 'callout': {
        const tone = attribute('tone') ?? CALLOUT_TONES[0].value
        return [
          lexical.block({
            id: newId(),
            blockName: '',
            blockType: 'callout',
            tone,
            title: attribute('title'),
            content: content(),
          }),
        ]
      }
      case 'tip':
        return [
          lexical.block({
            id: newId(),
            blockName: '',
            blockType: 'tipBox',
            title: attribute('title'),
            content: content(),
          }),
        ]
      case 'figure': {
        const image = attribute('image')
        const id = image ? context.refs.databaseIdOf('media', image) : undefined
        return [
          lexical.block({
            id: newId(),
            blockName: '',
            blockType: 'figure',
            image: id,
            caption: attribute('caption'),
            credit: attribute('credit'),
          }),
        ]
      }
      case 'video':
        return [
          lexical.block({
            id: newId(),
            blockName: '',
            blockType: 'video',
            url: attribute('url'),
            title: attribute('title'),
            caption: attribute('caption'),
          }),
        ]
    }
    return []
  }

  function inline(nodes: PhrasingContent[], format: number): LexicalNode[] {
    const out: LexicalNode[] = []
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          out.push(lexical.text(node.value.replace(/\n/g, ' '), format))
          break
        case 'strong':
          out.push(...inline(node.children, format | TEXT_FORMAT.bold))
          break
        case 'emphasis':
          out.push(...inline(node.children, format | TEXT_FORMAT.italic))
          break
        case 'delete':
          out.push(...inline(node.children, format | TEXT_FORMAT.strikethrough))
          break
        case 'inlineCode':
          out.push(lexical.text(node.value, format | TEXT_FORMAT.code))
          break
        case 'break':
          out.push(lexical.lineBreak())
          break
        case 'link':
          out.push(...link(node, format))
          break
        default:
          break // refused by checkMarkdown
      }
    }
    return out
  }

  function link(node: Extract<PhrasingContent, { type: 'link' }>, format: number): LexicalNode[] {
    const children = inline(node.children, format)
    const reference = parseReference(node.url)
    if (reference && reference.kind !== MEDIA_SCHEME) {
      const collection = REFERENCE_KINDS[reference.kind]
      const id = context.refs.databaseIdOf(collection, reference.id)
      if (id === undefined) {
        if (context.deferMissingDocuments) deferred = true
        return children
      }
      return [
        lexical.link(
          { linkType: 'internal', newTab: false, doc: { relationTo: collection, value: id } },
          children,
        ),
      ]
    }
    if (reference) return children
    return [lexical.link({ linkType: 'custom', newTab: false, url: node.url }, children)]
  }
}
