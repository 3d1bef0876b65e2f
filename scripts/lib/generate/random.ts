/**
 * The one source of chance in generated content: a seeded mulberry32, so the same seed gives the
 * same numbers on every machine. Each kind draws from its own stream (`Random.for(seed, 'posts')`),
 * so generating more tips does not change a single post.
 */
export class Random {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** A stream of its own for `label`, derived from the run's seed (FNV-1a over the label). */
  static for(seed: number, label: string): Random {
    let hash = 0x811c9dc5 ^ (seed >>> 0)
    for (let index = 0; index < label.length; index++) {
      hash ^= label.charCodeAt(index)
      hash = Math.imul(hash, 0x01000193)
    }
    return new Random(hash >>> 0)
  }

  /** A number in [0, 1): mulberry32. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let value = this.state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('cannot pick from an empty list')
    return list[Math.floor(this.next() * list.length)]
  }

  /** An item with a chance proportional to its weight. */
  weighted<T>(list: readonly T[], weight: (item: T) => number): T {
    const weights = list.map(weight)
    let left = this.next() * weights.reduce((sum, each) => sum + each, 0)
    for (let index = 0; index < list.length; index++) {
      left -= weights[index]
      if (left < 0) return list[index]
    }
    return this.pick(list)
  }

  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(list: readonly T[]): T[] {
    const copy = [...list]
    for (let index = copy.length - 1; index > 0; index--) {
      const other = Math.floor(this.next() * (index + 1))
      ;[copy[index], copy[other]] = [copy[other], copy[index]]
    }
    return copy
  }

  /** `count` different items, in the order drawn (fewer when the list is shorter). */
  sample<T>(list: readonly T[], count: number): T[] {
    return this.shuffle(list).slice(0, count)
  }
}
