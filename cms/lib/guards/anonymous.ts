/**
 * What anonymous API requests share: server time per client and for all of them together (see
 * timeBudget.ts), and slots in a small pool (see concurrency.ts). People logged in bypass all of
 * it, so whatever anonymous clients send, editors keep most of the server.
 *
 * In-process state, on globalThis because Next may load this module once per route bundle; with
 * several CMS processes each counts for itself, and a restart forgets.
 */
import { ConcurrencyPool } from './concurrency'
import { anonymousConcurrency, anonymousTime } from './limits'
import { TimeBudget } from './timeBudget'

type AnonymousLimits = { pool: ConcurrencyPool; time: { perClient: TimeBudget; total: TimeBudget } | null }

export type Refusal = { status: 429 | 503; message: string; retryAfterSeconds: number }
export type Admission = { refused: Refusal } | { refused?: undefined; done: (elapsedMs: number) => void }

const ALL_CLIENTS = '*'
const KEY = Symbol.for('openambt.api.anonymousLimits')

const create = (): AnonymousLimits => {
  const time = anonymousTime()
  return {
    pool: new ConcurrencyPool(anonymousConcurrency),
    time: time && { perClient: new TimeBudget(time.perClient), total: new TimeBudget(time.total) },
  }
}

export function anonymousLimits(): AnonymousLimits {
  const store = globalThis as unknown as Record<symbol, AnonymousLimits | undefined>
  return (store[KEY] ??= create())
}

/** Starts over with nothing used (tests). */
export function resetAnonymousLimits(): void {
  ;(globalThis as unknown as Record<symbol, AnonymousLimits | undefined>)[KEY] = create()
}

/** Lets an anonymous request from `client` in, or says why not; `done` returns its slot and charges its time. */
export function admitAnonymous(client: string): Admission {
  const limits = anonymousLimits()
  const clientWait = limits.time?.perClient.waitFor(client) ?? 0
  if (clientWait > 0) {
    const retryAfterSeconds = seconds(clientWait)
    return {
      refused: {
        status: 429,
        message: `Your address has used its share of the CMS for now. Try again in ${retryAfterSeconds} seconds.`,
        retryAfterSeconds,
      },
    }
  }
  const busyWait = limits.time?.total.waitFor(ALL_CLIENTS) ?? 0
  if (busyWait > 0) {
    const retryAfterSeconds = seconds(busyWait)
    return {
      refused: {
        status: 503,
        message: `The CMS is busy with anonymous requests. Try again in ${retryAfterSeconds} seconds.`,
        retryAfterSeconds,
      },
    }
  }
  const slot = limits.pool.acquire(client)
  if ('refused' in slot) {
    return {
      refused:
        slot.refused === 'busy'
          ? {
              status: 503,
              message: 'The CMS is busy with other anonymous requests. Try again in a moment.',
              retryAfterSeconds: 2,
            }
          : {
              status: 429,
              message: 'Too many requests at once from your address. Wait for one to finish.',
              retryAfterSeconds: 1,
            },
    }
  }
  return {
    done: (elapsedMs) => {
      slot.release()
      limits.time?.perClient.charge(client, elapsedMs)
      limits.time?.total.charge(ALL_CLIENTS, elapsedMs)
    },
  }
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000))
