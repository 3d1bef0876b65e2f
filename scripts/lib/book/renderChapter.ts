/**
 * Markdown from content/ to an HTML tree for the book, with the processor Astro uses for the online
 * reader: `createMarkdownProcessor` from @astrojs/markdown-remark with the site's own options
 * (site/lib/markdown/options.ts: remarkContent for references, media and directives; GFM; heading
 * ids). So a chapter's text, headings, figures and callouts are the same online, in the EPUB and in
 * the PDF; only where links and images point differs, and that is decided afterwards (retarget.ts).
 */
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import {
  createMarkdownProcessor,
  type MarkdownHeading,
  type MarkdownRenderer,
} from '@astrojs/markdown-remark'
import type { Element, ElementContent, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import type { VFile } from 'vfile'
import { visit } from 'unist-util-visit'

import { markdownOptions, syntaxHighlight } from '../../../site/lib/markdown/options'
import type { MarkdownSource } from './loadBook'

export type RenderedMarkdown = {
  tree: Root
  headings: MarkdownHeading[]
  /** Absolute paths of the images the text shows (originals in content/media). */
  images: string[]
}

let renderer: Promise<MarkdownRenderer> | undefined

function markdownRenderer(): Promise<MarkdownRenderer> {
  renderer ??= createMarkdownProcessor({
    ...markdownOptions,
    remarkPlugins: [...markdownOptions.remarkPlugins],
    rehypePlugins: [rehypeImageFiles],
    syntaxHighlight,
  })
  return renderer
}

export async function renderMarkdown(source: MarkdownSource): Promise<RenderedMarkdown> {
  let html: string
  let headings: MarkdownHeading[]
  try {
    const result = await (
      await markdownRenderer()
    ).render(source.markdown, {
      fileURL: pathToFileURL(source.file),
    })
    html = result.code
    headings = result.metadata.headings
  } catch (error) {
    throw new Error(
      `Cannot render ${path.relative(process.cwd(), source.file)}: ${(error as Error).message}`,
      {
        cause: error,
      },
    )
  }
  const tree = fromHtml(html, { fragment: true })
  unwrapScrollables(tree)
  const images = new Set<string>()
  visit(tree, 'element', (node) => {
    if (node.tagName === 'img' && typeof node.properties.src === 'string')
      images.add(fileURLToPath(node.properties.src))
  })
  return { tree, headings, images: [...images].sort() }
}

/**
 * The Markdown plugins point images at their original relative to the Markdown file, for Astro's
 * image pipeline. The book wants the original itself: an absolute file: URL that EPUB and PDF map
 * to their own places. (Set before Astro's rehype-images step, which then leaves the image alone.)
 */
function rehypeImageFiles() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node) => {
      const src = node.properties.src
      if (node.tagName !== 'img' || typeof src !== 'string' || URL.canParse(src)) return
      node.properties.src = pathToFileURL(path.resolve(path.dirname(file.path), decodeURI(src))).href
    })
  }
}

/**
 * Online, wide tables and code blocks sit in a focusable region that scrolls sideways on a phone.
 * A page of a book does not scroll; the table or code itself is kept, its wrapper dropped.
 */
function unwrapScrollables(tree: Root): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    const classes = node.properties.className
    if (!parent || index === undefined || !Array.isArray(classes) || !classes.includes('scrollable')) return
    parent.children.splice(index, 1, ...(node.children as ElementContent[]))
    return index
  })
}
