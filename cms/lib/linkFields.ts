import type { FieldAffectingData, TextField, TextFieldSingleValidation } from 'payload'

import { checkLinkAddress } from '../../model/addresses'

/**
 * The address of a link in rich text. Payload's own check only refuses spaces, so `javascript:`,
 * `data:` and `vbscript:` addresses were saved, published and then stopped every site build. The
 * same rule as the site (model/addresses.ts) now refuses them on the field, with the reason.
 */
export const validateLinkAddress: TextFieldSingleValidation = (value, { siblingData }) => {
  if ((siblingData as { linkType?: string })?.linkType === 'internal') return true
  return checkLinkAddress(value ?? '')
}

/** LinkFeature's own fields, with our check on the address. */
export const linkFields = ({
  defaultFields,
}: {
  defaultFields: FieldAffectingData[]
}): FieldAffectingData[] =>
  defaultFields.map((field) =>
    field.type === 'text' && field.name === 'url'
      ? ({ ...field, hasMany: false, validate: validateLinkAddress } as TextField)
      : field,
  )
