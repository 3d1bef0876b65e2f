/**
 * Two site builds of one checkout at once, each on its own caches into a folder outside the
 * project, the way the CMS runs a draft's preview beside a publish when SITE_DIR lies elsewhere
 * (runBuildScript): Astro keeps files of both in the project's own .astro/, so they take turns
 * for the Astro step (scripts/build-site.ts); both must finish and make the same site.
 *
 * The second build also runs out of memory on the way: its ASTRO_HEAP_MB is far below what Astro
 * needs, as when an archive outgrows the limit. It must say so, build the pages again without a
 * limit and still make the same site as the first.
 */
import { mkdtemp } from 'node:fs/promises'
import path from 'node:path'

import { expect, test } from 'vitest'

import { runBuildScript } from '../../cms/publish/runSiteBuild'
import { root } from './helpers/book'
import { differences, siteBuildEnv } from './helpers/siteBuilds'

test('two builds at once both finish, taking turns for the Astro step, and make the same site, one after running out of memory', async () => {
  const work = await mkdtemp(path.join(process.env.TEST_RUN_DIR!, 'concurrent-'))
  const outputs = await Promise.all(
    ['first', 'second'].map(async (name) => {
      const lines: string[] = []
      const dir = path.join(work, name)
      await runBuildScript(dir, {
        onLine: (line) => lines.push(line),
        env: {
          ...siteBuildEnv(path.join(root, 'content'), dir, path.join(work, `${name}-caches`)),
          ASTRO_HEAP_MB: name === 'second' ? '64' : '',
        },
      })
      return lines
    }),
  )
  const waited = outputs.filter((lines) =>
    lines.some((line) => line.includes("waiting for another build's Astro step")),
  )
  // At least one: a build of another test file beside it may make both wait.
  expect(waited.length).toBeGreaterThanOrEqual(1)
  const retried = (lines: string[]) =>
    lines.some((line) =>
      line.includes(
        'Astro needed more than its 64 MB heap (ASTRO_HEAP_MB); building the pages again without a limit',
      ),
    )
  expect(outputs.map(retried)).toEqual([false, true])
  expect(await differences(path.join(work, 'first'), path.join(work, 'second'))).toEqual({
    missing: [],
    extra: [],
    different: [],
  })
}, 300_000)
