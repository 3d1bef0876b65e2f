/**
 * What checking a content file found, remembered between runs, so a build reads and checks only
 * the files that changed. Reading all of content/ costs a few milliseconds a file (YAML, schema,
 * the Markdown parse); at ten thousand posts that is most of a minute, paid by every build and
 * again by the book. Each outcome is filed under a digest of exactly what was checked (the kind and
 * the file's text, or a body and how it is read), so a changed file is checked again and an
 * unchanged one never is.
 *
 * The memo belongs to one version of the checks: `version` is a digest of the code that checks
 * (model/), given by the caller, and a memo written by other code is ignored. It is written whole
 * to a temporary file and renamed, so a killed run leaves the old memo or the new one, and only the
 * entries used in this run are kept, so it does not grow with files long deleted.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

export type CheckMemo = {
  /** The outcome filed under `key`, if there is one. */
  recall<T>(key: string): T | undefined
  /** Files `value` (anything JSON can hold) under `key`. */
  remember(key: string, value: unknown): void
  /** Writes the memo back when anything in it changed (a no-op for a memo without a file). */
  save(): Promise<void>
}

/** The digest a memo entry is filed under. */
export const memoKey = (...parts: string[]): string => {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('base64url')
}

type Stored = { version: string; entries: Record<string, unknown> }

/**
 * The memo in `file` for this `version` of the checks; without a file, a memo that lasts only as
 * long as the process.
 */
export async function openCheckMemo(file?: string, version = ''): Promise<CheckMemo> {
  const known = new Map<string, unknown>()
  if (file) {
    try {
      const stored = JSON.parse(await readFile(file, 'utf8')) as Stored
      if (stored.version === version)
        for (const [key, value] of Object.entries(stored.entries)) known.set(key, value)
    } catch {
      // No memo yet, or one cut short or unreadable: every file is checked, and the memo written anew.
    }
  }
  const used = new Map<string, unknown>()
  let changed = false
  return {
    recall<T>(key: string) {
      if (used.has(key)) return used.get(key) as T
      if (!known.has(key)) return undefined
      used.set(key, known.get(key))
      return known.get(key) as T
    },
    remember(key, value) {
      used.set(key, value)
      changed = true
    },
    async save() {
      if (!file || (!changed && used.size === known.size)) return
      await mkdir(path.dirname(file), { recursive: true })
      const partial = `${file}.${process.pid}.partial`
      const stored: Stored = { version, entries: Object.fromEntries(used) }
      await writeFile(partial, JSON.stringify(stored))
      await rename(partial, file)
      known.clear()
      for (const [key, value] of used) known.set(key, value)
      changed = false
    },
  }
}
