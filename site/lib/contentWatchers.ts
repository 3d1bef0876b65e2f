/**
 * How a renderer that stays running (scripts/lib/siteRenderer/) tells the content loaders which
 * files of content/ changed since its last build.
 *
 * Astro's glob loader already knows how to sync one file: when its context has a `watcher` (in
 * `astro dev`, the dev server's file watcher), it listens for `change`, `add` and `unlink` and
 * re-reads, re-renders and stores just that file. `astro build` passes no watcher; our loader
 * (lib/contentLoader.ts) then passes one of these instead, which never fires on its own. A renderer
 * that stays running fires it with the files the CMS export wrote, and waits until each is synced.
 * The glob loader reports a file it cannot sync to the logger and carries on, so the logger given
 * with the watcher also keeps those reports: a renderer must not publish around a failed file.
 */
import path from 'node:path'

import type { LoaderContext } from 'astro/loaders'

export type FileEvent = 'add' | 'change' | 'unlink'

type Listener = (file: string) => unknown

type Logger = LoaderContext['logger']

export class ContentFolderWatcher {
  /** What the glob loader reported as an error since the last `takeProblems()`. */
  #problems: string[] = []
  #listeners = new Map<string, Listener[]>()

  constructor(
    /** The collection's folder, absolute. */
    readonly folder: string,
  ) {}

  /** The glob loader adds its folder; this watcher knows it already. */
  add(): this {
    return this
  }

  on(event: string, listener: Listener): this {
    this.#listeners.set(event, [...(this.#listeners.get(event) ?? []), listener])
    return this
  }

  /** Syncs one file of this folder (an absolute path), and resolves when the loader is done with it. */
  async emit(event: FileEvent, file: string): Promise<void> {
    for (const listener of this.#listeners.get(event) ?? []) await listener(file)
  }

  /** Whether the loader registered its handlers (it does once its first load has finished). */
  get listening(): boolean {
    return this.#listeners.size > 0
  }

  /** The loader's logger, keeping every error it reports (besides logging it as before). */
  recording(logger: Logger): Logger {
    const problems = this.#problems
    return Object.create(logger, {
      error: {
        value: (message: string) => {
          problems.push(message)
          logger.error(message)
        },
      },
    }) as Logger
  }

  takeProblems(): string[] {
    return this.#problems.splice(0)
  }
}

const WATCHERS_KEY = Symbol.for('openambt.contentWatchers')

/**
 * The watchers of this process by collection, as a global: the content loaders run in the bundle
 * of Astro's config, the renderer in its own module graph.
 */
export function contentWatchers(): Map<string, ContentFolderWatcher> {
  const global = globalThis as { [WATCHERS_KEY]?: Map<string, ContentFolderWatcher> }
  return (global[WATCHERS_KEY] ??= new Map())
}

/** A new watcher for one collection's folder, replacing the one of an earlier sync. */
export function watchContentFolder(collection: string, folder: string): ContentFolderWatcher {
  const watcher = new ContentFolderWatcher(path.resolve(folder))
  contentWatchers().set(collection, watcher)
  return watcher
}
