/**
 * build-site.ts's side of the renderer that stays running (scripts/site-renderer.ts): ask it for
 * the pages of this build, starting it when none is running, and a fresh one when it stopped
 * because it could not do the build in place.
 */
import { spawn } from 'node:child_process'
import { openSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { request } from 'node:http'
import path from 'node:path'

import { ASYNC_CONTEXT_FLAGS } from '../astroChild'
import { RESULT_MARK, rendererSocket, settingsThatMatter, type RendererResult } from './protocol'

/**
 * Recomputing every page's key allocates a great deal of short-lived garbage: with V8's default
 * young generation, most of that step was garbage collection.
 */
const YOUNG_GENERATION_FLAGS = ['--max-semi-space-size=64']

/** The renderer collects its garbage after each build (site-renderer.ts), before the search index runs. */
const GC_FLAGS = ['--expose-gc']

/** The renderer could not be asked (it did not start, or stopped mid-build): build without it. */
export class RendererUnavailable extends Error {}

type Options = {
  root: string
  astroCacheDir: string
  env: NodeJS.ProcessEnv
  heapLimitMb: number | undefined
  onLine: (line: string) => void
  /** Why a renderer is started (for the log). */
  onStart: (why: string) => void
}

/** The pages of one build into the renderer's SITE_OUT_DIR, or an error that says why not. */
export async function renderWithRenderer(options: Options): Promise<{ rendered: number; reused: number }> {
  const socket = rendererSocket(options.astroCacheDir)
  const asked = await ask(socket, options).catch((error: unknown) => {
    if (error instanceof RendererUnavailable) return error
    throw error
  })
  let result: RendererResult
  if (asked instanceof RendererUnavailable || (!asked.ok && asked.fresh)) {
    // None runs yet, it stopped mid-build (killed, out of memory), or it cannot do this build in place.
    options.onStart(asked.message)
    await gone(socket)
    await start(socket, options)
    result = await ask(socket, options)
  } else result = asked
  if (!result.ok) throw new Error(result.message)
  return result
}

/** One build: the progress lines as they come, then the result. */
function ask(socket: string, { env, onLine }: Options): Promise<RendererResult> {
  return new Promise((resolve, reject) => {
    const call = request({ socketPath: socket, method: 'POST', path: '/build' }, (response) => {
      if (response.statusCode !== 200) {
        response.resume()
        return reject(new RendererUnavailable(`the renderer answered ${response.statusCode}`))
      }
      let rest = ''
      let result: RendererResult | undefined
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => {
        const lines = (rest + chunk).split('\n')
        rest = lines.pop() ?? ''
        for (const line of lines)
          if (!line.startsWith(RESULT_MARK)) onLine(line)
          else result = parseResult(line.slice(RESULT_MARK.length))
      })
      response.on('end', () =>
        result
          ? resolve(result)
          : reject(new RendererUnavailable('the renderer stopped in the middle of the build')),
      )
      response.on('error', (cause) =>
        reject(new RendererUnavailable('the renderer stopped answering', { cause })),
      )
    })
    call.on('error', (cause) => reject(new RendererUnavailable(`no renderer at ${socket}`, { cause })))
    call.end(JSON.stringify({ settings: settingsThatMatter(env) }))
  })
}

/** The renderer's result line; one that does not parse counts as no answer. */
function parseResult(text: string): RendererResult | undefined {
  try {
    return JSON.parse(text) as RendererResult
  } catch {
    return undefined
  }
}

/** Starts a renderer in its own process group, and waits until it listens. */
async function start(socket: string, { root, astroCacheDir, env, heapLimitMb }: Options): Promise<void> {
  await mkdir(astroCacheDir, { recursive: true })
  // Between builds it writes little; what it does write is kept for whoever looks into a failure.
  const logFile = openSync(path.join(astroCacheDir, 'renderer.log'), 'a')
  const child = spawn(
    process.execPath,
    [
      ...ASYNC_CONTEXT_FLAGS,
      ...YOUNG_GENERATION_FLAGS,
      ...GC_FLAGS,
      ...(heapLimitMb ? [`--max-old-space-size=${heapLimitMb}`] : []),
      '--import',
      'tsx',
      path.join(root, 'scripts/site-renderer.ts'),
      socket,
    ],
    { cwd: root, env, stdio: ['ignore', logFile, logFile], detached: true },
  )
  child.unref()
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) =>
      reject(
        new RendererUnavailable(
          `the renderer exited at its start (exit code ${code}); see ${path.join(astroCacheDir, 'renderer.log')}`,
        ),
      ),
    ),
  )
  const listening = (async () => {
    for (let tries = 0; tries < 600; tries++) {
      if (await reachable(socket)) return
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new RendererUnavailable('the renderer did not start listening within a minute')
  })()
  try {
    await Promise.race([listening, exited])
  } finally {
    // From here on its exit (idle, or a build it could not do) is no news to this build.
    child.removeAllListeners('exit')
  }
}

function reachable(socket: string): Promise<boolean> {
  return new Promise((resolve) => {
    const call = request({ socketPath: socket, method: 'GET', path: '/' }, (response) => {
      response.resume()
      resolve(true)
    })
    call.on('error', () => resolve(false))
    call.end()
  })
}

/** Stops the renderer of this cache folder, if one runs, and waits until it is gone. */
export async function stopRenderer(astroCacheDir: string): Promise<void> {
  const socket = rendererSocket(astroCacheDir)
  const asked = await new Promise<boolean>((resolve) => {
    const call = request({ socketPath: socket, method: 'POST', path: '/stop' }, (response) => {
      response.resume()
      response.on('end', () => resolve(true))
    })
    call.on('error', () => resolve(false))
    call.end()
  })
  if (asked) await gone(socket)
}

/** Waits (up to 10 s) until the renderer at `socket` no longer answers. */
async function gone(socket: string): Promise<void> {
  for (let tries = 0; tries < 100 && (await reachable(socket)); tries++)
    await new Promise((resolve) => setTimeout(resolve, 100))
}
