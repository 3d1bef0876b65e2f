/**
 * The REST query parameters that decide how much work a request costs (depth, limit, pagination)
 * or that Payload would pass on unchecked (where, data). A request outside the bounds is refused
 * with 400 and a sentence saying what to send instead, rather than silently clamped: a client that
 * asked for depth 5 and got depth 2 would read missing relations as missing data.
 */
import { MAX_DEPTH, MAX_LIMIT } from './limits'
import { checkWhere, conditionsFromSearch, type WhereTarget } from './whereCheck'

export type QueryOptions = { loggedIn: boolean; where?: WhereTarget }

const whole = /^\d+$/

export function checkRestQuery(params: URLSearchParams, { loggedIn, where }: QueryOptions): string | null {
  const who = loggedIn ? 'logged-in users' : 'anonymous requests'

  const depth = params.get('depth')
  const maxDepth = loggedIn ? MAX_DEPTH.user : MAX_DEPTH.anonymous
  if (depth !== null && !(whole.test(depth) && Number(depth) <= maxDepth)) {
    return (
      `depth must be a whole number from 0 to ${maxDepth} for ${who} (got "${depth}").` +
      (loggedIn ? '' : ` Log in for up to ${MAX_DEPTH.user}, or fetch related documents separately.`)
    )
  }

  const limit = params.get('limit')
  if (limit !== null) {
    const allowed = whole.test(limit) && (loggedIn ? true : Number(limit) >= 1 && Number(limit) <= MAX_LIMIT)
    if (!allowed) {
      return loggedIn
        ? `limit must be a whole number (got "${limit}").`
        : `limit must be a whole number from 1 to ${MAX_LIMIT} for anonymous requests (got "${limit}"); use page=2, 3, ... for more.`
    }
  }

  const page = params.get('page')
  if (page !== null && !(whole.test(page) && Number(page) >= 1)) {
    return `page must be a whole number from 1 (got "${page}").`
  }

  const pagination = params.get('pagination')
  if (pagination !== null && !loggedIn && pagination !== 'true') {
    return `pagination=${pagination} is not allowed for anonymous requests; pages hold at most ${MAX_LIMIT} documents.`
  }

  const data = params.get('data')
  if (data !== null && data !== '' && !isJson(data)) return 'The query parameter "data" must be JSON.'

  const conditions = conditionsFromSearch(params)
  if (typeof conditions === 'string') return conditions
  return checkWhere(conditions, where)
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
