/**
 * The writer of content/: brings the folder to exactly the files given, touching only what changed.
 * Each file is written to a temporary name beside it and renamed into place, so a process killed
 * mid-write leaves the old file or the new one, never half of one. Files the writer does not own
 * (content/README.md, anything outside the kinds' folders) are left alone.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { KINDS, MEDIA_FOLDER } from '../kinds'
import { inBatches } from './inBatches'

export type WriteSummary = { files: number; written: string[]; unchanged: number; deleted: string[] }

/** The files of content/ that the writer owns: documents, media and site settings. */
export async function ownedFiles(root: string): Promise<string[]> {
  const found: string[] = []
  const list = async (folder: string, keep: (name: string) => boolean) => {
    try {
      for (const name of await readdir(path.join(root, folder)))
        if (keep(name)) found.push(folder ? `${folder}/${name}` : name)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        throw new Error(`Cannot read ${folder}`, { cause: error })
    }
  }
  for (const kind of KINDS) await list(kind.folder, (name) => /\.(nl|en)\.md$/.test(name))
  await list(MEDIA_FOLDER, (name) => !name.startsWith('.'))
  await list('', (name) => /^site-settings\.(nl|en)\.yml$/.test(name))
  return found
}

/** Replaces a file in one step: a reader sees the old bytes or the new ones. */
export async function writeFileAtomically(target: string, bytes: Buffer): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true })
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  )
  try {
    await writeFile(temporary, bytes)
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, { force: true })
    throw new Error(`Cannot write ${target}`, { cause: error })
  }
}

/**
 * Makes `root` hold exactly `desired` (path relative to root -> content); a dry run only reports.
 * `unchanged` names files of `desired` the caller has just read from `root` itself: they are
 * not read again.
 */
export async function writeContent(
  root: string,
  desired: Map<string, Buffer | string>,
  dryRun: boolean,
  unchanged: ReadonlySet<string> = new Set(),
): Promise<WriteSummary> {
  const bytesOf = (file: string) => {
    const content = desired.get(file)!
    return typeof content === 'string' ? Buffer.from(content, 'utf8') : content
  }
  const candidates = [...desired.keys()].filter((file) => !unchanged.has(file)).sort()
  const differs = await inBatches(candidates, 64, async (file) => {
    const current = await readFile(path.join(root, file)).catch(() => undefined)
    return !current || !current.equals(bytesOf(file))
  })
  const written = candidates.filter((_, index) => differs[index])
  if (!dryRun) for (const file of written) await writeFileAtomically(path.join(root, file), bytesOf(file))
  const deleted = (await ownedFiles(root)).filter((file) => !desired.has(file)).sort()
  if (!dryRun) for (const file of deleted) await rm(path.join(root, file))
  return { files: desired.size, written, unchanged: desired.size - written.length, deleted }
}
