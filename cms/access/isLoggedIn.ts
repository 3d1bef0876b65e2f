import type { Access, FieldAccess } from 'payload'

export const isLoggedIn: Access = ({ req: { user } }) => Boolean(user)

export const isLoggedInField: FieldAccess = ({ req: { user } }) => Boolean(user)
