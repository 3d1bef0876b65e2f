import { readdirSync } from 'node:fs'
import path from 'node:path'

/**
 * The files under a folder, as paths relative to it with `/` between folders, sorted. Read
 * synchronously on purpose: Node's recursive readdir with promises took 1.2 s for a built site of
 * 31,000 files at 10,000 posts, the synchronous one 0.4 s, and a build walked dist/ three times.
 */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}
