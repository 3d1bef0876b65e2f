import { defineConfig } from '@playwright/test'
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { e2eAdmin } from './tests/e2e/helpers/admin'
import { chromiumLaunchOptions } from './scripts/lib/chromium'

/**
 * End-to-end tests in a real Chromium against the real CMS, started by the same `npm start` script a
 * user runs, on a fresh SQLite database and media folder for this run.
 */
const cmsPort = Number(process.env.E2E_CMS_PORT || 3100)
const sitePort = Number(process.env.E2E_SITE_PORT || 4322)
/** The live site that `npm start` builds and serves next to the CMS (publish-to-live tests). */
const livePort = Number(process.env.E2E_LIVE_PORT || 4323)
process.env.E2E_LIVE_URL = `http://localhost:${livePort}`
const tsx = 'node node_modules/tsx/dist/cli.mjs'
// Workers load this file too; the first load decides the folder and the environment passes it on.
if (!process.env.E2E_RUN_DIR) {
  process.env.E2E_RUN_DIR = mkdtempSync(path.join(tmpdir(), 'cms-e2e-'))
  // The CMS exports what is published into its own copy of content/, never into the repository's.
  cpSync('content', path.join(process.env.E2E_RUN_DIR, 'content'), { recursive: true })
}
const runDir = process.env.E2E_RUN_DIR

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Two at once: the admin tests one after another in one worker (they share one CMS and its live
  // site), the site tests (read-only, against a static server) in the other, and in both once the
  // admin tests are done.
  workers: 2,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: 'list',
  outputDir: 'test-results/e2e-artifacts',
  use: {
    locale: 'en-GB',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    ...(process.env.E2E_SKIP_CMS
      ? []
      : [
          {
            name: 'cms',
            testMatch: /admin-.*\.spec\.ts/,
            workers: 1,
            use: { baseURL: `http://localhost:${cmsPort}` },
          },
        ]),
    {
      name: 'site-phone',
      testMatch: /site-.*\.spec\.ts/,
      // Read-only tests of one static site: spread one by one, not file by file, so neither worker
      // is left alone with a long file at the end.
      fullyParallel: true,
      // What a page says, lists or finds is the same in every viewport: those tests (ANY_VIEWPORT in
      // tests/e2e/helpers/site.ts) run once, in the desktop project.
      grepInvert: /@any-viewport/,
      use: {
        baseURL: `http://localhost:${sitePort}`,
        viewport: { width: 375, height: 740 },
        isMobile: true,
        hasTouch: true,
      },
    },
    {
      name: 'site-desktop',
      testMatch: /site-.*\.spec\.ts/,
      fullyParallel: true,
      use: { baseURL: `http://localhost:${sitePort}`, viewport: { width: 1280, height: 900 } },
    },
  ],
  webServer: [
    {
      // The static site, built from content/ and served the way a static host serves it.
      command: `${tsx} scripts/build-site.ts && ${tsx} scripts/serve-dist.ts`,
      url: `http://127.0.0.1:${sitePort}/`,
      timeout: 300_000,
      reuseExistingServer: false,
      env: {
        SITE_PORT: String(sitePort),
        // The agenda as of this moment, so which demo events are upcoming does not change with the date.
        BUILD_MOMENT: '2026-12-03T12:00:00Z',
        ...(process.env.SITE_OUT_DIR ? { SITE_OUT_DIR: process.env.SITE_OUT_DIR } : {}),
      },
    },
    // E2E_SKIP_CMS=1 runs only the site tests, without building and starting the CMS.
    ...(process.env.E2E_SKIP_CMS
      ? []
      : [
          {
            command: `${tsx} scripts/start.ts`,
            url: `http://127.0.0.1:${cmsPort}/api/globals/site-settings`,
            timeout: 300_000,
            reuseExistingServer: false,
            stdout: 'pipe' as const,
            stderr: 'pipe' as const,
            env: {
              CMS_PORT: String(cmsPort),
              DATABASE_URL: `file:${path.join(runDir, 'cms.db')}`,
              MEDIA_DIR: path.join(runDir, 'media'),
              CONTENT_DIR: path.join(runDir, 'content'),
              SITE_DIR: path.join(runDir, 'site'),
              SITE_PORT: String(livePort),
              // Its own caches, so the live builds don't race the site tests' build.
              ASTRO_CACHE_DIR: path.join(runDir, 'cache/astro'),
              SEARCH_CACHE_DIR: path.join(runDir, 'cache/search'),
              // The demo's posts split by year as a large archive's are (the newest year alone), so
              // an edited old post takes the way it takes at scale (scripts/lib/search/edits.ts).
              SEARCH_POSTS_PER_SHARD: '6',
              BOOK_OUT_DIR: path.join(runDir, 'cache/book'),
              // No SMTP server: mail goes to this outbox, which admins read in the admin.
              OUTBOX_DIR: path.join(runDir, 'outbox'),
              PAYLOAD_SECRET: 'e2e-secret-for-this-test-run-only-0123456789abcdef',
              ADMIN_EMAIL: e2eAdmin.email,
              ADMIN_PASSWORD: e2eAdmin.password,
            },
          },
        ]),
  ],
})
