/**
 * The site's renderer that stays running (scripts/lib/siteRenderer/warmSite.ts), as a process of
 * its own. `npm run build` starts it when SITE_WARM_RENDERER=1 (the CMS sets it for publishing) and
 * asks it for the pages of each build over a Unix socket (scripts/lib/siteRenderer/client.ts); the
 * rest of the build (book, search, checks) stays in build-site.ts. One build at a time; the answer
 * streams the progress lines and ends with a result line.
 *
 * It stops when the process named by SITE_BUILD_PARENT_PID (the CMS) is gone, after
 * SITE_RENDERER_IDLE_MINUTES without a build (default 60: it keeps the whole site in memory), and
 * after a build it cannot do in place (then the next build starts a fresh one).
 */
import { createServer, type IncomingMessage } from 'node:http'
import { rmSync } from 'node:fs'
import path from 'node:path'

import { pageLine } from './lib/astroPageLines'
import { logger } from './lib/log'
import { requireNode } from './lib/requireNode'
import {
  RESULT_MARK,
  settingsThatMatter,
  type RendererRequest,
  type RendererResult,
} from './lib/siteRenderer/protocol'
import { NeedsFreshRenderer, WarmSite } from './lib/siteRenderer/warmSite'

const root = path.resolve(import.meta.dirname, '..')
const log = logger('renderer')

function main(): void {
  requireNode()
  const socket = process.argv[2]
  if (!socket || !process.env.SITE_OUT_DIR)
    throw new Error('usage: SITE_OUT_DIR=<dir> site-renderer.ts <socket>')
  const settings = JSON.stringify(settingsThatMatter(process.env))
  const site = new WarmSite({
    root,
    contentDir: path.resolve(root, process.env.CONTENT_DIR || 'content'),
    cacheDir: path.resolve(root, process.env.ASTRO_CACHE_DIR || '.cache/astro'),
    outDir: path.resolve(root, process.env.SITE_OUT_DIR),
    say: (line) => process.stdout.write(`${line}\n`),
  })
  let busy = false
  const idle = idleStop()
  const server = createServer(async (request, response) => {
    if (request.method === 'POST' && request.url === '/stop') {
      // A full build, or one after a build that broke off: its memory is of no use to it.
      // Not server.close(): it would wait for the asker's kept-alive connection.
      return void response.end('stopping\n', () => process.exit(0))
    }
    if (request.method !== 'POST' || request.url !== '/build') return void response.writeHead(404).end()
    if (busy) return void response.writeHead(409).end('another build is running\n')
    busy = true
    idle.pause()
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
    const counted = { rendered: 0, reused: 0 }
    const release = forwardOutput((line) => {
      response.write(`${line}\n`)
      const page = pageLine(line)
      if (page) counted[page.reused ? 'reused' : 'rendered']++
    })
    let result: RendererResult
    try {
      const asked = JSON.parse(await bodyOf(request)) as RendererRequest
      if (JSON.stringify(asked.settings) !== settings)
        throw new NeedsFreshRenderer('the build settings (environment) are not the ones it started with')
      if (site.started) result = { ok: true, ...(await site.next()) }
      else {
        await site.first()
        result = { ok: true, ...counted }
      }
    } catch (error) {
      // Where it broke, for whoever reads renderer.log: the build itself reports the message only.
      if (!(error instanceof NeedsFreshRenderer)) log.error((error as Error).stack ?? String(error))
      result = { ok: false, fresh: error instanceof NeedsFreshRenderer, message: (error as Error).message }
    } finally {
      release()
      busy = false
    }
    // A first build that failed leaves nothing to keep: the next build starts a fresh renderer.
    const stopping = !result.ok && (result.fresh || !site.started)
    if (!result.ok && stopping) log.info(`stopping: ${result.message}`)
    else idle.restart()
    response.end(`${RESULT_MARK}${JSON.stringify(result)}\n`, () => {
      if (stopping) process.exit(0)
      // Between builds most of the heap is garbage of the last one; collected now, it is given back
      // while the search index and the checks of that build run beside this process.
      else (globalThis as { gc?: () => void }).gc?.()
    })
  })
  rmSync(socket, { force: true })
  server.listen(socket, () => log.info(`listening on ${socket}`))
  stopWithParent()
}

/** Everything this process writes to stdout and stderr during a build also goes, line by line, to `send`. */
function forwardOutput(send: (line: string) => void): () => void {
  const streams = [process.stdout, process.stderr]
  const originals = streams.map((stream) => stream.write.bind(stream))
  let rest = ''
  for (const [index, stream] of streams.entries())
    stream.write = ((chunk: string | Uint8Array, ...more: unknown[]) => {
      const lines = (rest + (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))).split(
        '\n',
      )
      rest = lines.pop() ?? ''
      for (const line of lines) send(line)
      return (originals[index] as (...args: unknown[]) => boolean)(chunk, ...more)
    }) as typeof stream.write
  return () => {
    if (rest) send(rest)
    for (const [index, stream] of streams.entries()) stream.write = originals[index] as typeof stream.write
  }
}

const MAX_REQUEST_CHARS = 1_000_000

function bodyOf(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => {
      body += chunk
      // A request names a few settings; anything larger is not from build-site.ts.
      if (body.length > MAX_REQUEST_CHARS) request.destroy(new Error('request too large'))
    })
    request.on('end', () => resolve(body))
    request.on('error', reject)
  })
}

/** Stops the process after SITE_RENDERER_IDLE_MINUTES without a build. */
function idleStop(): { pause(): void; restart(): void } {
  const value = process.env.SITE_RENDERER_IDLE_MINUTES || '60'
  const minutes = Number(value)
  if (!(minutes > 0))
    throw new Error(`SITE_RENDERER_IDLE_MINUTES must be a number of minutes above 0, not "${value}"`)
  let timer: NodeJS.Timeout | undefined
  const restart = () => {
    clearTimeout(timer)
    timer = setTimeout(() => process.exit(0), minutes * 60_000).unref()
  }
  restart()
  return { pause: () => clearTimeout(timer), restart }
}

/** Under the CMS: stops with it (it kills its builds, but this process outlives each build). */
function stopWithParent(): void {
  const parent = Number(process.env.SITE_BUILD_PARENT_PID)
  if (!parent) return
  setInterval(() => {
    try {
      process.kill(parent, 0)
    } catch {
      process.exit(0)
    }
  }, 1000).unref()
}

try {
  main()
} catch (error) {
  log.error((error as Error).message)
  process.exitCode = 1
}
