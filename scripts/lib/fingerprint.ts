import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

/** A hash over the names and bytes of files and folders (recursively), skipping build output. */
export async function fingerprint(root: string, entries: string[]): Promise<string> {
  const hash = createHash('sha256')
  const add = async (target: string): Promise<void> => {
    const full = path.join(root, target)
    const children = await readdir(full, { withFileTypes: true }).catch(() => undefined)
    if (!children) {
      hash.update(target)
      hash.update(await readFile(full).catch(() => Buffer.alloc(0)))
      return
    }
    for (const child of children.sort((a, b) => a.name.localeCompare(b.name))) {
      if (child.name === '.next' || child.name === 'node_modules') continue
      await add(path.join(target, child.name))
    }
  }
  for (const entry of entries) await add(entry)
  return hash.digest('hex')
}
