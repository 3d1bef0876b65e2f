/**
 * The Markdown dialect of content/ as rules: what a body may hold and how each directive is written.
 * The reader of content/ (and so the site build and the import) and the CMS's check before
 * publishing run this one function, so what the CMS publishes is what the site can show.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast'
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive'

import { checkLinkAddress, checkVideoAddress, type Check } from '../addresses'
import type { MediaCollection } from '../kinds'
import { MEDIA_SCHEME, parseReference, REFERENCE_KINDS, type ReferencedCollection } from '../references'
import { CALLOUT_TONES, CODE_LANGUAGES } from '../vocabularies'
import { htmlAsText } from './htmlAsText'
import { parseMarkdown } from './processor'

/** A problem in a Markdown body, with the line in the body where it is. */
export type MarkdownProblem = { line: number | undefined; message: string }

export type MarkdownContext = {
  /** Whether a referenced document or image exists; without it, references are not checked. */
  exists?: (collection: ReferencedCollection | MediaCollection, id: string) => boolean
  /** Why an image cannot be shown on the site (e.g. it is an SVG), or undefined when it can. */
  imageProblem?: (id: string) => string | undefined
  /**
   * A plain-text field (a bio, a description): what looks like HTML there is text the person typed
   * and is shown as such (htmlAsText.ts), so it is not a problem. Everything else is checked.
   */
  htmlIsText?: boolean
}

/** The directives of the dialect: `:::callout` and `:::tip` hold text, `::figure` and `::video` stand alone. */
export const DIRECTIVES: Record<
  string,
  { kind: 'containerDirective' | 'leafDirective'; attributes: string[]; required: string[] }
> = {
  callout: { kind: 'containerDirective', attributes: ['tone', 'title'], required: [] },
  tip: { kind: 'containerDirective', attributes: ['title'], required: [] },
  figure: {
    kind: 'leafDirective',
    attributes: ['image', 'caption', 'credit'],
    required: ['image', 'caption'],
  },
  video: { kind: 'leafDirective', attributes: ['url', 'title', 'caption'], required: ['url', 'title'] },
}
const KNOWN_DIRECTIVES = 'callout, tip (:::), figure, video (::)'
const TONES: string[] = CALLOUT_TONES.map((tone) => tone.value)

const htmlProblem = (value: string) =>
  `HTML is not allowed in content (found ${JSON.stringify(value.slice(0, 40))}); use Markdown instead`

/** Every way `markdown` breaks the dialect; an empty list when the site can show it as it is. */
export function checkMarkdown(markdown: string, context: MarkdownContext = {}): MarkdownProblem[] {
  const problems: MarkdownProblem[] = []
  const problem = (node: Nodes | undefined, message: string): void => {
    problems.push({ line: node?.position?.start.line, message })
  }
  const rule = (node: Nodes, result: Check) => {
    if (result !== true) problem(node, result)
  }

  const tree = parseMarkdown(markdown)
  for (const node of (context.htmlIsText ? htmlAsText(tree) : tree).children) block(node)
  return problems

  function block(node: RootContent): void {
    switch (node.type) {
      case 'paragraph': {
        const only = node.children.length === 1 ? node.children[0] : undefined
        if (only?.type === 'image') return image(only)
        return inline(node.children)
      }
      case 'heading':
        if (node.depth < 2 || node.depth > 4)
          problem(
            node,
            `heading level ${node.depth} is not supported: use ## to #### (the title is the page's only #)`,
          )
        return inline(node.children)
      case 'blockquote':
        for (const child of node.children) {
          if (child.type === 'paragraph') inline(child.children)
          else problem(child, 'a quote may only hold paragraphs of text')
        }
        return
      case 'list':
        return list(node)
      case 'thematicBreak':
        return
      case 'code':
        if (node.lang && !(node.lang in CODE_LANGUAGES))
          problem(
            node,
            `code language "${node.lang}" is not supported; use one of ${Object.keys(CODE_LANGUAGES).join(', ')} or none`,
          )
        return
      case 'table':
        for (const row of node.children) for (const cell of row.children) inline(cell.children)
        return
      case 'containerDirective':
      case 'leafDirective':
        return directive(node)
      case 'html':
        return problem(node, htmlProblem(node.value))
      case 'definition':
        return problem(
          node,
          'reference-style link definitions are not supported; write links inline as [text](address)',
        )
      case 'footnoteDefinition':
        return problem(node, 'footnotes are not supported')
      default:
        return problem(node, `"${node.type}" is not supported in content`)
    }
  }

  function list(node: Extract<RootContent, { type: 'list' }>): void {
    for (const item of node.children) {
      if (typeof item.checked === 'boolean') problem(item, 'task lists ([ ] and [x]) are not supported')
      const [first, ...more] = item.children
      if (first?.type !== 'paragraph') {
        problem(item, 'a list item must start with text')
        continue
      }
      inline(first.children)
      for (const extra of more) {
        if (extra.type === 'list') list(extra)
        else problem(extra, 'a list item may hold one paragraph and a nested list, nothing else')
      }
    }
  }

  function image(node: Extract<PhrasingContent, { type: 'image' }>): void {
    const reference = parseReference(node.url)
    if (reference?.kind !== MEDIA_SCHEME)
      return problem(
        node,
        `images must come from the media library as media:<id>; found "${node.url.slice(0, 60)}"`,
      )
    mediaExists(node, reference.id, `image "media:${reference.id}"`)
  }

  function mediaExists(node: Nodes, id: string, what: string): void {
    if (context.exists && !context.exists('media', id))
      return problem(node, `${what} does not exist in content/media`)
    const why = context.imageProblem?.(id)
    if (why) problem(node, `${what}: ${why}`)
  }

  function directive(node: ContainerDirective | LeafDirective): void {
    const spec = DIRECTIVES[node.name]
    if (!spec || spec.kind !== node.type)
      return problem(
        node,
        `unknown directive "${node.type === 'containerDirective' ? ':::' : '::'}${node.name}"; known: ${KNOWN_DIRECTIVES}`,
      )
    const attributes = node.attributes ?? {}
    for (const name of Object.keys(attributes))
      if (!spec.attributes.includes(name))
        problem(node, `${node.name} has no attribute "${name}"; it takes ${spec.attributes.join(', ')}`)
    for (const name of spec.required)
      if (!attributes[name]) problem(node, `${node.name} needs the attribute ${name}="..."`)
    switch (node.name) {
      case 'callout': {
        const tone = attributes.tone || TONES[0]
        if (!TONES.includes(tone)) problem(node, `callout tone "${tone}" is not one of ${TONES.join(', ')}`)
        return containerText(node as ContainerDirective)
      }
      case 'tip':
        return containerText(node as ContainerDirective)
      case 'figure':
        if (attributes.image) mediaExists(node, attributes.image, `figure image "${attributes.image}"`)
        return
      case 'video':
        if (attributes.url) rule(node, checkVideoAddress(attributes.url))
        return
    }
  }

  /** A callout or tip holds plain paragraphs and lists, the way the CMS's text box stores them. */
  function containerText(node: ContainerDirective): void {
    for (const child of node.children) {
      if (child.type === 'paragraph') inline(child.children)
      else if (child.type === 'list') list(child)
      else if (child.type === 'html') problem(child, htmlProblem(child.value))
      else if (child.type !== 'thematicBreak') block(child)
    }
  }

  function inline(nodes: PhrasingContent[]): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
        case 'break':
          break
        case 'strong':
        case 'emphasis':
        case 'delete':
          inline(node.children)
          break
        case 'link':
          link(node)
          inline(node.children)
          break
        case 'image':
          problem(node, 'put an image in a paragraph of its own')
          break
        case 'html':
          problem(node, htmlProblem(node.value))
          break
        default:
          problem(node, `"${node.type}" is not supported in text`)
      }
    }
  }

  function link(node: Extract<PhrasingContent, { type: 'link' }>): void {
    const reference = parseReference(node.url)
    if (!reference) return rule(node, checkLinkAddress(node.url))
    if (reference.kind === MEDIA_SCHEME)
      return problem(node, `link to "${node.url}": link to a document, not an image`)
    if (context.exists && !context.exists(REFERENCE_KINDS[reference.kind], reference.id))
      problem(
        node,
        `link to "${node.url}": there is no ${reference.kind} with id "${reference.id}" in content/`,
      )
  }
}
