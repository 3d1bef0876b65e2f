import { copyFile, link, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** Copies of stored files, in a folder of their own outside the media folder. */
export type KeptCopies = { folder: string; staticDir: string; files: string[] }

/**
 * Payload deletes the files an update replaces before it validates the update, so a refused update
 * would leave its document pointing at nothing. This keeps a copy first (a hard link where the
 * temporary folder is on the same disk, so it costs no space).
 */
export async function keepCopies(staticDir: string, files: string[]): Promise<KeptCopies> {
  const folder = await mkdtemp(path.join(tmpdir(), 'media-replaced-'))
  const kept: string[] = []
  for (const file of files) {
    const from = path.join(staticDir, file)
    const to = path.join(folder, file)
    try {
      await link(from, to).catch(() => copyFile(from, to))
      kept.push(file)
    } catch (error) {
      // A file that is already missing cannot be lost; anything else must stop the update.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  return { folder, staticDir, files: kept }
}

/** Puts every kept file back where it was, over whatever the refused update wrote there. */
export async function restoreCopies({ folder, staticDir, files }: KeptCopies): Promise<void> {
  for (const file of files) {
    const kept = path.join(folder, file)
    const target = path.join(staticDir, file)
    // When the update was refused before Payload deleted anything, the target is the very file the
    // copy is a hard link to: replace the name rather than write through it.
    await rm(target, { force: true })
    await link(kept, target).catch(() => copyFile(kept, target))
  }
  await dropCopies({ folder, staticDir, files })
}

export async function dropCopies({ folder }: KeptCopies): Promise<void> {
  await rm(folder, { recursive: true, force: true })
}
