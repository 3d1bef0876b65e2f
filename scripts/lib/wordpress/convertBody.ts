/**
 * A WordPress body (classic editor HTML or block editor markup) as a body in our Markdown dialect
 * (content/README.md): HTML is parsed into hast, WordPress's own shapes (figures, galleries,
 * embeds, dynamic blocks) are turned into marker elements, hast-util-to-mdast makes Markdown of the
 * rest, and the result is shaped to what checkMarkdown() allows. What cannot be converted is left
 * out and noted with its line in the post's content, never dropped silently.
 */
import type {
  Element,
  ElementContent,
  Nodes as HastNodes,
  Parents as HastParents,
  Root as HastRoot,
} from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toMdast, type Handle } from 'hast-util-to-mdast'
import { toText } from 'hast-util-to-text'
import type { Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import type { LeafDirective } from 'mdast-util-directive'
import { visit, SKIP } from 'unist-util-visit'

import { checkVideoAddress } from '../../../model/addresses'
import { stringifyMarkdown } from '../../../model/markdown/processor'
import { CODE_LANGUAGES } from '../../../model/vocabularies'
import { convertShortcodes, isBlockContent, wpautop, type Note } from './prepareHtml'

export type BodyContext = {
  note: Note
  /** The media id of an image address, or undefined when it cannot be had (the media step notes why). */
  image: (src: string, alt: string, line: number | undefined) => string | undefined
  /** The address a link gets on the new site, or undefined to keep only its text. */
  link: (href: string, line: number | undefined) => string | undefined
  /** The address of an attachment by its WordPress id, for [gallery ids="..."]. */
  attachmentUrl: (id: string) => string | undefined
}

/** Dynamic blocks with nothing to show in an archive: left out without a note. */
const QUIET_BLOCKS = new Set(['more', 'nextpage', 'spacer', 'separator'])
/** Elements that would run, load or ask for something; the dialect has no place for them. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'form',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'svg',
])

export function convertBody(content: string, context: BodyContext): string {
  const blocks = isBlockContent(content)
  const html = convertShortcodes(content, context.note, context.attachmentUrl)
  const tree = fromHtml(blocks ? html : wpautop(html), { fragment: true })
  markWordPressShapes(tree, context)
  const mdast = toMdast(tree, { handlers: markerHandlers(context) }) as Root
  const shaped = shapeForDialect(mdast, context)
  return stringifyMarkdown(shaped)
}

const classes = (node: Element): string[] => {
  const value = node.properties.className as unknown
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : []
}
const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line
const marker = (tagName: string, properties: Record<string, string>, from: Element): Element => ({
  type: 'element',
  tagName,
  properties,
  children: [],
  position: from.position,
})

/** A YouTube or Vimeo address as the dialect writes it, from a page, short or player address. */
export function videoAddress(raw: string): string | undefined {
  const url = raw
    .trim()
    .replace(/^\/\//, 'https://')
    .replace(/^http:/, 'https:')
  const youtube =
    /^https:\/\/(?:www\.)?(?:youtube(?:-nocookie)?\.com\/(?:embed\/|watch\?v=)|youtu\.be\/)([\w-]{6,})/.exec(
      url,
    )
  if (youtube) return `https://www.youtube.com/watch?v=${youtube[1]}`
  const vimeo = /^https:\/\/(?:player\.)?vimeo\.com\/(?:video\/)?(\d+)/.exec(url)
  if (vimeo) return `https://vimeo.com/${vimeo[1]}`
  return undefined
}

/** Figures, galleries, images, embeds and iframes become marker elements; the rest stays HTML. */
function markWordPressShapes(tree: HastRoot, context: BodyContext): void {
  visit(tree, (node: HastNodes, index, parent) => {
    if (!parent || index === undefined) return
    const replace = (...nodes: ElementContent[]) => {
      parent.children.splice(index, 1, ...nodes)
      return [SKIP, index + nodes.length] as [typeof SKIP, number]
    }
    if (node.type === 'comment') {
      const block = /^\s*wp:([\w/-]+)[\s\S]*\/\s*$/.exec(node.value)?.[1]
      if (block && !QUIET_BLOCKS.has(block))
        context.note(
          lineOf(node),
          `block "${block}" is made by WordPress when the page is shown; no content to convert`,
        )
      return replace()
    }
    if (node.type !== 'element') return
    const element = node
    const tag = element.tagName
    if (DROPPED.has(tag)) {
      context.note(lineOf(element), `<${tag}> is not converted; removed`)
      return replace()
    }
    if (tag === 'h1') element.tagName = 'h2'
    if (tag === 'h5' || tag === 'h6') element.tagName = 'h4'
    if (tag === 'iframe') {
      const url = videoAddress(String(element.properties.src ?? ''))
      if (url)
        return replace(marker('wp-video', { url, caption: String(element.properties.title ?? '') }, element))
      context.note(
        lineOf(element),
        `embedded frame ${String(element.properties.src ?? '')} is not converted; removed`,
      )
      return replace()
    }
    if (tag === 'figure') return replace(...figure(element, context))
    if (tag === 'img') return replace(marker('wp-image', imageProperties(element), element))
    if (tag === 'p') {
      // WordPress's auto-embed: a paragraph that is only a YouTube or Vimeo address.
      const only = toText(element).trim()
      const url = /^\S+$/.test(only) ? videoAddress(only) : undefined
      if (url) return replace(marker('wp-video', { url, caption: '' }, element))
    }
    return undefined
  })
  // Unwrap links around images: their target is the image file or its attachment page.
  visit(tree, 'element', (element: Element, index, parent: HastParents | undefined) => {
    if (!parent || index === undefined || element.tagName !== 'a') return
    const elements = element.children.filter((child) => child.type === 'element')
    if (
      elements.length &&
      elements.every((child) => child.tagName === 'wp-image' || child.tagName === 'wp-figure')
    ) {
      parent.children.splice(index, 1, ...elements)
      return [SKIP, index]
    }
  })
}

const imageProperties = (img: Element) => ({
  src: String(img.properties.src ?? ''),
  alt: String(img.properties.alt ?? '').trim(),
})

/** A figure: a video embed, one image with its caption, or a gallery of several. */
function figure(element: Element, context: BodyContext): ElementContent[] {
  const captionOf = (node: Element) => {
    const caption = node.children.find(
      (child): child is Element => child.type === 'element' && child.tagName === 'figcaption',
    )
    return caption ? toText(caption).replace(/\s+/g, ' ').trim() : ''
  }
  const caption = captionOf(element)
  const embedded = [...element.children]
  const iframe = findElement(element, 'iframe')
  const embedUrl =
    (classes(element).includes('wp-block-embed') &&
      videoAddress(toText(element).trim().split(/\s+/)[0] ?? '')) ||
    (iframe && videoAddress(String(iframe.properties.src ?? '')))
  if (embedUrl) return [marker('wp-video', { url: embedUrl, caption }, element)]
  if (classes(element).includes('wp-block-embed') || iframe) {
    context.note(
      lineOf(element),
      `embed "${toText(element).trim().slice(0, 80)}" is not a YouTube or Vimeo video; removed`,
    )
    return []
  }
  const images: Element[] = []
  visit(element, 'element', (node: Element) => {
    if (node.tagName === 'img') images.push(node)
  })
  if (images.length === 1) return [marker('wp-figure', { ...imageProperties(images[0]), caption }, element)]
  if (images.length === 0)
    return embedded.filter((child) => !(child.type === 'element' && child.tagName === 'figcaption'))
  // A gallery: each image as a figure of its own (with its own caption), then the gallery's caption.
  const parts: ElementContent[] = images.map((img) => {
    const own = findParentFigure(element, img)
    return marker('wp-figure', { ...imageProperties(img), caption: own ? captionOf(own) : '' }, img)
  })
  if (caption)
    parts.push({
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [{ type: 'text', value: caption }],
    })
  return parts
}

function findElement(root: Element, tagName: string): Element | undefined {
  let found: Element | undefined
  visit(root, 'element', (node: Element) => {
    if (!found && node.tagName === tagName) found = node
  })
  return found
}

function findParentFigure(root: Element, img: Element): Element | undefined {
  let found: Element | undefined
  visit(root, 'element', (node: Element) => {
    if (node !== root && node.tagName === 'figure' && findElement(node, 'img') === img) found = node
  })
  return found
}

function markerHandlers(context: BodyContext): Record<string, Handle> {
  const prop = (element: Element, name: string) => String(element.properties[name] ?? '')
  return {
    'wp-image': (_state, element) => {
      const id = context.image(prop(element, 'src'), prop(element, 'alt'), lineOf(element))
      return id ? { type: 'image', url: `media:${id}`, alt: prop(element, 'alt') } : undefined
    },
    'wp-figure': (_state, element) => {
      const id = context.image(prop(element, 'src'), prop(element, 'alt'), lineOf(element))
      if (!id) return undefined
      const caption = prop(element, 'caption')
      if (!caption) return { type: 'image', url: `media:${id}`, alt: prop(element, 'alt') }
      return directive('figure', { image: id, caption })
    },
    'wp-video': (_state, element) => {
      const caption = prop(element, 'caption')
      return directive('video', {
        url: prop(element, 'url'),
        // The dialect asks for a title (for the link readers follow); WordPress had none.
        title: caption || (prop(element, 'url').includes('vimeo') ? 'Video op Vimeo' : 'Video op YouTube'),
      })
    },
  }
}

const directive = (name: string, attributes: Record<string, string>): LeafDirective => ({
  type: 'leafDirective',
  name,
  attributes,
  children: [],
})

const textOf = (node: Nodes): string =>
  'value' in node && typeof node.value === 'string'
    ? node.value
    : 'children' in node
      ? (node.children as Nodes[]).map(textOf).join(node.type === 'paragraph' ? '' : ' ')
      : ''

const paragraphOf = (text: string): Paragraph => ({
  type: 'paragraph',
  children: [{ type: 'text', value: text }],
})
const isBlank = (nodes: PhrasingContent[]) =>
  nodes.every((node) => (node.type === 'text' && !node.value.trim()) || node.type === 'break')

/**
 * The mdast of hast-util-to-mdast, shaped to the dialect: images and directives each in a block of
 * their own at the top level, quotes of paragraphs, list items of one paragraph (and a nested
 * list), headings ## to ####, known code languages, links the new site can follow.
 */
function shapeForDialect(tree: Root, context: BodyContext): Root {
  visit(tree, 'link', (link, index, parent) => {
    if (!parent || index === undefined) return
    const href = context.link(link.url, lineOf(link))
    if (href) link.url = href
    else {
      parent.children.splice(index, 1, ...(link.children as never[]))
      return [SKIP, index]
    }
  })
  const children: RootContent[] = []
  for (const block of tree.children) children.push(...shapeBlock(block, context))
  return { type: 'root', children }
}

function shapeBlock(block: RootContent, context: BodyContext): RootContent[] {
  switch (block.type) {
    case 'paragraph':
      return splitAroundImages(block.children)
    case 'leafDirective':
    case 'thematicBreak':
      return [block]
    case 'heading': {
      block.depth = Math.min(4, Math.max(2, block.depth)) as 2 | 3 | 4
      const [text, ...hoisted] = splitAroundImages(block.children)
      block.children =
        text?.type === 'paragraph' && !hoisted.length
          ? text.children
          : block.children.filter((child) => child.type !== 'image')
      return [
        block,
        ...hoisted.filter((node) => node !== text),
        ...(text && text.type !== 'paragraph' ? [text] : []),
      ]
    }
    case 'code':
      if (block.lang && !(block.lang in CODE_LANGUAGES)) block.lang = null
      block.meta = null
      return [block]
    case 'blockquote': {
      const hoisted = liftOut(block)
      block.children = block.children.flatMap((child) =>
        child.type === 'paragraph'
          ? [child]
          : textOf(child).trim()
            ? [paragraphOf(textOf(child).trim())]
            : [],
      )
      return [block, ...hoisted]
    }
    case 'list': {
      const hoisted = liftOut(block)
      shapeList(block)
      return [block, ...hoisted]
    }
    case 'table': {
      const hoisted = liftOut(block)
      return [block, ...hoisted]
    }
    case 'html':
      context.note(lineOf(block), `HTML "${block.value.slice(0, 60)}" is not converted; removed`)
      return []
    case 'text':
    case 'emphasis':
    case 'strong':
    case 'delete':
    case 'link':
    case 'inlineCode':
    case 'break':
    case 'image':
      // Text hast-util-to-mdast left at the top, beside blocks: a paragraph, as wpautop would make it.
      return isBlank([block]) ? [] : splitAroundImages([block])
    default: {
      const text = textOf(block).trim()
      if (text) context.note(lineOf(block), `a ${block.type} became plain text`)
      return text ? [paragraphOf(text)] : []
    }
  }
}

/** A paragraph's text in runs, with each image (and anything block-like) in a block of its own. */
function splitAroundImages(nodes: PhrasingContent[]): RootContent[] {
  const blocks: RootContent[] = []
  let run: PhrasingContent[] = []
  const flush = () => {
    if (!isBlank(run)) blocks.push({ type: 'paragraph', children: trimBreaks(run) })
    run = []
  }
  for (const node of nodes) {
    const lifted = liftOut(node as unknown as Nodes)
    if (node.type === 'image') {
      flush()
      blocks.push({ type: 'paragraph', children: [node] })
    } else if ((node as Nodes).type === 'leafDirective') {
      flush()
      blocks.push(node as unknown as LeafDirective)
    } else run.push(node)
    if (lifted.length) {
      flush()
      blocks.push(...lifted)
    }
  }
  flush()
  return blocks
}

const trimBreaks = (nodes: PhrasingContent[]) => {
  const result = [...nodes]
  while (
    result.length &&
    (result[0].type === 'break' || (result[0].type === 'text' && !result[0].value.trim()))
  )
    result.shift()
  while (
    result.length &&
    (result.at(-1)!.type === 'break' ||
      (result.at(-1)!.type === 'text' && !(result.at(-1) as { value: string }).value.trim()))
  )
    result.pop()
  // The text around a lifted image keeps no dangling space ("Tekst " before the image).
  const [first, last] = [result[0], result.at(-1)]
  if (first?.type === 'text') result[0] = { ...first, value: first.value.trimStart() }
  if (last?.type === 'text')
    result[result.length - 1] = { ...last, value: (result.at(-1) as { value: string }).value.trimEnd() }
  return result
}

/** Removes images and directives nested anywhere in `node` and returns them as top-level blocks. */
function liftOut(node: Nodes): RootContent[] {
  const lifted: RootContent[] = []
  if (!('children' in node)) return lifted
  visit(node, (child: Nodes, index, parent) => {
    if (!parent || index === undefined || child === node) return
    if (child.type === 'image' || child.type === 'leafDirective') {
      lifted.push(child.type === 'image' ? { type: 'paragraph', children: [child] } : child)
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
  })
  return lifted
}

/** Each item: one paragraph first (the texts of several joined by line breaks), then nested lists. */
function shapeList(list: Extract<RootContent, { type: 'list' }>): void {
  for (const item of list.children) {
    item.checked = null
    const phrasing: PhrasingContent[] = []
    const nested: Extract<RootContent, { type: 'list' }>[] = []
    for (const child of item.children) {
      if (child.type === 'list') {
        shapeList(child)
        nested.push(child)
        continue
      }
      if (phrasing.length) phrasing.push({ type: 'break' })
      if (child.type === 'paragraph') phrasing.push(...child.children)
      else phrasing.push({ type: 'text', value: textOf(child).trim() })
    }
    item.children = [
      { type: 'paragraph', children: phrasing.length ? phrasing : [{ type: 'text', value: ' ' }] },
      ...nested,
    ]
    item.spread = false
  }
  list.spread = false
}

/** Whether a video address passes the dialect (used by tests and by the importer's own checks). */
export const isDialectVideo = (url: string) => checkVideoAddress(url) === true
