/**
 * How often the readers' forms may be used, counted in this process's memory: per client address,
 * per e-mail address and in total. A refused attempt costs a map lookup, no body is read and
 * nothing touches the database, so a flood from one address does not slow the admin down.
 * Attempts refused for being too many count too: a client that keeps trying stays refused.
 */
export type RateLimit = { limit: number; windowMs: number }

export const FORM_LIMITS = {
  /** One client address (per form), attempts with mistakes included: plenty for a person, or an office behind one address. */
  perClient: { limit: 10, windowMs: 10 * 60_000 },
  /** One e-mail address (per form), wherever it posts from. */
  perAddress: { limit: 3, windowMs: 60 * 60_000 },
  /** Everyone together (per form): a flood from many addresses cannot fill the Inbox. */
  total: { limit: 60, windowMs: 60_000 },
  /** Registrations together: the network day opens for 400 people, and many come at once. */
  totalRegistrations: { limit: 300, windowMs: 60_000 },
} satisfies Record<string, RateLimit>

/** The most keys one window remembers; beyond this the oldest are forgotten. */
const MAX_KEYS = 50_000

export class SlidingWindow {
  private readonly hits = new Map<string, number[]>()
  constructor(private readonly rate: RateLimit) {}

  /** Counts an attempt for `key`; false when it is over the limit (the attempt still counts). */
  hit(key: string, now = Date.now()): boolean {
    const since = now - this.rate.windowMs
    const recent = (this.hits.get(key) ?? []).filter((time) => time > since)
    // Keep at most limit + 1 times: enough to know the key is over its limit.
    recent.push(now)
    if (recent.length > this.rate.limit + 1) recent.shift()
    this.hits.delete(key)
    this.hits.set(key, recent)
    if (this.hits.size > MAX_KEYS) this.hits.delete(this.hits.keys().next().value!)
    return recent.length <= this.rate.limit
  }

  /** Seconds until `key` may try again. */
  retryAfterSeconds(key: string, now = Date.now()): number {
    const oldest = this.hits.get(key)?.[0] ?? now
    return Math.max(1, Math.ceil((oldest + this.rate.windowMs - now) / 1000))
  }

  clear(): void {
    this.hits.clear()
  }
}
