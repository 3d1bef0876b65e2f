import { spawn } from 'node:child_process'
import { describe, expect, test } from 'vitest'

import { stopChild, superviseChild } from '../../scripts/lib/superviseChild'

/** Real child processes: some crash at once, the last one keeps running like a server. */

const CRASH = 'process.exit(3)'
const RUN = 'setInterval(() => {}, 1000)'
const node = (script: string) => spawn(process.execPath, ['-e', script], { stdio: 'ignore' })

function recorder() {
  const lines: string[] = []
  return {
    lines,
    log: {
      info: (line: string) => lines.push(`info: ${line}`),
      warn: (line: string) => lines.push(`warn: ${line}`),
      error: (line: string) => lines.push(`error: ${line}`),
    },
  }
}

async function until(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe(superviseChild, () => {
  test('restarts a child that crashes, with a growing wait and a line saying why, until one runs', async () => {
    const { lines, log } = recorder()
    const scripts = [CRASH, CRASH, RUN]
    const startedAt: number[] = []
    const supervised = superviseChild({
      name: 'the test server',
      start: () => {
        startedAt.push(performance.now())
        return node(scripts[startedAt.length - 1])
      },
      log,
      delayMs: 100,
      maxCrashes: 5,
    })
    try {
      await until(() => supervised.starts === 3 && supervised.current?.pid !== undefined)
      // The third one runs: give it time to prove it stays up.
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(supervised.current!.exitCode).toBeNull()
      expect(supervised.gaveUp).toBe(false)
      expect(lines).toEqual([
        'warn: the test server stopped unexpectedly (exit code 3); restarting it in 0.1 s (quick crash 1 of 5)',
        'warn: the test server stopped unexpectedly (exit code 3); restarting it in 0.2 s (quick crash 2 of 5)',
      ])
      // The wait doubles: the second restart came at least 0.2 s after the second start.
      expect(startedAt[2] - startedAt[1]).toBeGreaterThanOrEqual(200)
    } finally {
      await supervised.stop()
    }
    expect(supervised.current).toBeUndefined()
  })

  test('gives up after several quick crashes in a row and says so once', async () => {
    const { lines, log } = recorder()
    const reasons: string[] = []
    const supervised = superviseChild({
      name: 'the test server',
      start: () => node(CRASH),
      log,
      delayMs: 10,
      maxCrashes: 3,
      onGiveUp: (reason) => reasons.push(reason),
    })
    await until(() => supervised.gaveUp)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(supervised.starts).toBe(3)
    expect(reasons).toEqual([
      'the test server stopped 3 times in a row within 30 s of starting, the last time with exit code 3',
    ])
    expect(lines.at(-1)).toMatch(/^error: the test server stopped 3 times in a row .*; giving up$/)
  })

  test('a crash after a good run starts a new count', async () => {
    const { log } = recorder()
    const supervised = superviseChild({
      name: 'the test server',
      // Each child runs 300 ms, longer than stableMs, and then crashes.
      start: () => node('setTimeout(() => process.exit(3), 300)'),
      log,
      delayMs: 10,
      stableMs: 100,
      maxCrashes: 2,
    })
    try {
      await until(() => supervised.starts >= 4)
      expect(supervised.gaveUp).toBe(false)
    } finally {
      await supervised.stop()
    }
  })

  test('stop() ends the child and no restart follows; a child that ignores SIGTERM is killed', async () => {
    const { lines, log } = recorder()
    const supervised = superviseChild({
      name: 'the test server',
      // It says when its SIGTERM handler is in place, so the test does not stop it before.
      start: () =>
        spawn(process.execPath, ['-e', `process.on('SIGTERM', () => {}); console.log('ready'); ${RUN}`], {
          stdio: ['ignore', 'pipe', 'ignore'],
        }),
      log,
      delayMs: 10,
      killAfterMs: 300,
    })
    await until(() => supervised.current?.pid !== undefined)
    const child = supervised.current!
    await new Promise((resolve) => child.stdout!.once('data', resolve))
    await supervised.stop()
    expect(child.signalCode).toBe('SIGKILL')
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(supervised.starts).toBe(1)
    expect(lines).toEqual([])
  })

  test('a child that cannot be started counts as a crash', async () => {
    const { lines, log } = recorder()
    const supervised = superviseChild({
      name: 'the test server',
      start: () => spawn('/nonexistent/program', [], { stdio: 'ignore' }),
      log,
      delayMs: 10,
      maxCrashes: 2,
    })
    await until(() => supervised.gaveUp)
    expect(lines[0]).toMatch(/stopped unexpectedly \(spawn \/nonexistent\/program ENOENT\)/)
  })
})

describe(stopChild, () => {
  test('resolves at once for a child that has already exited', async () => {
    const child = node(CRASH)
    await new Promise((resolve) => child.on('exit', resolve))
    await stopChild(child)
    expect(child.exitCode).toBe(3)
  })
})
