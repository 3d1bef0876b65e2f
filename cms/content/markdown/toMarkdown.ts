import type { BlockContent, PhrasingContent, Root, RootContent, TableRow } from 'mdast'
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive'

import { kindOfCollection, type ReferenceResolver } from '../../../model/references'
import { TEXT_FORMAT, type LexicalNode, type LexicalState } from './lexicalNodes'
import { htmlAsText } from '../../../model/markdown/htmlAsText'
import { parseMarkdown, stringifyMarkdown } from '../../../model/markdown/processor'

export type ExportContext = {
  refs: ReferenceResolver
  /** Something in the body could not be exported as it is (e.g. a link to an unpublished document). */
  warn: (message: string) => void
}

/** Converts a Lexical rich text value into the Markdown of content/ (see content/README.md). */
export function lexicalToMarkdown(state: LexicalState | null | undefined, context: ExportContext): string {
  if (!state?.root?.children) return ''
  const tree: Root = { type: 'root', children: blocks(state.root.children, context) }
  return stringifyMarkdown(tree)
}

function blocks(nodes: LexicalNode[], context: ExportContext): RootContent[] {
  const out: RootContent[] = []
  for (const node of nodes) out.push(...block(node, context))
  return out
}

function block(node: LexicalNode, context: ExportContext): RootContent[] {
  const children = node.children ?? []
  switch (node.type) {
    case 'paragraph': {
      const content = inline(children, context)
      return content.length ? [{ type: 'paragraph', children: content }] : []
    }
    case 'heading': {
      const depth = Number(String(node.tag).slice(1)) as 2 | 3 | 4
      return [{ type: 'heading', depth, children: inline(children, context) }]
    }
    case 'quote':
      return [{ type: 'blockquote', children: [{ type: 'paragraph', children: inline(children, context) }] }]
    case 'list':
      return [list(node, context)]
    case 'horizontalrule':
      return [{ type: 'thematicBreak' }]
    case 'upload':
      return [{ type: 'paragraph', children: [uploadImage(node, context)].filter(isPresent) }].filter(
        (paragraph) => paragraph.children.length > 0,
      ) as RootContent[]
    case 'block':
      return customBlock(node.fields as Record<string, unknown>, context)
    case 'table':
      return [table(node, context)]
    default:
      context.warn(`left out an unsupported "${node.type}" element`)
      return []
  }
}

function list(node: LexicalNode, context: ExportContext): RootContent {
  const ordered = node.listType === 'number'
  const items: { type: 'listItem'; spread: false; children: BlockContent[] }[] = []
  for (const item of node.children ?? []) {
    const nested =
      item.children?.length === 1 && item.children[0].type === 'list' ? item.children[0] : undefined
    if (nested && items.length > 0) {
      items[items.length - 1].children.push(list(nested, context) as BlockContent)
      continue
    }
    items.push({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: inline(item.children ?? [], context) }],
    })
  }
  const start = Number(node.start ?? 1)
  return {
    type: 'list',
    ordered,
    spread: false,
    ...(ordered && start !== 1 ? { start } : {}),
    children: items,
  }
}

function table(node: LexicalNode, context: ExportContext): RootContent {
  const rows: TableRow[] = (node.children ?? []).map((row) => ({
    type: 'tableRow',
    children: (row.children ?? []).map((cell) => ({
      type: 'tableCell',
      children: joinParagraphs(cell.children ?? [], context),
    })),
  }))
  const columns = Math.max(0, ...rows.map((row) => row.children.length))
  return { type: 'table', align: Array.from({ length: columns }, () => null), children: rows }
}

/** A table cell holds paragraphs; Markdown cells hold one line, so paragraphs join with line breaks. */
function joinParagraphs(paragraphs: LexicalNode[], context: ExportContext): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (const paragraph of paragraphs) {
    const content = inline(paragraph.children ?? [], context)
    if (!content.length) continue
    if (out.length) out.push({ type: 'break' })
    out.push(...content)
  }
  return out
}

function uploadImage(node: LexicalNode, context: ExportContext): PhrasingContent | undefined {
  const id = context.refs.contentIdOf('media', node.value as number)
  if (!id) {
    context.warn(`left out an image (media ${String(node.value)}) that is not in the media library`)
    return undefined
  }
  const alt = (node.fields as { alt?: string } | undefined)?.alt ?? ''
  return { type: 'image', url: `media:${id}`, alt }
}

function customBlock(fields: Record<string, unknown>, context: ExportContext): RootContent[] {
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined)
  const attributes = (entries: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(entries).filter(([, value]) => text(value) !== undefined)) as Record<
      string,
      string
    >
  switch (fields.blockType) {
    case 'callout':
    case 'tipBox': {
      const directive: ContainerDirective = {
        type: 'containerDirective',
        name: fields.blockType === 'callout' ? 'callout' : 'tip',
        attributes: attributes(
          fields.blockType === 'callout'
            ? { tone: fields.tone, title: fields.title }
            : { title: fields.title },
        ),
        children: htmlAsText(parseMarkdown(String(fields.content ?? ''))).children as BlockContent[],
      }
      return [directive]
    }
    case 'figure': {
      const image = context.refs.contentIdOf('media', imageId(fields.image))
      if (!image) {
        context.warn('left out a figure whose image is not in the media library')
        return []
      }
      const directive: LeafDirective = {
        type: 'leafDirective',
        name: 'figure',
        attributes: attributes({ image, caption: fields.caption, credit: fields.credit }),
        children: [],
      }
      return [directive]
    }
    case 'video': {
      const directive: LeafDirective = {
        type: 'leafDirective',
        name: 'video',
        attributes: attributes({ url: fields.url, title: fields.title, caption: fields.caption }),
        children: [],
      }
      return [directive]
    }
    case 'Code':
      return [{ type: 'code', lang: text(fields.language) ?? null, value: String(fields.code ?? '') }]
    default:
      context.warn(`left out an unknown block "${String(fields.blockType)}"`)
      return []
  }
}

const imageId = (value: unknown) =>
  typeof value === 'object' && value ? (value as { id: number }).id : (value as number)

// ---------------------------------------------------------------------------------------------
// Inline content: Lexical keeps formatting as bit flags on flat text nodes; Markdown nests it.

type Run = { node: PhrasingContent; format: number }

function inline(nodes: LexicalNode[], context: ExportContext): PhrasingContent[] {
  const runs: Run[] = []
  for (const node of nodes) {
    if (node.type === 'text') {
      const format = Number(node.format ?? 0)
      const value = String(node.text ?? '')
      if (format & TEXT_FORMAT.code)
        runs.push({ node: { type: 'inlineCode', value }, format: format & ~TEXT_FORMAT.code })
      else {
        const previous = runs[runs.length - 1]
        if (previous?.node.type === 'text' && previous.format === format) previous.node.value += value
        else runs.push({ node: { type: 'text', value }, format })
      }
    } else if (node.type === 'linebreak') runs.push({ node: { type: 'break' }, format: 0 })
    else if (node.type === 'link' || node.type === 'autolink') runs.push(...link(node, context))
    else context.warn(`left out an unsupported inline "${node.type}"`)
  }
  return nest(runs, [TEXT_FORMAT.bold, TEXT_FORMAT.italic, TEXT_FORMAT.strikethrough])
}

function link(node: LexicalNode, context: ExportContext): Run[] {
  const fields = (node.fields ?? {}) as {
    linkType?: string
    url?: string
    doc?: { relationTo: string; value: number | { id: number } }
  }
  const children = inline(node.children ?? [], context)
  let url: string | undefined
  if (fields.linkType === 'internal' && fields.doc) {
    const kind = kindOfCollection(fields.doc.relationTo)
    const id = kind && context.refs.contentIdOf(fields.doc.relationTo as never, imageId(fields.doc.value))
    if (kind && id) url = `${kind}:${id}`
    else
      context.warn(
        `unlinked a link to ${fields.doc.relationTo} ${String(imageId(fields.doc.value))}, which is not published`,
      )
  } else if (fields.url) url = fields.url
  if (!url) return children.map((child) => ({ node: child, format: 0 }))
  return [{ node: { type: 'link', url, children }, format: 0 }]
}

/**
 * Wraps runs that share a format in strong/emphasis/delete, outermost first, moving spaces at the
 * edges outside the markers (`**bold** text`, never `**bold **text`).
 */
function nest(runs: Run[], formats: number[]): PhrasingContent[] {
  if (!formats.length) return runs.map((run) => run.node)
  const [bit, ...rest] = formats
  const out: PhrasingContent[] = []
  let index = 0
  while (index < runs.length) {
    if (!(runs[index].format & bit)) {
      const start = index
      while (index < runs.length && !(runs[index].format & bit)) index++
      out.push(...nest(runs.slice(start, index), rest))
      continue
    }
    const start = index
    while (index < runs.length && runs[index].format & bit) index++
    const group = runs.slice(start, index).map((run) => ({ ...run, format: run.format & ~bit }))
    const { leading, trailing } = trimEdges(group)
    if (leading) out.push({ type: 'text', value: leading })
    if (group.length) {
      const children = nest(group, rest)
      const type = bit === TEXT_FORMAT.bold ? 'strong' : bit === TEXT_FORMAT.italic ? 'emphasis' : 'delete'
      out.push({ type, children } as PhrasingContent)
    }
    if (trailing) out.push({ type: 'text', value: trailing })
  }
  return mergeTexts(out)
}

function trimEdges(group: Run[]): { leading: string; trailing: string } {
  let leading = ''
  let trailing = ''
  const first = group[0]?.node
  if (first?.type === 'text') {
    leading = /^\s*/.exec(first.value)![0]
    first.value = first.value.slice(leading.length)
    if (!first.value) group.shift()
  }
  const last = group[group.length - 1]?.node
  if (last?.type === 'text') {
    trailing = /\s*$/.exec(last.value)![0]
    last.value = last.value.slice(0, last.value.length - trailing.length)
    if (!last.value) group.pop()
  }
  return { leading, trailing }
}

function mergeTexts(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (const node of nodes) {
    const previous = out[out.length - 1]
    if (node.type === 'text' && previous?.type === 'text') previous.value += node.value
    else out.push(node)
  }
  return out
}

const isPresent = <T>(value: T | undefined): value is T => value !== undefined
