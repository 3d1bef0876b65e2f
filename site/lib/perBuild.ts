/**
 * Memos that last one build. The site's query modules remember what they computed (lists split by
 * language, cache-key digests, related posts, the settings) because getStaticPaths asks for the
 * same values once per page. `astro build` runs one build per process, so "once per process" was
 * enough; a process that keeps its rendering code and renders again after content changed (the
 * warm renderer) must start every memo afresh, or the second build would see the first one's data.
 *
 * The build's number is a global under a registered symbol: in `astro build` these modules are
 * loaded more than once (the config's bundle and the pages' chunks), and all copies must forget
 * together.
 */
const GENERATION_KEY = Symbol.for('openambt.buildGeneration')

type WithGeneration = { [GENERATION_KEY]?: number }

/** Which build of this process is running: 0 for the first. */
export function buildGeneration(): number {
  return (globalThis as WithGeneration)[GENERATION_KEY] ?? 0
}

/** Starts the next build in this process: every `perBuild` value is computed again when next asked. */
export function startNextBuild(): void {
  ;(globalThis as WithGeneration)[GENERATION_KEY] = buildGeneration() + 1
}

/** A value made on first use in each build, e.g. `const cache = perBuild(() => new Map())`. */
export function perBuild<T>(make: () => T): () => T {
  let madeIn: number | undefined
  let value: T
  return () => {
    const generation = buildGeneration()
    if (madeIn !== generation) {
      value = make()
      madeIn = generation
    }
    return value
  }
}

/**
 * A memo that outlasts a build, for values that follow from an input with a stamp (a content
 * entry's digest): a build reuses the value of the build before while the stamp is the same. In
 * `astro build` (one build per process) that is a `perBuild` memo; in the warm renderer it spares
 * recomputing 20,000 entries' digests when one changed. Values the last build did not ask for are
 * dropped.
 */
export function stampedMemo<T>(): (key: string, stamp: string, make: () => T) => T {
  type Kept = { stamp: string; value: T }
  let previous = new Map<string, Kept>()
  let current = new Map<string, Kept>()
  let generation: number | undefined
  return (key, stamp, make) => {
    if (generation !== buildGeneration()) {
      // Only the build just before counts: one that never asked leaves nothing to keep.
      previous = generation === buildGeneration() - 1 ? current : new Map()
      current = new Map()
      generation = buildGeneration()
    }
    const kept = current.get(key) ?? previous.get(key)
    if (kept?.stamp === stamp) {
      current.set(key, kept)
      return kept.value
    }
    const value = make()
    current.set(key, { stamp, value })
    return value
  }
}
