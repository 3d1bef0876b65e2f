import { Backoff } from '../../lib/guards/backoff'

const MINUTE = 60_000

/**
 * Limits on logins and password reset requests, kept per process (see Backoff). Keys pair the
 * address with the client, so failures from elsewhere never lock the real user out of their
 * account on their own network; the per-client ceiling stops one client from trying many
 * addresses. Both count the same for addresses that exist and those that do not.
 */
function create() {
  return {
    loginPerAddress: new Backoff({
      freeAttempts: 5,
      baseDelayMs: 30_000,
      maxDelayMs: 15 * MINUTE,
      forgetAfterMs: 60 * MINUTE,
    }),
    loginPerClient: new Backoff({
      freeAttempts: 30,
      baseDelayMs: 30_000,
      maxDelayMs: 15 * MINUTE,
      forgetAfterMs: 15 * MINUTE,
    }),
    resetPerAddress: new Backoff({
      freeAttempts: 3,
      baseDelayMs: 60_000,
      maxDelayMs: 15 * MINUTE,
      forgetAfterMs: 60 * MINUTE,
    }),
    resetPerClient: new Backoff({
      freeAttempts: 10,
      baseDelayMs: 60_000,
      maxDelayMs: 15 * MINUTE,
      forgetAfterMs: 60 * MINUTE,
    }),
  }
}

export type AuthLimits = ReturnType<typeof create>

const KEY = Symbol.for('openambt.authLimits')

/** One set per process: Next may load this module once per route bundle. */
export function authLimits(): AuthLimits {
  const store = globalThis as unknown as Record<symbol, AuthLimits | undefined>
  return (store[KEY] ??= create())
}

/** Starts over with no attempts counted (tests). */
export function resetAuthLimits(): void {
  ;(globalThis as unknown as Record<symbol, AuthLimits | undefined>)[KEY] = create()
}

/** The address as Payload looks it up: lower case, trimmed. */
export const normalizeEmail = (email: unknown): string =>
  typeof email === 'string' ? email.toLowerCase().trim() : ''

export const pairKey = (email: string, client: string) => `${email}\u0000${client}`
