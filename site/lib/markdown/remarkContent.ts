/**
 * Turns content/ Markdown into what readers see: `post:<id>` links into URLs in the reader's
 * language, `media:<id>` images into files Astro optimises, and our four directives into HTML
 * (callout and tip as <aside>, figure as <figure>, video as a link: no third-party player loads).
 */
import type { Code, Image, Link, Paragraph, PhrasingContent, Root, Table } from 'mdast'
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive'
// Brings the hName/hProperties fields that tell remark-rehype which HTML element to make.
import type {} from 'mdast-util-to-hast'
import path from 'node:path'
import type { Processor } from 'unified'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

import { KINDS } from '../../../model/kinds'
import { htmlAsText } from '../../../model/markdown/htmlAsText'
import type { Locale } from '../../../model/locales'
import { remarkBlockDirectives } from '../../../model/markdown/processor'
import { parseReference } from '../../../model/references'
import { splitEntryId, t } from '../i18n'
import { contentIndex, contentRoot, type ContentIndex } from '../contentIndex'
import { safeHref } from '../../../model/addresses'

export function remarkContent(this: Processor) {
  remarkBlockDirectives.call(this)
  return async (tree: Root, file: VFile) => {
    if (!file.path?.endsWith('.md')) return
    const index = await contentIndex()
    const { locale } = splitEntryId(path.basename(file.path, '.md'))
    const textBody = hasTextBody(file.path)
    const where = (node: { position?: { start: { line: number } } }) =>
      `${path.relative(process.cwd(), file.path)}${node.position ? `:${node.position.start.line}` : ''}`

    // A bio or a description is a plain text field in the CMS: what looks like HTML there is text.
    if (textBody) htmlAsText(tree)
    visit(tree, (node, position, parent) => {
      if (node.type === 'table') markHeaders(node)
      if ((node.type === 'table' || node.type === 'code') && parent && position !== undefined) {
        parent.children[position] = scrollable(node, locale) as never
        return
      }
      // Raw HTML would reach the page as it is: in a Markdown body it is refused (the content
      // check refuses it too). In a plain-text body it was turned into text above.
      if (node.type === 'html')
        throw new Error(
          `${where(node)}: HTML is not allowed in content (found ${JSON.stringify(node.value.slice(0, 40))}); use Markdown instead`,
        )
      if (node.type === 'definition') safeHref(node.url, where(node))
      if (node.type === 'link') resolveLink(node, index, locale, where)
      if (node.type === 'image') resolveImage(node, index, file, where)
      if (node.type === 'containerDirective' || node.type === 'leafDirective')
        renderDirective(node, index, file, locale, where)
    })
  }
}

/** Whether the file's body is a plain text field in the CMS (authors' and speakers' bios, topics' descriptions). */
function hasTextBody(file: string): boolean {
  const folder = path.relative(contentRoot, path.dirname(file)).split(path.sep).join('/')
  return KINDS.some((kind) => kind.folder === folder && kind.body.format === 'text')
}

/**
 * Wide tables and code scroll sideways on a phone. A scrolling box must be reachable with the
 * keyboard (WCAG 2.1.1), so it becomes a focusable, labelled region.
 */
function scrollable(node: Table | Code, locale: Locale) {
  const label = node.type === 'table' ? (locale === 'nl' ? 'Tabel' : 'Table') : 'Code'
  return {
    type: 'scrollable',
    data: {
      hName: 'div',
      hProperties: { className: ['scrollable'], tabIndex: 0, role: 'region', ariaLabel: label },
    },
    children: [node],
  }
}

/**
 * The header row's cells head their columns. A table whose top-left cell is empty has row labels:
 * the first cell of every other row heads its row, so each value has both headers (WCAG 1.3.1).
 */
function markHeaders(table: Table) {
  const [head, ...rows] = table.children
  if (!head) return
  for (const cell of head.children)
    if (cell.children.length) cell.data = { ...cell.data, hProperties: { scope: 'col' } }
  if (head.children[0]?.children.length !== 0) return
  for (const row of rows) {
    const label = row.children[0]
    if (label?.children.length) label.data = { ...label.data, hName: 'th', hProperties: { scope: 'row' } }
  }
}

type Where = (node: { position?: { start: { line: number } } }) => string

function resolveLink(node: Link, index: ContentIndex, locale: Locale, where: Where) {
  const reference = parseReference(node.url)
  if (!reference) {
    safeHref(node.url, where(node))
    return
  }
  if (reference.kind === 'media') return
  const url = index.url(reference.kind, reference.id, locale)
  if (!url)
    throw new Error(`${where(node)}: the link to "${node.url}" points to a document that does not exist`)
  node.url = url
}

function mediaPath(
  id: string,
  index: ContentIndex,
  file: VFile,
  node: Parameters<Where>[0],
  where: Where,
): string {
  const target = index.mediaFile(id)
  if (!target) throw new Error(`${where(node)}: image "media:${id}" does not exist in content/media`)
  // A path relative to the Markdown file is what Astro's image pipeline picks up and optimises.
  return path.relative(path.dirname(file.path), target).split(path.sep).join('/')
}

function resolveImage(node: Image, index: ContentIndex, file: VFile, where: Where) {
  const reference = parseReference(node.url)
  if (reference?.kind !== 'media') return
  node.url = mediaPath(reference.id, index, file, node, where)
  // An image without its own alt text in the body uses the one in its sidecar.
  if (!node.alt) node.alt = index.mediaAlt(reference.id, splitEntryId(path.basename(file.path, '.md')).locale)
}

function renderDirective(
  node: ContainerDirective | LeafDirective,
  index: ContentIndex,
  file: VFile,
  locale: Locale,
  where: Where,
) {
  const attributes = node.attributes ?? {}
  const data = (node.data ??= {})
  switch (node.name) {
    case 'callout':
    case 'tip': {
      const tone = node.name === 'tip' ? 'tip' : (attributes.tone ?? 'info')
      data.hName = 'aside'
      data.hProperties = { className: ['callout', `callout--${tone}`] }
      if (attributes.title) {
        const title: Paragraph = {
          type: 'paragraph',
          data: { hProperties: { className: ['callout__title'] } },
          children: [{ type: 'strong', children: [{ type: 'text', value: attributes.title }] }],
        }
        ;(node as ContainerDirective).children.unshift(title)
      }
      return
    }
    case 'figure': {
      const image: Image = {
        type: 'image',
        url: mediaPath(attributes.image ?? '', index, file, node, where),
        alt: index.mediaAlt(attributes.image ?? '', locale),
      }
      const caption: PhrasingContent[] = [{ type: 'text', value: attributes.caption ?? '' }]
      if (attributes.credit) caption.push({ type: 'text', value: ` (${attributes.credit})` })
      data.hName = 'figure'
      node.children = [
        {
          type: 'paragraph',
          data: { hName: 'div', hProperties: { className: ['figure__image'] } },
          children: [image],
        },
        { type: 'paragraph', data: { hName: 'figcaption' }, children: caption },
      ] as never
      return
    }
    case 'video': {
      const words = t(locale)
      data.hName = 'p'
      data.hProperties = { className: ['video-link'] }
      node.children = [
        {
          type: 'link',
          url: safeHref(attributes.url ?? '', where(node)),
          children: [{ type: 'text', value: `${words.watchVideo}: ${attributes.title ?? ''}` }],
        },
        { type: 'text', value: ` (${words.opensExternal})` },
        ...(attributes.caption
          ? [{ type: 'break' as const }, { type: 'text' as const, value: attributes.caption }]
          : []),
      ]
      return
    }
    default:
      throw new Error(`${where(node)}: unknown directive "${node.name}"`)
  }
}
