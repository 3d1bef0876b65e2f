import type { Field } from 'payload'

/** The shared tags that tie posts, tips, speakers and chapters together on topic pages. */
export const topics: Field = {
  name: 'topics',
  type: 'relationship',
  relationTo: 'topics',
  hasMany: true,
  label: { nl: 'Onderwerpen', en: 'Topics' },
  admin: { position: 'sidebar' },
}
