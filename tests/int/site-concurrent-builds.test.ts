/**
 * Two site builds of one checkout at once, each on its own caches into a folder outside the
 * project, as a draft's preview runs beside a publish when SITE_DIR lies elsewhere: Astro keeps
 * files of both in the project's own .astro/, so they take turns for the Astro step
 * (scripts/build-site.ts); both must finish and make the same site.
 */
import { mkdtemp } from 'node:fs/promises'
import path from 'node:path'

import { expect, test } from 'vitest'

import { root, startScript } from './helpers/book'
import { differences, siteBuildEnv } from './helpers/siteBuilds'

test('two builds at once both finish, taking turns for the Astro step, and make the same site', async () => {
  const work = await mkdtemp(path.join(process.env.TEST_RUN_DIR!, 'concurrent-'))
  const [first, second] = await Promise.all(
    ['first', 'second'].map((name) =>
      startScript(
        'build-site.ts',
        siteBuildEnv(path.join(root, 'content'), path.join(work, name), path.join(work, `${name}-caches`)),
      ),
    ),
  )
  expect(first.status, first.output).toBe(0)
  expect(second.status, second.output).toBe(0)
  const waited = [first, second].filter((run) =>
    run.output.includes("waiting for another build's Astro step"),
  )
  // At least one: a build of another test file running beside this one may make both wait.
  expect(waited.length).toBeGreaterThanOrEqual(1)
  expect(await differences(path.join(work, 'first'), path.join(work, 'second'))).toEqual({
    missing: [],
    extra: [],
    different: [],
  })
}, 300_000)
