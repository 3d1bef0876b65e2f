/**
 * The id in a relationship or upload value: Payload gives the related document itself when it was
 * read with depth, and only its id without. Undefined for an empty value.
 */
export function relationId<Id extends number | string>(
  value: Id | { id: Id } | null | undefined,
): Id | undefined
export function relationId(value: unknown): number | string | undefined
export function relationId(value: unknown): number | string | undefined {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'number' || typeof id === 'string' ? id : undefined
}
