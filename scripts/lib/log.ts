/** Progress lines for command-line scripts: one prefix per tool, so interleaved output stays readable. */
export function logger(prefix: string) {
  const line = (stream: NodeJS.WriteStream, message: string) => stream.write(`[${prefix}] ${message}\n`)
  return {
    info: (message: string) => line(process.stdout, message),
    warn: (message: string) => line(process.stderr, `warning: ${message}`),
    error: (message: string) => line(process.stderr, `error: ${message}`),
  }
}

/** "12.3 s" for a duration that started at `start` (from performance.now()). */
export const elapsed = (start: number): string => `${((performance.now() - start) / 1000).toFixed(1)} s`
