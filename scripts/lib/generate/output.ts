/**
 * The output folder, replaced in one step: everything is written to `<out>.partial`, checked there,
 * and only then renamed over `<out>`. A run that is killed or fails leaves the previous output as
 * it was (and the partial folder to look at). A folder this command did not make is never replaced.
 */
import { cp, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** The file that marks a folder as made by content:generate, with the arguments it was made with. */
export const MARKER = '.generated-content.json'

export const partialOf = (out: string) => `${out}.partial`

/** Refuses an output folder that would swallow the source or that holds something else. */
export async function checkOutput(out: string, source: string): Promise<void> {
  const target = path.resolve(out)
  const from = path.resolve(source)
  const inside = (child: string, parent: string) =>
    child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep)
  if (inside(from, target) || inside(target, from))
    throw new Error(`--out ${out} overlaps the content it copies (${source}); choose a folder outside it`)
  const found = await stat(target).catch(() => undefined)
  if (!found) return
  if (!found.isDirectory()) throw new Error(`--out ${out} exists and is not a folder`)
  const names = await readdir(target)
  if (names.length && !names.includes(MARKER))
    throw new Error(
      `--out ${out} exists and was not made by content:generate (no ${MARKER} in it); choose another folder or remove it`,
    )
}

/** A fresh `<out>.partial` holding a copy of `source` (dot files left out). */
export async function startPartial(out: string, source: string): Promise<string> {
  const partial = partialOf(out)
  await rm(partial, { recursive: true, force: true })
  await mkdir(path.dirname(path.resolve(partial)), { recursive: true })
  await cp(source, partial, {
    recursive: true,
    filter: (file) => file === source || !path.basename(file).startsWith('.'),
  })
  return partial
}

/** Writes `files` (path relative to the folder -> text) under `root`, a few at a time. */
export async function writeFiles(
  root: string,
  files: [string, string][],
  onProgress?: (written: number) => void,
): Promise<number> {
  const folders = [...new Set(files.map(([file]) => path.dirname(file)))].sort()
  for (const folder of folders) await mkdir(path.join(root, folder), { recursive: true })
  let bytes = 0
  let next = 0
  let written = 0
  const worker = async () => {
    while (next < files.length) {
      const [file, text] = files[next++]
      const data = Buffer.from(text, 'utf8')
      bytes += data.length
      await writeFile(path.join(root, file), data)
      if (++written % 5000 === 0) onProgress?.(written)
    }
  }
  await Promise.all(Array.from({ length: 16 }, worker))
  return bytes
}

/** Puts `<out>.partial` in the place of `<out>`. */
export async function swapIn(out: string): Promise<void> {
  const partial = partialOf(out)
  const old = `${out}.old`
  await rm(old, { recursive: true, force: true })
  const exists = await stat(out).catch(() => undefined)
  if (exists) await rename(out, old)
  await rename(partial, out)
  await rm(old, { recursive: true, force: true })
}

/** Bytes and files under a folder. */
export async function sizeOf(root: string): Promise<{ files: number; bytes: number }> {
  let files = 0
  let bytes = 0
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    files++
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size
  }
  return { files, bytes }
}

export const writeMarker = (root: string, text: string) => writeFile(path.join(root, MARKER), text)
