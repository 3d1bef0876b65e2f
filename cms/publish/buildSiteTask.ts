import type { TaskConfig } from 'payload'

import { pruneBuilds } from './liveSite'
import { runSiteBuild } from './runSiteBuild'

/** The log kept per build in the admin: the end of it, where the summary and any error are. */
const MAX_LOG_CHARS = 200_000
/** How often a running build's log is saved, so the admin shows its progress. */
const SAVE_EVERY_MS = 3000

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/**
 * The `buildSite` job: one publish-to-live run (see runSiteBuild.ts) with its record in the
 * site-builds collection. Jobs share one concurrency key, so builds never overlap, and a newly
 * queued build replaces one that has not started yet. A failed build is retried with backoff
 * (a cause outside the content, such as a full disk, may have gone by then).
 */
export const buildSiteTask: TaskConfig<'buildSite'> = {
  slug: 'buildSite',
  label: 'Build the site',
  inputSchema: [
    { name: 'trigger', type: 'text', required: true },
    { name: 'full', type: 'checkbox' },
    { name: 'force', type: 'checkbox' },
  ],
  outputSchema: [{ name: 'status', type: 'text' }],
  retries: {
    attempts: 2,
    backoff: { type: 'exponential', delay: Number(process.env.SITE_BUILD_RETRY_DELAY_MS ?? 10_000) },
  },
  concurrency: { key: () => 'site-build', exclusive: true, supersedes: true },
  handler: async ({ input, req }) => {
    const { payload } = req
    const startedAt = new Date()
    const id = startedAt.toISOString().replace(/[-:]/g, '').replace('.', '-')
    const record = await payload.create({
      collection: 'site-builds',
      data: {
        status: 'running',
        trigger: input.trigger,
        full: Boolean(input.full),
        startedAt: startedAt.toISOString(),
      },
      overrideAccess: true,
    })
    let log = ''
    let lastSave = Date.now()
    const save = (data: Record<string, unknown>) =>
      payload.update({ collection: 'site-builds', id: record.id, data, overrideAccess: true })
    const onLine = (line: string) => {
      payload.logger.info(`site build ${id}: ${line}`)
      log = (log + line + '\n').slice(-MAX_LOG_CHARS)
      if (Date.now() - lastSave < SAVE_EVERY_MS) return
      lastSave = Date.now()
      void save({ log }).catch(() => undefined)
    }
    const finish = (status: 'live' | 'unchanged' | 'failed', extra: Record<string, unknown>) =>
      save({
        status,
        log,
        finishedAt: new Date().toISOString(),
        durationMs: Date.now() - startedAt.getTime(),
        ...extra,
      })

    onLine(`started: ${input.trigger}${input.full ? ' (full build)' : ''}`)
    try {
      const result = await runSiteBuild(payload, {
        id,
        full: Boolean(input.full),
        force: Boolean(input.force || input.full),
        onLine,
      })
      const { exportMs, buildMs, swapMs } = result.timings
      const summary = result.skipped
        ? `nothing changed (export ${seconds(exportMs)})`
        : `${result.changedFiles} changed files; export ${seconds(exportMs)}, build ${seconds(buildMs)}, swap ${seconds(swapMs)}`
      onLine(`done: ${summary}`)
      await finish(result.skipped ? 'unchanged' : 'live', { summary })
      if (!result.skipped) await pruneBuilds()
      return { output: { status: result.skipped ? 'unchanged' : 'live' } }
    } catch (error) {
      const message = (error as Error).message
      onLine(`failed: ${message.split('\n')[0]}`)
      await finish('failed', { error: message, summary: message.split('\n')[0] })
      throw error
    }
  },
}
