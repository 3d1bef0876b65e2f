/**
 * Keeps a child process running: when it stops without being asked to, it is started again after
 * a short wait that doubles with each quick crash in a row, and given up only when it keeps
 * crashing right after starting (a port taken, a broken build of the script), where restarting
 * cannot help. `npm start` runs the site server this way, so a crash of the public site is a
 * blip, not the end of the CMS that runs next to it.
 */
import type { ChildProcess } from 'node:child_process'

type Logger = { info(message: string): void; warn(message: string): void; error(message: string): void }

export type SuperviseOptions = {
  /** For log lines: "the site server". */
  name: string
  /** Starts a fresh child; called again for every restart. */
  start: () => ChildProcess
  log: Logger
  /** Wait before the first restart; doubles for each further quick crash, up to maxDelayMs. */
  delayMs?: number
  maxDelayMs?: number
  /** A child that ran at least this long had started fine: its crash begins a new count. */
  stableMs?: number
  /** Give up after this many crashes in a row, each within stableMs of its start. */
  maxCrashes?: number
  /** After SIGTERM, how long `stop()` waits before SIGKILL. */
  killAfterMs?: number
  /** Called once when giving up, with the reason. */
  onGiveUp?: (reason: string) => void
}

export type SupervisedChild = {
  /** The running child; undefined while waiting to restart, after giving up or stopping. */
  readonly current: ChildProcess | undefined
  /** How many times it was started. */
  readonly starts: number
  readonly gaveUp: boolean
  /** Stops the child for good (no restart) and resolves once it has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>
}

/** How a child ended, for log lines: "exit code 3", "signal SIGKILL", "spawn ENOENT". */
export const howItEnded = (code: number | null, signal: NodeJS.Signals | null): string =>
  signal ? `signal ${signal}` : `exit code ${code}`

export function superviseChild(options: SuperviseOptions): SupervisedChild {
  const delayMs = options.delayMs ?? 500
  const maxDelayMs = options.maxDelayMs ?? 8000
  const stableMs = options.stableMs ?? 30_000
  const maxCrashes = options.maxCrashes ?? 5
  let current: ChildProcess | undefined
  let starts = 0
  let crashes = 0
  let gaveUp = false
  let stopping = false
  let restartTimer: NodeJS.Timeout | undefined

  const launch = () => {
    restartTimer = undefined
    if (stopping) return
    const child = options.start()
    const startedAt = performance.now()
    current = child
    starts++
    let ended = false
    // 'error' (it could not be started) may come with or without an 'exit'; count it once.
    const onEnd = (how: string) => {
      if (ended) return
      ended = true
      if (current === child) current = undefined
      if (stopping) return
      crashes = performance.now() - startedAt >= stableMs ? 1 : crashes + 1
      if (crashes >= maxCrashes) {
        gaveUp = true
        const reason = `${options.name} stopped ${crashes} times in a row within ${stableMs / 1000} s of starting, the last time with ${how}`
        options.log.error(`${reason}; giving up`)
        options.onGiveUp?.(reason)
        return
      }
      const wait = Math.min(delayMs * 2 ** (crashes - 1), maxDelayMs)
      options.log.warn(
        `${options.name} stopped unexpectedly (${how}); restarting it in ${(wait / 1000).toFixed(1)} s (quick crash ${crashes} of ${maxCrashes})`,
      )
      restartTimer = setTimeout(launch, wait)
    }
    child.on('exit', (code, signal) => onEnd(howItEnded(code, signal)))
    child.on('error', (error) => onEnd(error.message))
  }
  launch()

  return {
    get current() {
      return current
    },
    get starts() {
      return starts
    },
    get gaveUp() {
      return gaveUp
    },
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      stopping = true
      if (restartTimer) clearTimeout(restartTimer)
      restartTimer = undefined
      if (current) await stopChild(current, signal, options.killAfterMs)
    },
  }
}

/** Sends `signal`, then SIGKILL if the child is still there after `killAfterMs`; resolves on exit. */
export function stopChild(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
  killAfterMs = 10_000,
): Promise<void> {
  // Already gone, or never started (a spawn error): nothing to wait for.
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined)
    return Promise.resolve()
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), killAfterMs)
    killer.unref()
    child.once('exit', () => {
      clearTimeout(killer)
      resolve()
    })
    child.kill(signal)
  })
}
