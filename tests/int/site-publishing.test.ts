/**
 * Publish to live: publishing queues a site build through the jobs queue, bursts coalesce, a
 * build that fails leaves the live site as it was and says why, and a restart in the middle of a
 * build leaves no half-swapped site and runs the build again. Real Payload, real site builds.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { openSync, readFileSync } from 'node:fs'
import { cp, readdir, readFile, readlink } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'

import { importContent } from '../../cms/content/importContent'
import { contentDir } from '../../cms/lib/paths'
import { buildsDir, liveLink } from '../../cms/publish/liveSite'
import { SITE_BUILD_QUEUE } from '../../cms/publish/requestSiteBuild'
import type { SiteBuild } from '../../cms/payload-types'
import { startCms, stopCms } from './helpers/cms'
import { paragraphs, seedPost } from './helpers/documents'
import { waitFor } from './helpers/waitFor'

// Publishing exports to content/: here, a copy inside the run folder (set before the CMS loads).
vi.hoisted(() => {
  process.env.CONTENT_DIR = `${process.env.TEST_RUN_DIR}/content`
})

const root = path.resolve(import.meta.dirname, '../..')
let payload: Payload
let authorId: number

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const pendingBuildJobs = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: 'buildSite' } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
        ],
      },
      overrideAccess: true,
    })
  ).docs

const builds = async (): Promise<SiteBuild[]> =>
  (await payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 100, overrideAccess: true }))
    .docs

/** Runs the queued site builds the way the server's cron does, once their short delay has passed. */
async function runQueuedBuilds(): Promise<void> {
  await sleep(Number(process.env.SITE_BUILD_DELAY_MS) + 100)
  // A failed build is retried after a backoff; wait for that too, so every attempt is on record.
  while ((await pendingBuildJobs()).length > 0) {
    await payload.jobs.run({ queue: SITE_BUILD_QUEUE, limit: 1 })
    await sleep(200)
  }
}

const livePage = (urlPath: string) => readFile(path.join(liveLink, urlPath, 'index.html'), 'utf8')

/** The slug follows the title: "Burst bericht" is at /blog/burst-bericht/. */
function publishPost(title: string, text: string) {
  return seedPost(payload, authorId, { title, summary: 'Een samenvatting.', body: paragraphs(text) })
}

beforeAll(async () => {
  payload = await startCms()
  await cp(path.join(root, 'content'), contentDir, { recursive: true })
  await importContent(payload, contentDir)
  authorId = (await payload.find({ collection: 'users', where: { contentId: { equals: 'marloes-jansen' } } }))
    .docs[0].id
  // The first build, as `npm start` queues it.
  await payload.jobs.queue({
    task: 'buildSite',
    queue: SITE_BUILD_QUEUE,
    input: { trigger: 'test start', force: true },
  })
  await runQueuedBuilds()
}, 300_000)

afterAll(async () => {
  if (payload) await stopCms(payload)
})

describe('publishing', () => {
  test('a burst of twenty publishes leaves one queued build, and it shows the latest state', async () => {
    const post = await publishPost('Burst bericht', 'Werken in het openbaar.')
    for (let version = 2; version <= 20; version++)
      await payload.update({
        collection: 'posts',
        id: post.id,
        data: { title: `Versie ${version} van de titel` },
      })
    expect(await pendingBuildJobs()).toHaveLength(1)

    const before = (await builds()).length
    await runQueuedBuilds()
    const after = await builds()
    expect(after.length - before).toBe(1)
    expect(after[0]).toMatchObject({ status: 'live' })
    expect(after[0].trigger).toContain('posts/burst-bericht')
    const page = await livePage('blog/burst-bericht')
    expect(page).toContain('Versie 20 van de titel')
    expect(page).not.toContain('Burst bericht')
  })

  test('saving a draft of a live post queues nothing; unpublishing takes it off the live site', async () => {
    const post = await publishPost('Tijdelijk bericht', 'Tijdelijk online.')
    await runQueuedBuilds()
    expect(await livePage('blog/tijdelijk-bericht')).toContain('Tijdelijk bericht')

    await payload.update({
      collection: 'posts',
      id: post.id,
      draft: true,
      data: { title: 'Concepttitel die niemand ziet' },
    })
    expect(await pendingBuildJobs()).toHaveLength(0)

    await payload.update({ collection: 'posts', id: post.id, data: { _status: 'draft' } })
    expect(await pendingBuildJobs()).toHaveLength(1)
    await runQueuedBuilds()
    await expect(livePage('blog/tijdelijk-bericht')).rejects.toThrow(/ENOENT/)
    expect(await readFile(path.join(liveLink, 'blog/rss.xml'), 'utf8')).not.toContain('tijdelijk-bericht')
  })

  test('a build that fails keeps the previous site live and records the error', async () => {
    const liveBefore = await readlink(liveLink)
    // Far more text than a page may weigh: the CMS accepts it, the site's budget check does not.
    const words = Array.from({ length: 40_000 }, (_, index) => `woord${(index * 7919) % 100_003}`)
    const huge = await publishPost('Te zwaar bericht', words.join(' '))
    await runQueuedBuilds()

    // The build failed, and so did its retry after the backoff: the content is the cause.
    const attempts = (await builds()).filter((build) => build.trigger.includes('te-zwaar-bericht'))
    expect(attempts.length).toBeGreaterThan(1)
    expect(attempts.every((build) => build.status === 'failed')).toBe(true)
    const failed = attempts[0]
    expect(failed?.error).toContain('the live site was not changed')
    expect(failed?.error).toContain('blog/te-zwaar-bericht/index.html')
    expect(failed?.log).toContain('[check]')
    expect(await readlink(liveLink)).toBe(liveBefore)
    await expect(livePage('blog/te-zwaar-bericht')).rejects.toThrow(/ENOENT/)
    expect(await livePage('blog/burst-bericht')).toContain('Versie 20 van de titel')
    expect((await readdir(buildsDir)).filter((name) => name.endsWith('.partial'))).toEqual([])

    // Shortening the post puts things right: the next build goes live, with the post.
    await payload.update({
      collection: 'posts',
      id: huge.id,
      data: { body: paragraphs('Nu een gewone lengte.') },
    })
    await runQueuedBuilds()
    expect((await builds())[0]).toMatchObject({ status: 'live' })
    expect(await readlink(liveLink)).not.toBe(liveBefore)
    expect(await livePage('blog/te-zwaar-bericht')).toContain('Nu een gewone lengte.')
  }, 240_000)
})

describe('a restart in the middle of a build', () => {
  let runner: ChildProcess | undefined

  const runnerLogFile = path.join(process.env.TEST_RUN_DIR!, 'runner.log')
  let runnerLog: number
  const startRunner = () => {
    runnerLog = openSync(runnerLogFile, 'a')
    runner = spawn(
      process.execPath,
      // One process (tsx as a loader, not its CLI), so killing it kills the CMS itself.
      ['--import', 'tsx', 'tests/int/helpers/siteJobRunner.ts'],
      {
        cwd: root,
        env: { ...process.env, PAYLOAD_JOBS_AUTORUN: 'true' },
        stdio: ['ignore', runnerLog, runnerLog],
      },
    )
    return runner
  }

  afterAll(() => {
    runner?.kill('SIGKILL')
  })

  test('leaves the live site whole, and the queued build runs after the restart', async () => {
    const liveBefore = await readlink(liveLink)
    await publishPost('Herstart bericht', 'Dit bericht komt online na de herstart.')

    const first = startRunner()
    // Wait until the build is under way (its folder exists), give it a moment, and cut it off.
    await waitFor('a build in progress', async () => {
      const partial = (await readdir(buildsDir)).some((name) => name.endsWith('.partial'))
      return partial && (await builds())[0]?.status === 'running'
    })
    await sleep(2000)
    expect((await builds())[0].status).toBe('running')
    first.kill('SIGKILL')
    await new Promise((resolve) => first.once('exit', resolve))

    expect(await readlink(liveLink)).toBe(liveBefore)
    expect(await readFile(path.join(liveLink, 'index.html'), 'utf8')).toContain('</html>')
    await expect(livePage('blog/herstart-bericht')).rejects.toThrow(/ENOENT/)

    startRunner()
    const done = await waitFor('the build after the restart', async () => {
      const latest = (await builds())[0]
      return latest &&
        latest.status !== 'running' &&
        latest.trigger.includes('herstart-bericht') &&
        latest.status !== 'interrupted'
        ? latest
        : undefined
    })
    expect(done.status, done.error ?? undefined).toBe('live')
    const statuses = (await builds()).map((build) => `${build.status}: ${build.trigger}`)
    expect(statuses.join('\n'), readFileSync(runnerLogFile, 'utf8').slice(-3000)).toContain(
      'interrupted: posts/herstart-bericht',
    )
    expect(await livePage('blog/herstart-bericht')).toContain('Herstart bericht')
    expect((await readdir(buildsDir)).filter((name) => name.endsWith('.partial'))).toEqual([])
  }, 240_000)
})
