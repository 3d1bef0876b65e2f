/**
 * Draws the demo images (no downloads): every module in scripts/demo-images exports `images`, a list
 * of DemoImage. Each is rasterised with sharp into content/media/<id>.<format> with a YAML sidecar.
 * Output is deterministic for a given sharp version, so re-running changes no files.
 *
 *   npm run content:images             all modules
 *   npm run content:images -- posts.ts  one module
 */
import { readdir, writeFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import sharp from 'sharp'

import { stringifyYaml } from '../model/files/yaml'
import type { DemoImage } from './demo-images/types'

const root = path.resolve(import.meta.dirname, '..')
const mediaDir = path.join(root, 'content/media')
const modulesDir = path.join(root, 'scripts/demo-images')

/** The same sidecar that `npm run content:export` writes, so drawing and exporting agree byte for byte. */
function sidecar(image: DemoImage): string {
  return stringifyYaml({
    alt: image.alt,
    ...(image.caption ? { caption: image.caption } : {}),
    credit: image.credit,
    focalPoint: image.focalPoint ?? { x: 50, y: 50 },
  })
}

async function render(image: DemoImage): Promise<Buffer> {
  const pipeline = sharp(Buffer.from(image.svg), { density: 72 }).resize(image.width, image.height)
  if (image.format === 'jpg') return pipeline.jpeg({ quality: 78, mozjpeg: true }).toBuffer()
  return pipeline.png({ compressionLevel: 9, palette: true }).toBuffer()
}

async function main(): Promise<void> {
  await mkdir(mediaDir, { recursive: true })
  const only = process.argv.slice(2)
  const modules = (await readdir(modulesDir))
    .filter((file) => file.endsWith('.ts') && file !== 'types.ts')
    .filter((file) => only.length === 0 || only.includes(file))
    .sort()
  const seen = new Set<string>()
  let count = 0
  for (const file of modules) {
    const { images } = (await import(pathToFileURL(path.join(modulesDir, file)).href)) as {
      images: DemoImage[]
    }
    for (const image of images) {
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(image.id))
        throw new Error(`${file}: image id "${image.id}" is not a valid id`)
      if (seen.has(image.id)) throw new Error(`${file}: image id "${image.id}" is used twice`)
      seen.add(image.id)
      try {
        await writeFile(path.join(mediaDir, `${image.id}.${image.format}`), await render(image))
      } catch (cause) {
        throw new Error(`${file}: could not draw image "${image.id}"`, { cause })
      }
      await writeFile(path.join(mediaDir, `${image.id}.yml`), sidecar(image))
      count++
      process.stdout.write(`\rcontent:images  ${count} drawn (${file})`.padEnd(60))
    }
  }
  process.stdout.write(`\ncontent:images  wrote ${count} images to content/media\n`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
