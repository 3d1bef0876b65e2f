/**
 * Which files of content/ changed between two builds of the renderer that stays running, from their
 * size, modification time and inode (the CMS export writes a file by rename only when its bytes
 * changed, so an unchanged file keeps all three).
 */
import { statSync } from 'node:fs'
import path from 'node:path'

import { filesUnder } from '../filesUnder'

/** Path relative to content/ → stamp. */
export type ContentStamps = Map<string, string>

/** Synchronous stats: 20,000 files at 10,000 posts, as fast in one go as they are awaited in parallel. */
export async function contentStamps(contentDir: string): Promise<ContentStamps> {
  const stamps: ContentStamps = new Map()
  for (const relative of filesUnder(contentDir)) {
    const stats = statSync(path.join(contentDir, relative), { bigint: true })
    stamps.set(relative.split('/').join(path.sep), `${stats.size}:${stats.mtimeNs}:${stats.ino}`)
  }
  return stamps
}

export type ContentChange = { file: string; event: 'add' | 'change' | 'unlink' }

export function contentChanges(before: ContentStamps, after: ContentStamps): ContentChange[] {
  const changes: ContentChange[] = []
  for (const [file, stamp] of after) {
    const old = before.get(file)
    if (old === undefined) changes.push({ file, event: 'add' })
    else if (old !== stamp) changes.push({ file, event: 'change' })
  }
  for (const file of before.keys()) if (!after.has(file)) changes.push({ file, event: 'unlink' })
  return changes.sort((a, b) => a.file.localeCompare(b.file))
}

/**
 * Whether a changed answer of the content index (a URL, an image's file or alt text) can change
 * files that did not change themselves: when an answer that existed changed, or went while the
 * document stays in another language (a link falls back to that one), or a document that existed
 * got an answer in another language. A document that is new, or gone in every language, is asked
 * for by no file of a build that passes (the content checks refuse a link to a document that does
 * not exist), so a deleted post does not make every file sync again.
 */
export function answersMoved(before: Map<string, string>, after: Map<string, string>): boolean {
  const remaining = new Set([...after.keys()].map(withoutLanguage))
  for (const [question, answer] of before) {
    const now = after.get(question)
    if (now === undefined ? remaining.has(withoutLanguage(question)) : now !== answer) return true
  }
  const known = new Set([...before.keys()].map(withoutLanguage))
  for (const question of after.keys())
    if (!before.has(question) && known.has(withoutLanguage(question))) return true
  return false
}

/** `post:<id>:nl` → `post:<id>`. */
const withoutLanguage = (question: string) => question.replace(/:(nl|en)$/, '')
