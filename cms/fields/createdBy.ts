import type { Field } from 'payload'

/**
 * Who created the document. It decides what an author may edit (see access/isEditorOrOwnDraft)
 * and is set by the setCreatedBy hook, never by the client.
 */
export const createdBy: Field = {
  name: 'createdBy',
  type: 'relationship',
  relationTo: 'users',
  index: true,
  access: {
    create: () => false,
    update: () => false,
  },
  admin: {
    position: 'sidebar',
    readOnly: true,
    condition: (data) => Boolean(data?.createdBy),
  },
}
