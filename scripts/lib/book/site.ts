/**
 * The book's part in `npm run build` (scripts/build-site.ts): build it before Astro, so the book
 * page can list the downloads from the manifest, and copy the files into the built site after.
 */
import { spawn } from 'node:child_process'
import { copyFile, mkdir } from 'node:fs/promises'
import path from 'node:path'

import { bookOutDir, readBookManifest } from '../../../site/lib/bookDownloads'

const root = path.resolve(import.meta.dirname, '../../..')

/**
 * `npm run build:book` in a process of its own, its output passed through. The book's Markdown,
 * EPUB and PDF code keeps about 250 MB once loaded, which would otherwise stay in the build's
 * process beside Astro's own peak (at 10,000 posts, the two together were over the 2 GiB budget).
 */
export async function buildBookForSite(): Promise<void> {
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/build-book.ts')], {
      cwd: root,
      env: process.env,
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    child.on('error', (cause) => reject(new Error('could not start the book build', { cause })))
    child.on('exit', resolve)
  })
  if (code !== 0) throw new Error(`the book build failed (exit code ${code}); the reason is above`)
}

/** Puts every download the manifest lists at its address in the built site (e.g. dist/boek/downloads/). */
export async function copyBookDownloads(siteDir: string): Promise<void> {
  const dir = bookOutDir()
  for (const download of readBookManifest(dir)?.downloads ?? []) {
    const target = path.join(siteDir, ...download.path.split('/'))
    await mkdir(path.dirname(target), { recursive: true })
    await copyFile(path.join(dir, download.file), target).catch((error: unknown) => {
      throw new Error(`Cannot copy the book's ${download.file} from ${dir} to ${target}`, { cause: error })
    })
  }
}
