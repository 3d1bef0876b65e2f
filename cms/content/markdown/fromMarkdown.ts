import { randomBytes } from 'node:crypto'

import type { Nodes, PhrasingContent, RootContent } from 'mdast'
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive'

import { CODE_LANGUAGES } from '../../lib/codeLanguages'
import { MEDIA_SCHEME, parseReference, REFERENCE_KINDS, type ReferenceResolver } from '../references'
import { lexical, TEXT_FORMAT, type LexicalNode, type LexicalState } from './lexicalNodes'
import { parseMarkdown, stringifyMarkdown } from './processor'

/** A problem in a Markdown body, with the line in the body where it is. */
export type MarkdownProblem = { line: number | undefined; message: string }

export type ImportContext = {
  refs: ReferenceResolver
  /**
   * When true, references to documents that do not exist yet become plain text instead of problems;
   * the importer links them in a second pass once every document exists.
   */
  deferMissingDocuments?: boolean
}

export type MarkdownResult = { state: LexicalState; problems: MarkdownProblem[]; deferred: boolean }

const ALLOWED_DIRECTIVES = 'callout, tip (:::), figure, video (::)'
const CALLOUT_TONES = ['info', 'warning', 'example']

/** Converts content/ Markdown into the Lexical value the admin's editor works with. */
export function markdownToLexical(markdown: string, context: ImportContext): MarkdownResult {
  const problems: MarkdownProblem[] = []
  let deferred = false
  const problem = (node: Nodes | undefined, message: string) => problems.push({ line: node?.position?.start.line, message })
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
        if (node.depth < 2 || node.depth > 4) {
          problem(node, `heading level ${node.depth} is not supported: use ## to #### (the title is the page's only #)`)
          return []
        }
        return [lexical.heading(`h${node.depth}` as 'h2', inline(node.children, 0))]
      case 'blockquote':
        return node.children.flatMap((child) => {
          if (child.type === 'paragraph') return [lexical.quote(inline(child.children, 0))]
          problem(child, 'a quote may only hold paragraphs of text')
          return []
        })
      case 'list':
        return [list(node)]
      case 'thematicBreak':
        return [lexical.horizontalRule()]
      case 'code': {
        const language = node.lang ?? null
        if (language && !(language in CODE_LANGUAGES)) {
          problem(node, `code language "${language}" is not supported; use one of ${Object.keys(CODE_LANGUAGES).join(', ')} or none`)
        }
        return [lexical.block({ id: newId(), blockName: '', blockType: 'Code', language, code: node.value })]
      }
      case 'table':
        return [
          lexical.table(
            node.children.map((row, rowIndex) =>
              lexical.tableRow(row.children.map((cell) => lexical.tableCell(rowIndex === 0, [lexical.paragraph(inline(cell.children, 0))]))),
            ),
          ),
        ]
      case 'containerDirective':
      case 'leafDirective':
        return directive(node)
      case 'html':
        problem(node, `HTML is not allowed in content (found ${JSON.stringify(node.value.slice(0, 40))}); use Markdown instead`)
        return []
      case 'definition':
        problem(node, 'reference-style link definitions are not supported; write links inline as [text](address)')
        return []
      case 'footnoteDefinition':
        problem(node, 'footnotes are not supported')
        return []
      default:
        problem(node, `"${node.type}" is not supported in content`)
        return []
    }
  }

  function list(node: Extract<RootContent, { type: 'list' }>): LexicalNode {
    const ordered = Boolean(node.ordered)
    const items: LexicalNode[] = []
    let value = 1
    for (const item of node.children) {
      if (typeof item.checked === 'boolean') problem(item, 'task lists ([ ] and [x]) are not supported')
      const [first, ...more] = item.children
      if (first?.type !== 'paragraph') {
        problem(item, 'a list item must start with text')
        continue
      }
      items.push(lexical.listItem(value++, inline(first.children, 0)))
      for (const extra of more) {
        if (extra.type === 'list') items.push(lexical.listItem(value++, [list(extra)]))
        else problem(extra, 'a list item may hold one paragraph and a nested list, nothing else')
      }
    }
    return lexical.list(ordered, node.start ?? 1, items)
  }

  function upload(image: Extract<PhrasingContent, { type: 'image' }>): LexicalNode[] {
    const reference = parseReference(image.url)
    if (reference?.kind !== MEDIA_SCHEME) {
      problem(image, `images must come from the media library as media:<id>; found "${image.url}"`)
      return []
    }
    const id = context.refs.databaseIdOf('media', reference.id)
    if (id === undefined) {
      problem(image, `image "media:${reference.id}" does not exist in content/media`)
      return []
    }
    return [lexical.upload(newId(), id, image.alt || undefined)]
  }

  function directive(node: ContainerDirective | LeafDirective): LexicalNode[] {
    const spec = DIRECTIVES[node.name]
    if (!spec || spec.kind !== node.type) {
      problem(node, `unknown directive "${node.type === 'containerDirective' ? ':::' : '::'}${node.name}"; known: ${ALLOWED_DIRECTIVES}`)
      return []
    }
    const attributes = node.attributes ?? {}
    for (const name of Object.keys(attributes)) {
      if (!spec.attributes.includes(name)) {
        problem(node, `${node.name} has no attribute "${name}"; it takes ${spec.attributes.join(', ')}`)
      }
    }
    for (const name of spec.required) {
      if (!attributes[name]) problem(node, `${node.name} needs the attribute ${name}="..."`)
    }
    const attribute = (name: string) => attributes[name] || undefined
    const content = () => stringifyMarkdown({ type: 'root', children: (node as ContainerDirective).children }).trimEnd()
    switch (node.name) {
      case 'callout': {
        const tone = attribute('tone') ?? 'info'
        if (!CALLOUT_TONES.includes(tone)) problem(node, `callout tone "${tone}" is not one of ${CALLOUT_TONES.join(', ')}`)
        return [lexical.block({ id: newId(), blockName: '', blockType: 'callout', tone, title: attribute('title'), content: content() })]
      }
      case 'tip':
        return [lexical.block({ id: newId(), blockName: '', blockType: 'tipBox', title: attribute('title'), content: content() })]
      case 'figure': {
        const image = attribute('image')
        const id = image ? context.refs.databaseIdOf('media', image) : undefined
        if (image && id === undefined) problem(node, `figure image "${image}" does not exist in content/media`)
        return [
          lexical.block({ id: newId(), blockName: '', blockType: 'figure', image: id, caption: attribute('caption'), credit: attribute('credit') }),
        ]
      }
      case 'video':
        return [
          lexical.block({ id: newId(), blockName: '', blockType: 'video', url: attribute('url'), title: attribute('title'), caption: attribute('caption') }),
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
        case 'image':
          problem(node, 'put an image in a paragraph of its own')
          break
        case 'html':
          problem(node, `HTML is not allowed in content (found ${JSON.stringify(node.value.slice(0, 40))}); use Markdown instead`)
          break
        default:
          problem(node, `"${node.type}" is not supported in text`)
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
        if (context.deferMissingDocuments) {
          deferred = true
          return children
        }
        problem(node, `link to "${node.url}": there is no ${reference.kind} with id "${reference.id}" in content/`)
        return children
      }
      return [lexical.link({ linkType: 'internal', newTab: false, doc: { relationTo: collection, value: id } }, children)]
    }
    if (/^(https?:\/\/|mailto:|tel:|\/|#)/.test(node.url)) {
      return [lexical.link({ linkType: 'custom', newTab: false, url: node.url }, children)]
    }
    problem(node, `link target "${node.url}" is neither a web address nor a reference such as post:<id>`)
    return children
  }
}

const DIRECTIVES: Record<string, { kind: 'containerDirective' | 'leafDirective'; attributes: string[]; required: string[] }> = {
  callout: { kind: 'containerDirective', attributes: ['tone', 'title'], required: [] },
  tip: { kind: 'containerDirective', attributes: ['title'], required: [] },
  figure: { kind: 'leafDirective', attributes: ['image', 'caption', 'credit'], required: ['image', 'caption'] },
  video: { kind: 'leafDirective', attributes: ['url', 'title', 'caption'], required: ['url', 'title'] },
}
