/**
 * Server time as a budget: each key (a client address, or all anonymous callers together) has a
 * bucket of milliseconds that refills at a steady rate, and every request it makes is charged the
 * time it took. The SQLite driver does its work synchronously, so requests run one after another
 * and a pool of concurrent slots alone never fills up; what a flood of anonymous requests takes
 * from editors is server time, so that is what is limited. A request is let in while its bucket is
 * above zero, so one slow request can overdraw it, and the next wait is longer.
 *
 * In-process memory, like the other limits: per CMS process, forgotten on restart.
 */
export type BudgetPolicy = { burstMs: number; refillPerSecondMs: number; maxKeys?: number }

type Bucket = { balance: number; updatedAt: number }

export class TimeBudget {
  private readonly buckets = new Map<string, Bucket>()

  constructor(
    private readonly policy: BudgetPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the key may make another request; 0 when it may now. */
  waitFor(key: string): number {
    const { balance } = this.current(key)
    return balance > 0 ? 0 : Math.ceil(((1 - balance) / this.policy.refillPerSecondMs) * 1000)
  }

  charge(key: string, ms: number): void {
    const bucket = this.current(key)
    bucket.balance -= ms
    this.buckets.delete(key)
    this.buckets.set(key, bucket)
    if (this.buckets.size > (this.policy.maxKeys ?? 50_000))
      this.buckets.delete(this.buckets.keys().next().value as string)
  }

  private current(key: string): Bucket {
    const now = this.now()
    const bucket = this.buckets.get(key) ?? { balance: this.policy.burstMs, updatedAt: now }
    const refill = ((now - bucket.updatedAt) / 1000) * this.policy.refillPerSecondMs
    bucket.balance = Math.min(this.policy.burstMs, bucket.balance + refill)
    bucket.updatedAt = now
    if (!this.buckets.has(key)) this.buckets.set(key, bucket)
    return bucket
  }
}
