import type { Field } from 'payload'

import { refuseMissingRelations } from './refuseMissingRelations'

/**
 * The same fields, each relationship and upload field among them (also inside groups, rows,
 * collapsibles, tabs, arrays and blocks) refusing ids of documents that do not exist. Applied to
 * a collection's whole field list, so a relation added later is checked without anyone remembering to.
 */
export function withExistingRelations(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    switch (field.type) {
      case 'relationship':
      case 'upload':
        return {
          ...field,
          hooks: {
            ...field.hooks,
            beforeValidate: [...(field.hooks?.beforeValidate ?? []), refuseMissingRelations],
          },
        }
      case 'array':
      case 'collapsible':
      case 'group':
      case 'row':
        return { ...field, fields: withExistingRelations(field.fields) }
      case 'tabs':
        return {
          ...field,
          tabs: field.tabs.map((tab) => ({ ...tab, fields: withExistingRelations(tab.fields) })),
        }
      case 'blocks':
        return {
          ...field,
          blocks: field.blocks.map((block) => ({ ...block, fields: withExistingRelations(block.fields) })),
        }
      default:
        return field
    }
  })
}
