import { rm } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

/** Every name a media document stores a file under: its original and each size. */
export const storedFileNames = (doc: { filename?: string | null; sizes?: unknown }): string[] => {
  const sizes = Object.values((doc.sizes ?? {}) as Record<string, { filename?: string | null } | null>)
  return [doc.filename, ...sizes.map((size) => size?.filename)].filter(
    (name): name is string => typeof name === 'string' && name !== '',
  )
}

/**
 * Deletes those of `files` that no media document refers to: what a refused upload wrote before
 * it was refused. Call it after the transaction was rolled back, so the refused document is gone.
 */
export async function removeUnreferencedFiles(
  payload: Payload,
  staticDir: string,
  files: string[],
): Promise<string[]> {
  // Payload made these names; a name with a folder in it did not come from there.
  const names = files.filter((name) => name === path.basename(name) && !name.startsWith('.'))
  if (!names.length) return []
  const sizeNames = (payload.collections.media.config.upload.imageSizes ?? []).map((size) => size.name)
  const { docs } = await payload.find({
    collection: 'media',
    where: {
      or: [
        { filename: { in: names } },
        ...sizeNames.map((size) => ({ [`sizes.${size}.filename`]: { in: names } })),
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const referenced = new Set(docs.flatMap(storedFileNames))
  const orphans = names.filter((name) => !referenced.has(name))
  await Promise.all(orphans.map((name) => rm(path.join(staticDir, name), { force: true })))
  return orphans
}
