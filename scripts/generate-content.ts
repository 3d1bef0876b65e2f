/**
 * `npm run content:generate -- [--posts 10000] [--tips 2000] [--speakers 500]
 * [--out .cache/generated-content] [--seed 1]`: a complete content/ folder at scale, for building
 * and measuring the site on a large archive (`CONTENT_DIR=<out> npm run build`). Counts are files,
 * a Dutch and an English one per document; the same arguments give the same bytes. See README.md,
 * "Generated content at scale", and scripts/lib/generate/.
 */
import { generateContent } from './lib/generate/generate'
import { ArgumentError, parseGenerateArguments } from './lib/generate/options'
import { elapsed, logger } from './lib/log'
import { requireNode } from './lib/requireNode'

const log = logger('generate')

async function main(): Promise<void> {
  requireNode()
  const options = parseGenerateArguments(process.argv.slice(2))
  const start = performance.now()
  log.info(
    `${options.posts} post, ${options.tips} tip and ${options.speakers} speaker files, ${options.authors} authors, seed ${options.seed} -> ${options.out}`,
  )
  const summary = await generateContent(options, log)
  const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`
  const { posts, tips, speakers, authors } = summary.files
  log.info(
    `done: ${posts} posts, ${tips} tips, ${speakers} speakers, ${authors} authors files (${megabytes(summary.generatedBytes)}) ` +
      `+ ${summary.copied.files} files copied from content/ (${megabytes(summary.copied.bytes)}), ` +
      `${summary.checkedFiles} files checked, in ${elapsed(start)} -> ${summary.out}`,
  )
}

main().catch((error: unknown) => {
  log.error((error as Error).message)
  if (!(error instanceof ArgumentError) && (error as Error).cause)
    log.error(`cause: ${String(((error as Error).cause as Error)?.message ?? (error as Error).cause)}`)
  process.exitCode = 1
})
