import { stat } from 'node:fs/promises'
import path from 'node:path'

import { KINDS } from '../../model/kinds'
import { LOCALES } from '../../model/locales'
import { contentDir } from '../lib/paths'

/**
 * Whether the live site was built with this document: content/ holds exactly what is published,
 * so a file with its content id means it is on the site (in at least one language). Looks up the
 * document's own files rather than listing the folder: autosave asks this every few seconds.
 */
export async function isOnSite(collection: string, contentId: string | null | undefined): Promise<boolean> {
  const kind = KINDS.find((each) => each.collection === collection)
  if (!kind || !contentId) return false
  const name = kind.singleFileName ?? contentId
  for (const locale of LOCALES)
    if (await stat(path.join(contentDir, kind.folder, `${name}.${locale}.md`)).catch(() => undefined))
      return true
  return false
}
