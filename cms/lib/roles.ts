import type { User } from '../payload-types'

export const ROLES = ['admin', 'editor', 'author'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = Pick<User, 'role'> | null | undefined

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user?.role && roles.includes(user.role as Role))

export const isAdminUser = (user: MaybeUser): boolean => hasRole(user, 'admin')

/** Editors and admins may publish and edit everyone's content. */
export const canPublish = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor')
