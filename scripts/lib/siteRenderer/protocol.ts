/** What build-site.ts and the renderer that stays running (scripts/site-renderer.ts) say to each other. */
import { createHash } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'

export type RendererRequest = { settings: Record<string, string> }

export type RendererResult =
  | { ok: true; rendered: number; reused: number }
  /** `fresh`: this renderer stopped; a fresh one does the build in full. */
  | { ok: false; fresh: boolean; message: string }

/**
 * How long after a build the renderer waits before it does its work between builds (saving the
 * content store, linking the next output; warmSite.ts): longer than what follows the pages in a
 * build at 10,000 posts, which needs both cores.
 */
export const IDLE_AFTER_BUILD_MS = 15_000

/** The line that ends an answer, before the result as JSON. */
export const RESULT_MARK = '\u0000result '

/**
 * The environment a build of the pages depends on. A renderer keeps the one it started with, so a
 * build that asks with other values (another content folder, site address, build moment) gets a
 * fresh renderer. Not the output folder and the flags of one build.
 */
export function settingsThatMatter(env: NodeJS.ProcessEnv): Record<string, string> {
  const perBuild = new Set(['SITE_OUT_DIR', 'SITE_FULL_BUILD', 'SITE_BUILD_PARENT_PID', 'SITE_WARM_RENDERER'])
  return Object.fromEntries(
    Object.entries(env)
      .filter(
        (entry): entry is [string, string] =>
          /^(SITE_|CONTENT_|ASTRO_|BOOK_|CMS_|BUILD_MOMENT$|NODE_ENV$|TZ$)/.test(entry[0]) &&
          !perBuild.has(entry[0]) &&
          entry[1] !== undefined,
      )
      .sort(([a], [b]) => a.localeCompare(b)),
  )
}

/**
 * The renderer's socket for one Astro cache folder, in the system's temporary folder: a Unix
 * socket's path may not be longer than about 100 bytes.
 */
export function rendererSocket(astroCacheDir: string): string {
  const id = createHash('sha256').update(path.resolve(astroCacheDir)).digest('hex').slice(0, 16)
  return path.join(os.tmpdir(), `openambt-renderer-${id}.sock`)
}
