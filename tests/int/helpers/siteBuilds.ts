/** Reading what a site build made: its files, and how two builds differ. */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

/** Every file of a built site but the search index (Pagefind's files differ from run to run). */
export async function siteFiles(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const file = path.relative(dir, path.join(entry.parentPath, entry.name))
    if (entry.isFile() && !file.startsWith('pagefind/')) files.set(file, await readFile(path.join(dir, file)))
  }
  return files
}

/** The files only one of two builds has, and those both have with different bytes. */
export async function differences(
  dir: string,
  reference: string,
): Promise<{ missing: string[]; extra: string[]; different: string[] }> {
  const [mine, theirs] = [await siteFiles(dir), await siteFiles(reference)]
  return {
    missing: [...theirs.keys()].filter((file) => !mine.has(file)).sort(),
    extra: [...mine.keys()].filter((file) => !theirs.has(file)).sort(),
    different: [...theirs]
      .filter(([file, bytes]) => mine.has(file) && !mine.get(file)!.equals(bytes))
      .map(([file]) => file)
      .sort(),
  }
}

/** The address in an <a> (or <link>) that carries this attribute, whatever the attribute order. */
export function hrefWith(html: string, attribute: string): string | undefined {
  for (const [tag] of html.matchAll(/<(?:a|link)\b[^>]*>/g))
    if (tag.includes(attribute)) return /\bhref="([^"]*)"/.exec(tag)?.[1]
  return undefined
}
