/**
 * `npm run preview`: serves dist/ on http://localhost:4321 the way a static host does: index.html
 * for folders, 404.html (with status 404) for anything missing, nothing outside dist/.
 * SITE_OUT_DIR serves another folder (`npm start` serves the live site's link, data/site/live).
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import path from 'node:path'

import { contentTypeOf, resolveStaticFile } from '../cms/lib/staticFiles'
import { logger } from './lib/log'

const root = path.resolve(import.meta.dirname, '..', process.env.SITE_OUT_DIR || 'dist')
const port = Number(process.env.SITE_PORT || 4321)
const log = logger('site')

/** Under `npm start`, the live site may not exist until the first build is done. */
const BUILDING_PAGE = `<!doctype html><html lang="nl"><meta charset="utf-8"><meta http-equiv="refresh" content="5">
<title>De website wordt gebouwd</title><p>De website wordt gebouwd. Deze pagina ververst zichzelf.</p>
<p lang="en">The website is being built. This page refreshes itself.</p></html>`

const server = createServer(async (request, response) => {
  if (!(await stat(root).catch(() => undefined))) {
    response.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '5' })
    response.end(BUILDING_PAGE)
    return
  }
  const file = await resolveStaticFile(root, request.url ?? '/')
  const target = file ?? path.join(root, '404.html')
  response.writeHead(file ? 200 : 404, {
    'Content-Type': contentTypeOf(target),
  })
  createReadStream(target)
    .on('error', () => response.end())
    .pipe(response)
})

server.listen(port, () =>
  log.info(`serving ${path.relative(process.cwd(), root) || '.'} at http://localhost:${port}/`),
)
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => server.close(() => process.exit(0)))
