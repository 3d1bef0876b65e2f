/**
 * Moving from WordPress, the whole way: an export of some three hundred published posts (our
 * fixture's classic and block-editor posts, many times over) goes through `npm run
 * import:wordpress` into a copy of content/, and `npm run build` makes a site of it that passes
 * check:dist. On that site every old address of the export leads to a page (a 301 from our own
 * server, query addresses such as `/?p=12` included), and imported posts pass axe in a real browser.
 */
import AxeBuilder from '@axe-core/playwright'
import { chromium } from '@playwright/test'
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from 'vitest'

import { readRedirects } from '../../model/files/readRedirects'
import { chromiumLaunchOptions } from '../../scripts/lib/chromium'
import { type RunningSiteServer, startSiteServer } from '../../scripts/lib/siteServer'
import { largerWordpressExport } from '../helpers/largerWordpressExport'
import { runScript } from './helpers/book'
import { siteBuildEnv } from './helpers/siteBuilds'

const fixtures = path.resolve(import.meta.dirname, '../fixtures/wordpress')
const quiet = { info: () => {}, warn: () => {}, error: () => {} }

let work: string
let content: string
let site: RunningSiteServer
let importOutput: string

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'wordpress-site-'))
  content = path.join(work, 'content')
  await cp(path.resolve(import.meta.dirname, '../../content'), content, { recursive: true })
  const exportFile = path.join(work, 'export.xml')
  await writeFile(exportFile, await largerWordpressExport(path.join(fixtures, 'export.xml'), 100))
  const imported = runScript('import-wordpress.ts', {}, [
    exportFile,
    '--uploads',
    path.join(fixtures, 'uploads'),
    '--out',
    content,
  ])
  expect(imported.status, imported.output).toBe(0)
  importOutput = imported.output
  // The build runs check:dist and fails on any problem it finds.
  const built = runScript(
    'build-site.ts',
    siteBuildEnv(content, path.join(work, 'dist'), path.join(work, 'cache')),
  )
  expect(built.status, built.output).toBe(0)
  site = await startSiteServer({ root: path.join(work, 'dist'), port: 0, log: quiet })
}, 600_000)

afterAll(async () => {
  await site?.close()
  await rm(work, { recursive: true, force: true })
})

test('a few hundred published posts arrive, and nothing that was not published', async () => {
  expect(importOutput).toMatch(/imported 303 posts, 1 pages/)
  expect(importOutput).toMatch(/skipped 5 not published/)
  const imported = (await readdir(path.join(content, 'posts'))).filter((name) => name.startsWith('wp-'))
  expect(imported).toHaveLength(303)
  expect(imported).not.toContain('wp-15.nl.md')
})

test('every old address of the export leads to a page of the new site', async () => {
  const { redirects } = await readRedirects(content)
  expect(redirects.length).toBeGreaterThan(900)
  for (const { from } of redirects) {
    const first = await fetch(new URL(from, site.url), { redirect: 'manual' })
    // An old address the new site has a page at (/over-ons/) is that page.
    if (first.status === 200) continue
    expect(first.status, from).toBe(301)
    const to = first.headers.get('location')!
    const page = await fetch(new URL(to, site.url), { redirect: 'manual' })
    expect(page.status, `${from} -> ${to}`).toBe(200)
  }
  // A query address the old site used, and one it did not.
  const byQuery = await fetch(new URL('/?p=13', site.url), { redirect: 'manual' })
  expect(byQuery.headers.get('location')).toBe('/blog/participatieavond-deventer/')
  expect((await fetch(new URL('/?p=99999', site.url), { redirect: 'manual' })).status).toBe(200)
})

test('imported posts and pages pass axe in a real browser', async () => {
  const browser = await chromium.launch(chromiumLaunchOptions())
  try {
    const page = await (await browser.newContext()).newPage()
    for (const address of [
      '/blog/twitter-voor-wethouders/',
      '/blog/participatieavond-deventer-7/',
      '/en/blog/open-government-flanders/',
      '/blog/',
    ]) {
      const response = await page.goto(new URL(address, site.url).href)
      expect(response?.status(), address).toBe(200)
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      expect(results.violations.map((violation) => `${address} ${violation.id}: ${violation.help}`)).toEqual(
        [],
      )
    }
  } finally {
    await browser.close()
  }
})
