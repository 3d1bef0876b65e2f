import { Worker } from 'node:worker_threads'

import { filesUnder } from './filesUnder'

/** Sums the sizes of `workerData.files` under `workerData.dir` (a worker thread: see dirStats). */
const SUM_SIZES = `
const { statSync } = require('node:fs')
const path = require('node:path')
const { parentPort, workerData } = require('node:worker_threads')
let bytes = 0
for (const file of workerData.files) bytes += statSync(path.join(workerData.dir, file)).size
parentPort.postMessage(bytes)
`

/**
 * Number of HTML pages and total bytes under a folder (`files`: its files, when already listed).
 * The sizes are summed on a thread of their own: a stat per file, 31,000 files and most of a
 * second at 10,000 posts, which the build spends on its checks meanwhile (build-site.ts).
 */
export async function dirStats(
  dir: string,
  files: string[] = filesUnder(dir),
): Promise<{ pages: number; files: number; bytes: number }> {
  const bytes = await new Promise<number>((resolve, reject) => {
    const worker = new Worker(SUM_SIZES, { eval: true, workerData: { dir, files } })
    worker.once('message', resolve)
    worker.once('error', reject)
    worker.once('exit', (code) =>
      reject(new Error(`the thread that sums file sizes stopped (exit code ${code})`)),
    )
  })
  return {
    pages: files.filter((file) => file.endsWith('.html')).length,
    files: files.length,
    bytes,
  }
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
