/**
 * What checking a content file found, remembered between runs, so a build reads and checks only
 * the files that changed. Reading all of content/ costs a few milliseconds a file (YAML, schema,
 * the Markdown parse); at ten thousand posts that is most of a minute, paid by every build and
 * again by the book. Each outcome is filed under a digest of exactly what was checked (the kind and
 * the file's text, or a body and how it is read), so a changed file is checked again and an
 * unchanged one never is.
 *
 * The memo belongs to one version of the checks: `version` is a digest of the code that checks
 * (model/), given by the caller, and a memo written by other code is ignored.
 *
 * On disk it is two files. `<file>` holds all entries as of its last full write: written whole to a
 * temporary file and renamed, so a killed run leaves the old memo or the new one, with only the
 * entries used in that run, so it does not grow with files long deleted. `<file>.journal` holds the
 * entries remembered since, a line each, appended: a publish at 10,000 posts adds a few hundred
 * entries to a memo of 18,000 pages (60 MB), and writing it whole took 1-2 s of every publish. A
 * line cut short by a kill ends the journal there. Once the journal or the entries nobody used
 * outgrow a quarter of the memo, the next save writes it whole again. An entry is filed under a
 * digest of what was checked, so an entry of the journal is right whichever full write it follows.
 */
import { createHash } from 'node:crypto'
import { appendFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
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

/** Beyond this share of the memo, the journal or the unused entries make the next save a full write. */
const REWRITE_SHARE = 0.25

/**
 * The memo in `file` for this `version` of the checks; without a file, a memo that lasts only as
 * long as the process.
 */
export async function openCheckMemo(file?: string, version = ''): Promise<CheckMemo> {
  const known = new Map<string, unknown>()
  const journal = `${file}.journal`
  let journaled = 0
  if (file) {
    try {
      const stored = JSON.parse(await readFile(file, 'utf8')) as Stored
      if (stored.version === version)
        for (const [key, value] of Object.entries(stored.entries)) known.set(key, value)
    } catch {
      // No memo yet, or one cut short or unreadable: every file is checked, and the memo written anew.
    }
    journaled = readJournal(await readFile(journal, 'utf8').catch(() => ''), version, known)
  }
  const used = new Map<string, unknown>()
  /** Entries remembered since the memo was opened or last saved. */
  const added = new Map<string, unknown>()
  return {
    recall<T>(key: string) {
      if (used.has(key)) return used.get(key) as T
      if (!known.has(key)) return undefined
      used.set(key, known.get(key))
      return known.get(key) as T
    },
    remember(key, value) {
      used.set(key, value)
      if (known.get(key) !== value) added.set(key, value)
    },
    async save() {
      if (!file) return
      let unused = 0
      for (const key of known.keys()) if (!used.has(key)) unused++
      if (!added.size && unused === 0) return
      const limit = known.size * REWRITE_SHARE
      if (known.size > 0 && journaled + added.size <= limit && unused <= limit) {
        if (!added.size) return
        const lines = [...added].map((entry) => `${JSON.stringify(entry)}\n`).join('')
        await appendFile(journal, journaled ? lines : `${JSON.stringify({ version })}\n${lines}`)
        journaled += added.size
        for (const [key, value] of added) known.set(key, value)
      } else {
        await mkdir(path.dirname(file), { recursive: true })
        const partial = `${file}.${process.pid}.partial`
        const stored: Stored = { version, entries: Object.fromEntries(used) }
        await writeFile(partial, JSON.stringify(stored))
        await rename(partial, file)
        await rm(journal, { force: true })
        journaled = 0
        known.clear()
        for (const [key, value] of used) known.set(key, value)
      }
      added.clear()
    },
  }
}

/**
 * Adds the journal's entries to `known`, and says how many there were: none when it belongs to
 * another version. A line that does not parse (a write cut short) ends it.
 */
function readJournal(text: string, version: string, known: Map<string, unknown>): number {
  const lines = text.split('\n')
  try {
    if ((JSON.parse(lines[0]) as { version?: string }).version !== version) return 0
  } catch {
    return 0
  }
  let count = 0
  for (const line of lines.slice(1)) {
    let entry: [string, unknown]
    try {
      entry = JSON.parse(line) as [string, unknown]
    } catch {
      break
    }
    known.set(entry[0], entry[1])
    count++
  }
  return count
}
