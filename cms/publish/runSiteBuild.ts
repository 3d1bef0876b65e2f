import { spawn } from 'node:child_process'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import { exportContent } from '../content/exportContent'
import { contentDir, fromRoot } from '../lib/paths'
import { contentFingerprint } from './contentFingerprint'
import { partialBuildDir, promoteBuild, readLiveBuildInfo } from './liveSite'

export type SiteBuildOptions = {
  /** A name for the build folder, unique per build. */
  id: string
  /** Start from empty caches: every page, the search index and the book are made again. */
  full?: boolean
  /** Build even when the live site was built from this content (first start, an editor's rebuild). */
  force?: boolean
  /** Receives every line of progress, for the log in the admin and the server's output. */
  onLine: (line: string) => void
}

export type SiteBuildResult = {
  /** The live site was built from this very content, so nothing was built. */
  skipped: boolean
  changedFiles: number
  timings: { exportMs: number; buildMs: number; swapMs: number }
  liveDir?: string
}

/** The last lines of the build's output go into the error, so the admin shows why it failed. */
const TAIL_LINES = 40
/** Astro's line per page and per image: 18,000 of them at 10,000 posts. */
const PROGRESS_LINE = /[▶├└]/
/** How often a count of those lines is passed on instead. */
const PROGRESS_EVERY = 2000

/**
 * One publish-to-live run: export what is published to content/ (only changed files are written),
 * build the site from it into a fresh folder with the same `npm run build` a developer uses
 * (pages, search index, book, and the dist checks), and only when all of that succeeded, make the
 * new folder the live site. Any failure leaves the live site as it was.
 */
export async function runSiteBuild(payload: Payload, options: SiteBuildOptions): Promise<SiteBuildResult> {
  const { onLine } = options
  let started = performance.now()
  const exported = await exportContent(payload, contentDir, {
    onProgress: (message) => onLine(`export: ${message}`),
  })
  for (const warning of exported.warnings) onLine(`export warning: ${warning}`)
  const changedFiles = exported.written.length + exported.deleted.length
  for (const file of [...exported.written, ...exported.deleted]) onLine(`export: changed content/${file}`)
  const exportMs = performance.now() - started
  onLine(`export: ${changedFiles} changed files of ${exported.files} (${Math.round(exportMs)} ms)`)
  const fingerprint = await contentFingerprint(contentDir)
  if ((await readLiveBuildInfo())?.contentFingerprint === fingerprint && !options.force) {
    onLine('the live site was built from exactly this content: it stays as it is')
    return { skipped: true, changedFiles, timings: { exportMs, buildMs: 0, swapMs: 0 } }
  }

  started = performance.now()
  const outDir = await partialBuildDir(options.id)
  try {
    await runBuildScript(outDir, options)
  } catch (error) {
    // A failed build is never served; its folder goes, the log keeps what happened.
    await rm(outDir, { recursive: true, force: true })
    throw error
  }
  const buildMs = performance.now() - started

  started = performance.now()
  const liveDir = await promoteBuild(outDir, {
    contentFingerprint: fingerprint,
    builtAt: new Date().toISOString(),
  })
  const swapMs = performance.now() - started
  onLine(`live: ${path.basename(liveDir)} is the live site now`)
  return { skipped: false, changedFiles, timings: { exportMs, buildMs, swapMs }, liveDir }
}

/**
 * Runs scripts/build-site.ts into `outDir` in its own process group, tied to this process: it
 * stops when the CMS stops. `env` adds to the environment (a preview's content and base path).
 */
export function runBuildScript(
  outDir: string,
  { full, onLine, env = {} }: Pick<SiteBuildOptions, 'full' | 'onLine'> & { env?: Record<string, string> },
): Promise<void> {
  const tail: string[] = []
  let progress = 0
  const collect = (chunk: string, buffer: { rest: string }) => {
    const lines = (buffer.rest + chunk).split('\n')
    buffer.rest = lines.pop() ?? ''
    for (const line of lines) {
      if (!line.trim()) continue
      // Per page and per image only a count: passing on (and logging) every line kept the server
      // so busy that the build waited on its output, seconds per publish at 10,000 posts.
      if (PROGRESS_LINE.test(line)) {
        if (++progress % PROGRESS_EVERY === 0) onLine(`… ${progress} pages and images so far`)
        continue
      }
      onLine(line)
      tail.push(line)
      if (tail.length > TAIL_LINES) tail.shift()
    }
  }
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      // tsx as a loader in the same process, not its CLI: one process less to start.
      ['--import', 'tsx', fromRoot('scripts/build-site.ts')],
      {
        cwd: fromRoot('.'),
        env: {
          ...process.env,
          CONTENT_DIR: contentDir,
          SITE_OUT_DIR: outDir,
          NO_COLOR: '1',
          FORCE_COLOR: '0',
          SITE_BUILD_PARENT_PID: String(process.pid),
          // Publishing renders only what changed, in a renderer that stays running between builds
          // (scripts/site-renderer.ts); SITE_WARM_RENDERER=0 builds with a one-off `astro build`.
          SITE_WARM_RENDERER: process.env.SITE_WARM_RENDERER ?? '1',
          ...(full ? { SITE_FULL_BUILD: '1' } : {}),
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
        // Its own process group, so the build and everything it started stop together.
        detached: true,
      },
    )
    // A CMS that stops takes its build along; a cut-off build is never made live.
    const stopBuild = () => {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL')
    }
    process.once('exit', stopBuild)
    child.once('exit', () => process.off('exit', stopBuild))
    const out = { rest: '' }
    const err = { rest: '' }
    // Decoded as a stream, so a character split between two chunks stays whole.
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => collect(chunk, out))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => collect(chunk, err))
    child.on('error', (cause) => reject(new Error('could not start the site build', { cause })))
    child.on('exit', (code, signal) => {
      for (const rest of [out.rest, err.rest]) if (rest) collect('\n', { rest })
      if (code === 0) resolve()
      else
        reject(
          new Error(
            `the site build failed (${signal ?? `exit code ${code}`}); the live site was not changed.\n` +
              tail.join('\n'),
          ),
        )
    })
  })
}
