/**
 * Counts attempts per key and, past a number of free ones, makes the key wait: the first wait is
 * `baseDelayMs`, each further failure doubles it, up to `maxDelayMs`. A key is forgotten
 * `forgetAfterMs` after its last attempt, or at once on success. Used for logins and password
 * reset requests; keys name an address and/or a client, never an account, so an attacker can
 * only slow down their own attempts.
 *
 * In-process memory: a restart forgets everything, and several CMS processes count separately.
 */
export type BackoffPolicy = {
  freeAttempts: number
  baseDelayMs: number
  maxDelayMs: number
  forgetAfterMs: number
  /** Bound on remembered keys, so a flood of invented addresses cannot grow memory without end. */
  maxKeys?: number
}

type Entry = { attempts: number; blockedUntil: number; lastAttempt: number }

export class Backoff {
  private readonly entries = new Map<string, Entry>()

  constructor(
    private readonly policy: BackoffPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the key may try again; 0 when it may now. */
  waitFor(key: string): number {
    const entry = this.fresh(key)
    return entry ? Math.max(0, entry.blockedUntil - this.now()) : 0
  }

  /** Counts an attempt; counted before the outcome is known, so parallel attempts count too. */
  attempt(key: string): void {
    const now = this.now()
    const entry = this.fresh(key) ?? { attempts: 0, blockedUntil: 0, lastAttempt: now }
    entry.attempts++
    entry.lastAttempt = now
    const over = entry.attempts - this.policy.freeAttempts
    if (over >= 0) {
      entry.blockedUntil = now + Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** over)
    }
    // Re-inserting keeps the map in order of last use, so the oldest key is evicted first.
    this.entries.delete(key)
    this.entries.set(key, entry)
    const maxKeys = this.policy.maxKeys ?? 50_000
    if (this.entries.size > maxKeys) this.entries.delete(this.entries.keys().next().value as string)
  }

  /** Takes back one counted attempt (it succeeded) without forgetting the others. */
  undo(key: string): void {
    const entry = this.fresh(key)
    if (!entry) return
    entry.attempts = Math.max(0, entry.attempts - 1)
    if (entry.attempts < this.policy.freeAttempts) entry.blockedUntil = 0
  }

  forget(key: string): void {
    this.entries.delete(key)
  }

  private fresh(key: string): Entry | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    const now = this.now()
    if (now - entry.lastAttempt > this.policy.forgetAfterMs && now >= entry.blockedUntil) {
      this.entries.delete(key)
      return undefined
    }
    return entry
  }
}
