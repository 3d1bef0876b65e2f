// The public site: built from content/ only (see site/content.config.ts), Dutch at / and English at /en/.
import { unified } from '@astrojs/markdown-remark'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import path from 'node:path'

import { markdownOptions, syntaxHighlight } from './site/lib/markdown/options.ts'
import { isFormResultUrl } from './model/urls.ts'
import { cmsOrigin } from './site/lib/cmsOrigin.ts'
import { contentSecurityPolicy } from './site/lib/safety/contentSecurityPolicy.ts'
import { dataStoreForPages } from './site/lib/dataStoreForPages.ts'
import { sitemapLanguages } from './site/lib/sitemapLanguages.ts'

// The content/ folder the site builds from; CONTENT_DIR points elsewhere (tests build exported copies).
const contentDir = path.resolve(process.env.CONTENT_DIR || 'content')
const cacheDir = process.env.ASTRO_CACHE_DIR || './.cache/astro'
const site = process.env.SITE_URL || 'https://openambt.example'
const base = process.env.SITE_BASE || '/'
const outDir = process.env.SITE_OUT_DIR || './dist'
const languages = sitemapLanguages({
  root: new URL(base.endsWith('/') ? base : `${base}/`, site).href,
  outDir: path.resolve(outDir),
  hreflangs: { nl: 'nl-NL', en: 'en-GB' },
})

export default defineConfig({
  site,
  // Only a draft's preview in the CMS sets SITE_BASE: its assets are served under /preview/site/<key>/.
  base,
  srcDir: './site',
  publicDir: './public',
  outDir,
  // Re-encoded images survive between builds here, outside node_modules.
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    defaultLocale: 'nl',
    locales: ['nl', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    // unified (remark) rather than Astro's default Markdown processor: our content/ conventions
    // (references, media, directives) are remark plugins shared with the CMS import and export.
    // The book build (scripts/lib/book/) renders chapters with the same options.
    processor: unified({ ...markdownOptions, remarkPlugins: [...markdownOptions.remarkPlugins] }),
    syntaxHighlight,
  },
  integrations: [
    sitemap({
      // A form's thank-you and "not sent" pages are where a form leads, not pages to find.
      filter: languages.filter((page) => !isFormResultUrl(page)),
      // Each page's twin in the other language, as its head names it (not the integration's i18n
      // option, which pairs by path only and compares every address with every other).
      serialize: languages.serialize,
    }),
  ],
  devToolbar: { enabled: false },
  // A Content-Security-Policy in every page (site/lib/safety/contentSecurityPolicy.ts): scripts and
  // styles only from our origin or with the hash of what Astro inlined, so text from content can
  // never run as script even if it got past the escaping.
  security: { csp: contentSecurityPolicy(cmsOrigin()) },
  experimental: {
    // Publishing one post must not cost a full rebuild (README, "Incremental builds"): a page of a
    // dynamic route whose cacheKey (site/lib/pageKeys.ts) and code are unchanged is copied from the
    // last build.
    // The cache lives in cacheDir (incremental-build.json and dist/), not in outDir, so it also
    // serves the publish flow's fresh folder per build. Not for a draft's preview: its base differs
    // every time, which invalidates the whole cache anyway, and it keeps a cache of its own.
    incrementalBuild: process.env.SITE_PREVIEW !== '1',
  },
  vite: {
    resolve: { alias: { '@content': contentDir } },
    // The pages take the content data store from the content sync, not from a 100 MB string in the bundle.
    plugins: [dataStoreForPages(cacheDir)],
  },
})
