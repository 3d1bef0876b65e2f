/**
 * A small pool for anonymous API requests: at most `total` at once, and at most `perClient` from
 * one address. A request that finds no room is answered at once (503 or 429 with Retry-After)
 * instead of waiting, so a flood of anonymous requests cannot pile up in memory or delay the
 * requests of logged-in editors, which never enter the pool.
 *
 * In-process state (see anonymous.ts): with several CMS processes each has its own pool.
 */
export type Slot = { release: () => void }
export type Refusal = { refused: 'busy' | 'client' }

export class ConcurrencyPool {
  private active = 0
  private readonly perClient = new Map<string, number>()

  constructor(private readonly limits: () => { total: number; perClient: number }) {}

  acquire(client: string): Slot | Refusal {
    const { total, perClient } = this.limits()
    const mine = this.perClient.get(client) ?? 0
    if (mine >= perClient) return { refused: 'client' }
    if (this.active >= total) return { refused: 'busy' }
    this.active++
    this.perClient.set(client, mine + 1)
    let released = false
    return {
      release: () => {
        if (released) return
        released = true
        this.active--
        const left = (this.perClient.get(client) ?? 1) - 1
        if (left > 0) this.perClient.set(client, left)
        else this.perClient.delete(client)
      },
    }
  }

  get inUse(): number {
    return this.active
  }
}
