import type { FieldAffectingData, TextField, TextFieldSingleValidation } from 'payload'

import { isSafeHref } from '../../site/lib/safety/safeHref'

/**
 * The address of a link in rich text. Payload's own check only refuses spaces, so `javascript:`,
 * `data:` and `vbscript:` addresses were saved, published and then stopped every site build. The
 * same rule as the site (site/lib/safety/safeHref.ts) now refuses them on the field, with the reason.
 */
export const validateLinkAddress: TextFieldSingleValidation = (value, { siblingData }) => {
  if ((siblingData as { linkType?: string })?.linkType === 'internal') return true
  if (!value) return 'Enter an address.'
  if (/\s/.test(value.trim())) return `"${value}" contains spaces; an address has none.`
  return isSafeHref(value)
    ? true
    : `"${value.slice(0, 60)}" cannot be a link: use an https://, http:// or mailto: address, or a path on this site such as /blog/.`
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
