import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * `npm start` is meant to work on a fresh clone with no set-up, yet production mode refuses to run
 * without a real PAYLOAD_SECRET. So the launcher keeps a random secret in data/payload-secret
 * (readable by the owner only) unless one is given in the environment.
 */
export async function loadOrCreateSecret(dataDir: string): Promise<{ secret: string; created: boolean }> {
  if (process.env.PAYLOAD_SECRET) return { secret: process.env.PAYLOAD_SECRET, created: false }
  const file = path.join(dataDir, 'payload-secret')
  try {
    const stored = (await readFile(file, 'utf8')).trim()
    if (stored) return { secret: stored, created: false }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new Error(`Cannot read ${file}`, { cause: error })
  }
  const secret = randomBytes(32).toString('hex')
  await mkdir(dataDir, { recursive: true })
  await writeFile(file, `${secret}\n`, { mode: 0o600 })
  return { secret, created: true }
}
