/**
 * The bounds the API guard enforces, in one place. Anonymous traffic gets tight ones (the public
 * site is static and never calls the API, so anonymous callers are scripts and crawlers); people
 * logged in to the admin get roomier ones that the admin itself stays well inside.
 */
import type { BudgetPolicy } from './timeBudget'

const MB = 1024 * 1024

const positiveNumber = (value: string | undefined, fallback: number): number => {
  const number = Number(value)
  return value && Number.isFinite(number) && number > 0 ? number : fallback
}

/** Population depth (`?depth=`). Payload's `maxDepth` in payload.config.ts is the hard ceiling. */
export const MAX_DEPTH = { anonymous: 2, user: 5 } as const

/** Documents per page (`?limit=`). Logged-in users may send `limit=0` (all): the admin does. */
export const MAX_LIMIT = 100

/** Conditions in one `where` (each may become a join), and how deeply and/or may nest. */
export const MAX_WHERE_CONDITIONS = 50
/** Payload parses query strings with qs at depth 10: anything deeper arrives garbled. */
export const MAX_WHERE_NESTING = 10

/** Bodies that are not uploads (JSON, form-urlencoded, GraphQL). Uploads: MAX_UPLOAD_MB. */
export const maxBodyBytes = (loggedIn: boolean): number =>
  loggedIn ? 10 * MB : positiveNumber(process.env.API_MAX_BODY_KB, 1024) * 1024

/**
 * GraphQL bodies, for everyone: queries are small, and cms/proxy.ts (which Next runs before the
 * route, buffering the body) must not buffer more than this.
 */
export const GRAPHQL_BODY_BYTES = 1 * MB

/**
 * Anonymous API requests handled at once, and by one client address. Further ones are answered
 * 503 (all busy) or 429 (this address has its share) at once, so they cannot queue up and starve
 * the people logged in, who bypass the pool.
 */
export const anonymousConcurrency = (): { total: number; perClient: number } => {
  const total = Math.floor(positiveNumber(process.env.API_ANON_CONCURRENCY, 4))
  return { total, perClient: Math.max(1, Math.ceil(total / 2)) }
}

/**
 * Server time anonymous requests may take (see timeBudget.ts): one client may burst
 * API_ANON_TIME_BUDGET_MS (default 1 s) and then use a tenth of a core; all anonymous clients
 * together twice that, and then under a third of a core. The SQLite driver works synchronously, so
 * requests are served one after another: the burst is also about the longest an editor's request
 * waits behind a flood of anonymous ones. 0 turns the budgets off (the pool stays).
 */
export const anonymousTime = (): { perClient: BudgetPolicy; total: BudgetPolicy } | null => {
  const raw = process.env.API_ANON_TIME_BUDGET_MS
  const burstMs = raw === '0' ? 0 : positiveNumber(raw, 1_000)
  if (burstMs === 0) return null
  return {
    perClient: { burstMs, refillPerSecondMs: 100 },
    total: { burstMs: 2 * burstMs, refillPerSecondMs: 300 },
  }
}

/** GraphQL: query text, aliases, selection depth and an estimate of the documents returned. */
export const GRAPHQL_LIMITS = {
  maxQueryBytes: 20_000,
  maxAliases: 10,
  maxSelectionDepth: { anonymous: 6, user: 10 },
  /** Sum over the query of (documents a list may return x the fields asked for each). */
  maxCost: { anonymous: 5_000, user: 50_000 },
} as const
