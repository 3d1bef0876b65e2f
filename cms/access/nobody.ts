import type { Access } from 'payload'

/** Written by the system only (with overrideAccess), never through the API. */
export const nobody: Access = () => false
