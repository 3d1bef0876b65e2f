/**
 * Checks a `where` query before Payload runs it. Payload answers an unknown field with a 400
 * already, but a garbled structure, an unknown operator, a date that is no date or an id that is
 * no number reach the database and come back as 500 "Something went wrong": the client cannot
 * tell what to fix. Here each mistake gets a sentence that names the parameter as it was sent.
 */
import { getFieldByPath, type FlattenedField, type SanitizedConfig } from 'payload'
import { validOperatorSet } from 'payload/shared'

import { MAX_WHERE_CONDITIONS, MAX_WHERE_NESTING } from './limits'

/** One leaf of the query: the brackets after `where` and the value sent for them. */
export type WhereCondition = { path: string[]; value: unknown }

/** What the checker needs to know about the collection queried; without it only shape is checked. */
export type WhereTarget = { fields: FlattenedField[]; config: SanitizedConfig; idType: 'number' | 'text' }

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const COMPARISONS = new Set([
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])

const show = (path: string[]) => `where${path.map((segment) => `[${segment}]`).join('')}`

/** `where[or][0][title][like]=x` as a URLSearchParams key, split into its brackets. */
export function conditionsFromSearch(params: URLSearchParams): WhereCondition[] | string {
  const conditions: WhereCondition[] = []
  for (const [key, value] of params) {
    if (key === 'where') {
      const parsed = parseJsonWhere(value)
      if (typeof parsed === 'string') return parsed
      conditions.push(...parsed)
      continue
    }
    if (!key.startsWith('where[')) continue
    const rest = key.slice('where'.length)
    const path = [...rest.matchAll(/\[([^\]]*)\]/g)].map((match) => match[1])
    if (path.map((segment) => `[${segment}]`).join('') !== rest) {
      return `The query parameter "${key}" is not of the form where[field][operator]=value.`
    }
    conditions.push({ path, value })
  }
  return conditions
}

/** Payload also accepts the whole query as JSON: `?where={"title":{"equals":"x"}}`. */
function parseJsonWhere(text: string): WhereCondition[] | string {
  let where: unknown
  try {
    where = JSON.parse(text)
  } catch {
    return 'The query parameter "where" is neither JSON nor of the form where[field][operator]=value.'
  }
  if (!isObject(where)) return 'The query parameter "where" must be a JSON object of conditions.'
  const conditions: WhereCondition[] = []
  const walk = (node: Record<string, unknown>, prefix: string[]) => {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'and' || key === 'or') && (Array.isArray(value) || isObject(value))) {
        for (const [index, item] of Object.entries(value as object)) {
          if (isObject(item)) walk(item, [...prefix, key, index])
          else conditions.push({ path: [...prefix, key, index], value: item })
        }
      } else if (key !== 'and' && key !== 'or' && isObject(value)) {
        for (const [operator, operand] of Object.entries(value))
          conditions.push({ path: [...prefix, key, operator], value: operand })
      } else conditions.push({ path: [...prefix, key], value })
    }
  }
  walk(where, [])
  return conditions
}

/** The first problem with the conditions, or null when Payload may run them. */
export function checkWhere(conditions: WhereCondition[], target?: WhereTarget): string | null {
  if (conditions.length > MAX_WHERE_CONDITIONS) {
    return `The query has ${conditions.length} where conditions; at most ${MAX_WHERE_CONDITIONS} are allowed.`
  }
  for (const condition of conditions) {
    const problem = checkCondition(condition, target)
    if (problem) return problem
  }
  return null
}

function checkCondition({ path, value }: WhereCondition, target?: WhereTarget): string | null {
  if (path.length > MAX_WHERE_NESTING) {
    return `${show(path.slice(0, 4))}... is nested ${path.length} brackets deep; at most ${MAX_WHERE_NESTING} are allowed. Use fewer and/or levels.`
  }
  let index = 0
  while (path[index] === 'and' || path[index] === 'or') {
    if (!/^\d+$/.test(path[index + 1] ?? '')) {
      return `${show(path.slice(0, index + 1))} must be a list of conditions, like ${show([...path.slice(0, index + 1), '0', 'title', 'equals'])}=...`
    }
    index += 2
  }
  const [field, operator, ...rest] = path.slice(index)
  if (!field) return `${show(path)} must hold conditions, like ${show([...path, 'title', 'equals'])}=...`
  if (!operator) return `${show(path)} needs an operator, like ${show([...path, 'equals'])}=...`
  if (!validOperatorSet.has(operator as never)) {
    return `"${operator}" in ${show(path)} is not a query operator; use one of ${[...validOperatorSet].join(', ')}.`
  }
  const valueTakesParts = LIST_OPERATORS.has(operator) || GEO_OPERATORS.has(operator)
  if (
    rest.length &&
    !(valueTakesParts && rest.every((part) => /^\d*$/.test(part) || GEO_OPERATORS.has(operator)))
  ) {
    return `${show(path.slice(0, index + 2))} takes a single value, not ${show(path)}.`
  }
  return target ? checkValue(path.slice(0, index + 2), field, operator, value, target) : null
}

/** The value must be something the database can compare with this field. */
function checkValue(
  path: string[],
  fieldPath: string,
  operator: string,
  value: unknown,
  target: WhereTarget,
): string | null {
  const field = fieldAt(fieldPath, target)
  if (!field) return null // Payload itself answers "The following path cannot be queried".
  const name = show(path)
  if (GEO_OPERATORS.has(operator)) {
    return field.type === 'point'
      ? null
      : `${name}: "${operator}" works on point fields only; ${fieldPath} is a ${field.type} field.`
  }
  if (operator === 'exists') {
    return ['true', 'false', true, false].includes(value as never) ? null : `${name} must be true or false.`
  }
  if (!COMPARISONS.has(operator) && !LIST_OPERATORS.has(operator)) return null
  const values = valuesOf(value, LIST_OPERATORS.has(operator)).filter(
    (each) => each !== '' && each !== 'null' && each !== null,
  )
  const kind = valueKind(field, target)
  if (kind === 'date') {
    const bad = values.find((each) => typeof each !== 'string' || Number.isNaN(Date.parse(each)))
    if (bad !== undefined)
      return `${name}: "${String(bad)}" is not a date; use ISO 8601, like 2026-01-31 or 2026-01-31T12:00:00Z.`
  }
  if (kind === 'number' || kind === 'id') {
    const bad = values.find((each) => !/^-?\d+(\.\d+)?$/.test(String(each)))
    if (bad !== undefined) {
      return `${name}: "${String(bad)}" is not ${kind === 'id' ? 'a document id (a number)' : 'a number'}.`
    }
  }
  return null
}

type FieldLike = { type: string; relationTo?: unknown }

function fieldAt(path: string, target: WhereTarget): FieldLike | null {
  if (path === 'id') return { type: 'id' }
  const found = getFieldByPath({
    config: target.config,
    fields: target.fields,
    includeRelationships: true,
    path,
  })
  return found ? (found.field as FieldLike) : null
}

function valueKind(field: FieldLike, target: WhereTarget): 'date' | 'number' | 'id' | 'other' {
  if (field.type === 'date') return 'date'
  if (field.type === 'number') return 'number'
  const isId =
    field.type === 'id' ||
    ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string')
  return isId && target.idType === 'number' ? 'id' : 'other'
}

/** `in` takes a list, sent as repeated brackets or comma-separated. */
function valuesOf(value: unknown, isList: boolean): unknown[] {
  if (Array.isArray(value)) return value
  if (isList && typeof value === 'string') return value.split(',')
  return [value]
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
