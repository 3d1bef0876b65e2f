import { mkdir, readdir, readFile, readlink, rename, rm, stat, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { siteDir } from '../lib/paths'

/**
 * The live site on disk. Every build goes into its own folder under `builds/`; a build that is
 * still running (or was cut off) carries the suffix `.partial`. `live` is a symbolic link to the
 * current complete build, and it changes with a single rename, so a reader (or the static
 * server) sees either the old site or the new one, never a mix.
 */
export const buildsDir = path.join(siteDir, 'builds')
export const liveLink = path.join(siteDir, 'live')

const PARTIAL = '.partial'

/** Builds kept after a swap: the live one and a few before it, for requests still being served. */
const KEEP_BUILDS = 3

/** A fresh, empty folder for a build with this id. */
export async function partialBuildDir(id: string): Promise<string> {
  const dir = path.join(buildsDir, `${id}${PARTIAL}`)
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  return dir
}

/** What a build records about itself, beside its folder (`builds/<id>.json`). */
export type BuildInfo = { contentFingerprint: string; builtAt: string }

export async function readLiveBuildInfo(): Promise<BuildInfo | undefined> {
  const dir = await liveBuildDir()
  if (!dir) return undefined
  return JSON.parse(await readFile(`${dir}.json`, 'utf8').catch(() => 'null')) ?? undefined
}

/** The folder the live link points at, or undefined when there is no live site yet. */
export async function liveBuildDir(): Promise<string | undefined> {
  const target = await readlink(liveLink).catch(() => undefined)
  if (!target) return undefined
  const dir = path.resolve(siteDir, target)
  return (await stat(dir).catch(() => undefined))?.isDirectory() ? dir : undefined
}

/**
 * Makes a finished build live: marks its folder complete, points a new link at it and renames
 * that link over `live` (rename is atomic). Old builds stay until `pruneBuilds`, which the caller runs
 * after recording that the build is live: removing a whole site can take a while on a busy machine.
 */
export async function promoteBuild(partialDir: string, info: BuildInfo): Promise<string> {
  if (!partialDir.endsWith(PARTIAL)) throw new Error(`${partialDir} is not a build in progress`)
  const finalDir = partialDir.slice(0, -PARTIAL.length)
  await writeFile(`${finalDir}.json`, `${JSON.stringify(info, null, 2)}\n`)
  await rename(partialDir, finalDir)
  const nextLink = `${liveLink}.next-${process.pid}`
  await rm(nextLink, { force: true })
  await symlink(path.relative(siteDir, finalDir), nextLink, 'dir')
  await rename(nextLink, liveLink)
  return finalDir
}

/** Removes builds that were cut off (by a failure or a restart) and all but the newest complete ones. */
export async function pruneBuilds(keep?: string): Promise<void> {
  const live = keep ?? (await liveBuildDir())
  const entries = await readdir(buildsDir).catch(() => [] as string[])
  const complete = entries.filter((name) => !name.endsWith(PARTIAL) && !name.endsWith('.json')).sort()
  const stale = [
    ...entries.filter((name) => name.endsWith(PARTIAL)),
    ...complete.slice(0, Math.max(0, complete.length - KEEP_BUILDS)),
  ].map((name) => path.join(buildsDir, name))
  for (const dir of stale) {
    if (dir === live) continue
    await rm(dir, { recursive: true, force: true })
    await rm(`${dir}.json`, { force: true })
  }
}

/** Removes every build in progress: called before builds start, when none can be running. */
export async function removeInterruptedBuilds(): Promise<string[]> {
  const entries = await readdir(buildsDir).catch(() => [] as string[])
  const partial = entries.filter((name) => name.endsWith(PARTIAL))
  for (const name of partial) await rm(path.join(buildsDir, name), { recursive: true, force: true })
  return partial
}
