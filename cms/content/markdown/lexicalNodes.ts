/**
 * The JSON shapes of the Lexical nodes our editor produces (see cms/lib/editor.ts), with builders
 * that produce exactly what the admin's editor would save.
 */
export type LexicalNode = {
  type: string
  version: number
  children?: LexicalNode[]
  [key: string]: unknown
}

export type LexicalState = { root: LexicalNode }

export const TEXT_FORMAT = { bold: 1, italic: 2, strikethrough: 4, code: 16 } as const

const element = (
  type: string,
  children: LexicalNode[],
  extra: Record<string, unknown> = {},
): LexicalNode => ({
  type,
  children,
  direction: children.length ? 'ltr' : null,
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

export const lexical = {
  root: (children: LexicalNode[]): LexicalState => ({ root: element('root', children) }),
  paragraph: (children: LexicalNode[]) => element('paragraph', children, { textFormat: 0, textStyle: '' }),
  heading: (tag: 'h2' | 'h3' | 'h4', children: LexicalNode[]) => element('heading', children, { tag }),
  quote: (children: LexicalNode[]) => element('quote', children),
  list: (ordered: boolean, start: number, children: LexicalNode[]) =>
    element('list', children, { listType: ordered ? 'number' : 'bullet', start, tag: ordered ? 'ol' : 'ul' }),
  listItem: (value: number, children: LexicalNode[]) => element('listitem', children, { value }),
  text: (text: string, format = 0): LexicalNode => ({
    type: 'text',
    text,
    format,
    detail: 0,
    mode: 'normal',
    style: '',
    version: 1,
  }),
  lineBreak: (): LexicalNode => ({ type: 'linebreak', version: 1 }),
  horizontalRule: (): LexicalNode => ({ type: 'horizontalrule', version: 1 }),
  link: (fields: Record<string, unknown>, children: LexicalNode[]) =>
    element('link', children, { fields, version: 3 }),
  upload: (id: string, value: number | string, alt: string | undefined): LexicalNode => ({
    type: 'upload',
    id,
    relationTo: 'media',
    value,
    fields: alt ? { alt } : {},
    format: '',
    version: 3,
  }),
  block: (fields: Record<string, unknown>): LexicalNode => ({
    type: 'block',
    fields,
    format: '',
    version: 2,
  }),
  table: (rows: LexicalNode[]) => element('table', rows),
  tableRow: (cells: LexicalNode[]): LexicalNode => ({ type: 'tablerow', children: cells, version: 1 }),
  tableCell: (header: boolean, children: LexicalNode[]): LexicalNode => ({
    type: 'tablecell',
    children,
    headerState: header ? 1 : 0,
    colSpan: 1,
    rowSpan: 1,
    backgroundColor: null,
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  }),
}
