/**
 * Runs a Node script of this repository in a process of its own (the same Node as ours), its
 * output passed through. Used for the steps that must not share our memory or our fate: the admin's
 * `next build`, the book build, the test runners, the CMS and site servers' preparation.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')

type RunOptions = {
  env?: NodeJS.ProcessEnv
  /** What the child reads: our standard input, or nothing (the default; CI has none to give). */
  stdin?: 'inherit' | 'ignore'
}

/** `node <args>` in the repository; resolves with the exit code (1 when killed by a signal). */
export function runNode(
  args: string[],
  { env = process.env, stdin = 'ignore' }: RunOptions = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: [stdin, 'inherit', 'inherit'] })
    child.on('error', (cause) => reject(new Error(`could not start node ${args.join(' ')}`, { cause })))
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

/** As `runNode`, but fails unless the script exited with 0: "`what` failed (exit code N); …". */
export async function runNodeToSuccess(what: string, args: string[], options?: RunOptions): Promise<void> {
  const code = await runNode(args, options)
  if (code !== 0) throw new Error(`${what} failed (exit code ${code}); the reason is above`)
}
