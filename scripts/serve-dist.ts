/**
 * `npm run preview`: serves dist/ on http://127.0.0.1:4321 the way a static host does: index.html
 * for folders, 404.html (with status 404) for anything missing, nothing outside dist/, with the
 * site's security and caching headers (scripts/lib/siteHeaders.ts).
 * SITE_OUT_DIR serves another folder (`npm start` serves the live site's link, data/site/live),
 * SITE_PORT another port, HOST another address (127.0.0.1, loopback only, by default).
 */
import path from 'node:path'

import { logger } from './lib/log'
import { optionsFromEnv } from './lib/siteHeaders'
import { DEFAULT_HOST, startSiteServer } from './lib/siteServer'

const root = path.resolve(import.meta.dirname, '..', process.env.SITE_OUT_DIR || 'dist')
const port = Number(process.env.SITE_PORT || 4321)
const host = process.env.HOST || DEFAULT_HOST
const log = logger('site')

startSiteServer({ root, host, port, headers: optionsFromEnv(), log }).then(
  (site) => {
    log.info(`serving ${path.relative(process.cwd(), root) || '.'} at ${site.url}`)
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.on(signal, () => void site.close().then(() => process.exit(0)))
  },
  (error: Error) => {
    log.error(`cannot serve on ${host}:${port}: ${error.message}`)
    process.exit(1)
  },
)
