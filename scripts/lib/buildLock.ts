import { readFileSync, rmSync } from 'node:fs'
import { link, mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

const holderOf = (file: string): number => {
  try {
    return Number(readFileSync(file, 'utf8').trim())
  } catch {
    return 0
  }
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0) // only asks whether it is there
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * One build at a time per cache folder: two builds on the same caches (a developer's `npm run
 * build` while the CMS publishes, say) would write each other's cached pages, page lists and
 * output. The lock is a file with the holder's process id; a later build waits for it, and takes
 * it over when that process is gone (killed without cleaning up). Released on exit, or earlier by
 * calling the function it returns.
 */
export async function lockBuildCaches(dir: string, onWait: (holder: number) => void): Promise<() => void> {
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, 'build.lock')
  let told = false
  for (;;) {
    // Written aside and linked into place: the lock file exists only with its holder's id in it.
    const mine = `${file}.${process.pid}`
    await writeFile(mine, `${process.pid}\n`)
    try {
      await link(mine, file)
      const release = () => {
        if (holderOf(file) === process.pid) rmSync(file, { force: true })
      }
      process.once('exit', release)
      return release
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    } finally {
      await rm(mine, { force: true })
    }
    const holder = holderOf(file)
    if (!holder || !isRunning(holder)) {
      // Gone without cleaning up; look again right before removing, in case another build took it.
      if (holderOf(file) === holder) await rm(file, { force: true })
      continue
    }
    if (!told) onWait(holder)
    told = true
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}
