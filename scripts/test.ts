/**
 * `npm test`: unit and integration tests (Vitest), then end-to-end tests in a real Chromium
 * (Playwright), and one summary line at the end: `tests: N passed, M failed`.
 * Pass `--skip-e2e` to run only the Vitest suites.
 */
import { mkdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'

import { elapsed, logger } from './lib/log'
import { requireNode } from './lib/requireNode'
import { runNode } from './lib/runNode'

const root = path.resolve(import.meta.dirname, '..')
const resultsDir = path.join(root, 'test-results')
const log = logger('test')

type Counts = { passed: number; failed: number; skipped: number }

const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> =>
  runNode([path.join(root, command), ...args], { env, stdin: 'inherit' })

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T
  } catch {
    return undefined
  }
}

async function vitest(): Promise<Counts & { exitCode: number }> {
  const output = path.join(resultsDir, 'vitest.json')
  const exitCode = await run('node_modules/vitest/vitest.mjs', [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${output}`,
  ])
  const report = await readJson<{
    numPassedTests: number
    numFailedTests: number
    numPendingTests: number
    numTodoTests: number
  }>(output)
  if (!report) return { passed: 0, failed: 1, skipped: 0, exitCode: exitCode || 1 }
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (exitCode !== 0 && report.numFailedTests === 0 ? 1 : 0),
    skipped: report.numPendingTests + report.numTodoTests,
    exitCode,
  }
}

async function playwright(): Promise<Counts & { exitCode: number }> {
  const output = path.join(resultsDir, 'e2e.json')
  const exitCode = await run('node_modules/@playwright/test/cli.js', ['test', '--reporter=list,json'], {
    ...process.env,
    PLAYWRIGHT_JSON_OUTPUT_NAME: output,
  })
  const report = await readJson<{
    stats: { expected: number; unexpected: number; flaky: number; skipped: number }
  }>(output)
  if (!report) return { passed: 0, failed: 1, skipped: 0, exitCode: exitCode || 1 }
  return {
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected + (exitCode !== 0 && report.stats.unexpected === 0 ? 1 : 0),
    skipped: report.stats.skipped,
    exitCode,
  }
}

async function main(): Promise<void> {
  requireNode()
  const start = performance.now()
  await rm(resultsDir, { recursive: true, force: true })
  await mkdir(resultsDir, { recursive: true })

  log.info('unit and integration tests (Vitest)')
  const suites = [await vitest()]
  if (!process.argv.includes('--skip-e2e')) {
    log.info('end-to-end tests (Playwright, real Chromium, real CMS)')
    suites.push(await playwright())
  }
  const total = suites.reduce(
    (sum, suite) => ({
      passed: sum.passed + suite.passed,
      failed: sum.failed + suite.failed,
      skipped: sum.skipped + suite.skipped,
    }),
    { passed: 0, failed: 0, skipped: 0 },
  )
  log.info(`finished in ${elapsed(start)}`)
  process.stdout.write(
    `tests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}\n`,
  )
  process.exitCode = suites.some((suite) => suite.exitCode !== 0) || total.failed > 0 ? 1 : 0
}

main().catch((error: unknown) => {
  log.error((error as Error).stack ?? String(error))
  process.stdout.write('tests: 0 passed, 1 failed\n')
  process.exitCode = 1
})
