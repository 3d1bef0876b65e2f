/**
 * Typographic quotes get one thing wrong in Dutch: a word that starts with an elision (’s avonds,
 * ’s-Hertogenbosch, ’t, ’n, ’k, ’m, ’r, ’ns) or a shortened year (’90) begins with an apostrophe,
 * not an opening quote. Smartypants (options.ts) cannot tell them apart, so this mends its
 * opening single quote there. English has no words of that shape, so it is safe in both languages.
 */
import type { Root, Text } from 'mdast'
import { visit } from 'unist-util-visit'

import { ELISION } from '../typography'

export function remarkElisions() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text) => {
      if (node.value.includes('‘')) node.value = node.value.replace(ELISION, '’')
    })
  }
}
