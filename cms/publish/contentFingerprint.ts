import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * One hash over every file in content/ (names and bytes). A build records it, so the next run
 * knows whether the live site was built from exactly what content/ holds now, also after a
 * failed build or a restart.
 */
export async function contentFingerprint(dir: string): Promise<string> {
  const hash = createHash('sha256')
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(await readFile(path.join(dir, file)))
      .update('\0')
  return hash.digest('hex')
}
