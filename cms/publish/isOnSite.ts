import { readdir } from 'node:fs/promises'
import path from 'node:path'

import { KINDS } from '../content/kinds'
import { contentDir } from '../lib/paths'

/**
 * Whether the live site was built with this document: content/ holds exactly what is published,
 * so a file with its content id means it is on the site (in at least one language).
 */
export async function isOnSite(collection: string, contentId: string | null | undefined): Promise<boolean> {
  const kind = KINDS.find((each) => each.collection === collection)
  if (!kind || !contentId) return false
  const names = await readdir(path.join(contentDir, kind.folder)).catch(() => [] as string[])
  return names.some((name) => name.startsWith(`${contentId}.`))
}
