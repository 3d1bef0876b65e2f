import {
  slugField,
  type Field,
  type FieldHook,
  type TextField,
  type TextFieldSingleValidation,
} from 'payload'

import { slugify, validateSlugValue } from '../../model/slugs'

type SlugOptions = {
  /** Slugs that would clash with the site's own addresses (for pages served at /<slug>/). */
  reserved?: readonly string[]
  /** Names (people) keep one slug in every language; titles get one per language. */
  localized?: boolean
}

/**
 * A slug, generated from `useAsSlug` until an editor changes it, unique per collection (and
 * per language when localized), and restricted to lower case letters, digits and dashes (it becomes a URL on the site).
 */
export const slug = (useAsSlug = 'title', { reserved = [], localized = true }: SlugOptions = {}): Field => {
  const validate: TextFieldSingleValidation = (value) => {
    const valid = validateSlugValue(value)
    if (valid !== true) return valid
    return reserved.includes(value as string)
      ? `"${value}" is already used by the site itself (${reserved.join(', ')}); choose another slug.`
      : true
  }
  // Payload's own generator runs in a beforeChange hook of a sibling checkbox, concurrently with the
  // slug's validation, so an empty slug could fail "required" before it is generated. Filling it
  // before validation starts removes that race; Payload's hook still keeps it in step on autosave.
  const fillFromSource: FieldHook = ({ value, data }) => {
    if (typeof value === 'string' && value !== '') return value
    const source = data?.[useAsSlug]
    return typeof source === 'string' && source.trim() ? slugify(source) : value
  }
  return slugField({
    useAsSlug,
    localized,
    slugify: ({ valueToSlugify }) =>
      typeof valueToSlugify === 'string' ? slugify(valueToSlugify) : undefined,
    overrides: (row) => {
      row.fields = row.fields.map((field): Field => {
        if (field.type !== 'text' || field.name !== 'slug') return field
        const slugText: TextField = {
          ...(field as TextField & { hasMany?: false }),
          hooks: { ...field.hooks, beforeValidate: [...(field.hooks?.beforeValidate ?? []), fillFromSource] },
          validate,
          admin: {
            ...field.admin,
            description: 'Lower-case letters, digits and dashes. Changing it changes the page address.',
          },
        }
        return slugText
      })
      return row
    },
  })
}
