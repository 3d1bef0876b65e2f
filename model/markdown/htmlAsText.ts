import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'

/**
 * What looks like HTML in a plain-text field (a bio, a callout's text) is text someone typed:
 * `<img src=x onerror=...>` is meant as those characters. Each HTML node becomes the text it was
 * written as, in a paragraph of its own where a block is expected. content/ never holds raw HTML.
 */
export function htmlAsText(tree: Root): Root {
  visit(tree, 'html', (node, index, parent) => {
    if (!parent || index === undefined) return
    const text = { type: 'text' as const, value: node.value }
    const block = parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem'
    parent.children[index] = (block ? { type: 'paragraph', children: [text] } : text) as never
  })
  return tree
}
