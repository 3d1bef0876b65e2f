/**
 * Runs a command and measures it the way the scale budgets are stated: wall time, and the peak of
 * the resident memory of the whole process tree (the command, Astro, Pagefind, Chromium...), read
 * from /proc a few times a second. Linux only, like the machines we measure on.
 */
import { spawn } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'

export type Measured = { seconds: number; peakBytes: number; exitCode: number; output: string }

const PAGE_SIZE = 4096

/** Every process's parent and resident bytes, from /proc/<pid>/stat. */
async function processTable(): Promise<Map<number, { parent: number; rss: number }>> {
  const table = new Map<number, { parent: number; rss: number }>()
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = await readFile(`/proc/${name}/stat`, 'utf8')
      // The command name is in parentheses and may hold spaces: the fields after it are fixed.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      table.set(Number(name), { parent: Number(fields[1]), rss: Number(fields[21]) * PAGE_SIZE })
    } catch {
      // The process ended while we looked.
    }
  }
  return table
}

/**
 * The resident bytes of `root` and all its descendants right now, and of every process whose
 * command line contains `alsoCommand` (a process the command talks to but did not start, such as
 * the site renderer that stays running between builds), with its descendants.
 */
export async function treeBytes(root: number, alsoCommand?: string): Promise<number> {
  const table = await processTable()
  const children = new Map<number, number[]>()
  for (const [pid, { parent }] of table) children.set(parent, [...(children.get(parent) ?? []), pid])
  const stack = [root, ...(alsoCommand ? await processesRunning(table.keys(), alsoCommand) : [])]
  const counted = new Set<number>()
  let total = 0
  while (stack.length) {
    const pid = stack.pop()!
    if (counted.has(pid)) continue
    counted.add(pid)
    total += table.get(pid)?.rss ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

async function processesRunning(pids: Iterable<number>, command: string): Promise<number[]> {
  const found: number[] = []
  for (const pid of pids) {
    const line = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')
    if (line.includes(command)) found.push(pid)
  }
  return found
}

/**
 * Runs `command` with `args`, its output passed through (and kept, for the caller to read), and
 * returns its time and peak memory.
 */
export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; quiet?: boolean; alsoCommand?: string },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const keep = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString('utf8')
      if (!options.quiet) stream.write(chunk)
    }
    child.stdout.on('data', keep(process.stdout))
    child.stderr.on('data', keep(process.stderr))
    let peakBytes = 0
    let sampling = false
    const timer = setInterval(() => {
      if (sampling || child.pid === undefined) return
      sampling = true
      void treeBytes(child.pid, options.alsoCommand)
        .then((bytes) => (peakBytes = Math.max(peakBytes, bytes)))
        .finally(() => (sampling = false))
    }, 250)
    child.on('error', (error) => {
      clearInterval(timer)
      reject(error)
    })
    child.on('exit', (code) => {
      clearInterval(timer)
      resolve({ seconds: (performance.now() - started) / 1000, peakBytes, exitCode: code ?? 1, output })
    })
  })
}
