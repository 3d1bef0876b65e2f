/**
 * Runs in each integration test process before the test file is imported: points the CMS at a
 * fresh temporary database (SQLite by default, MongoDB when TEST_MONGODB_URL is set) and a fresh
 * media folder, content/ folder and live-site folder, so every file starts from an empty CMS and
 * leaves nothing behind.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { mongoUrlWithDatabase } from '../../helpers/mongoUrl'

const runDir = mkdtempSync(path.join(tmpdir(), 'cms-int-'))
const mongoUrl = process.env.TEST_MONGODB_URL

process.env.DATABASE_URL = mongoUrl
  ? mongoUrlWithDatabase(mongoUrl, `cms_test_${Date.now()}_${randomBytes(3).toString('hex')}`)
  : `file:${path.join(runDir, 'cms.db')}`
process.env.MEDIA_DIR = path.join(runDir, 'media')
process.env.ADMIN_EMAIL = 'beheer@test.example'
process.env.ADMIN_PASSWORD = 'test-admin-wachtwoord-2026'
process.env.PAYLOAD_JOBS_AUTORUN = 'false'
process.env.DISABLE_PAYLOAD_HMR = 'true'
process.env.MAX_UPLOAD_MB = '2'
process.env.TEST_RUN_DIR = runDir
// Publishing builds the live site: in tests it stays inside the run folder (the publishing test
// also points CONTENT_DIR there, before it imports the CMS).
process.env.SITE_DIR = path.join(runDir, 'site')
process.env.SITE_BUILD_DELAY_MS = '300'
process.env.SITE_BUILD_RETRY_DELAY_MS = '1000'
// Without SMTP_URL the CMS writes its mail here (tests/int/mail.test.ts starts an SMTP server).
process.env.OUTBOX_DIR = path.join(runDir, 'outbox')
delete process.env.SMTP_URL
// A site build keeps its caches (Astro's pages, the book, search shards, content and page checks) in
// this file's run folder too, unless the test names its own: files run side by side, and two builds
// sharing the repository's .cache/ would read each other's half-written caches.
process.env.ASTRO_CACHE_DIR = path.join(runDir, 'cache/astro')
process.env.BOOK_OUT_DIR = path.join(runDir, 'cache/book')
process.env.SEARCH_CACHE_DIR = path.join(runDir, 'cache/search')
process.env.CONTENT_CHECK_CACHE = path.join(runDir, 'cache/content-checks.json')
process.env.DIST_CHECK_CACHE = path.join(runDir, 'cache/dist-checks.json')
