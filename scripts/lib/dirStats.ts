import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

/** Number of HTML pages and total bytes under a folder. */
export async function dirStats(dir: string): Promise<{ pages: number; files: number; bytes: number }> {
  let pages = 0
  let files = 0
  let bytes = 0
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    files++
    if (entry.name.endsWith('.html')) pages++
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size
  }
  return { pages, files, bytes }
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
