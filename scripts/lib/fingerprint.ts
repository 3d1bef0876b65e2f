import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'

/**
 * A hash over the names and bytes of files and folders (recursively), skipping build output. An
 * entry that does not exist is an error: after a file moves, a list that still names the old path
 * would otherwise hash nothing for it and never notice a change again.
 */
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
  for (const entry of entries) {
    await stat(path.join(root, entry)).catch((cause: unknown) => {
      throw new Error(`Cannot fingerprint ${entry}: it does not exist in ${root}`, { cause })
    })
    await add(entry)
  }
  return hash.digest('hex')
}
