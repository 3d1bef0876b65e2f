import path from 'node:path'

/**
 * The repository root. Every relative path in our configuration (the SQLite file, media, content/)
 * is resolved against it, so a command behaves the same whether Next.js, the Payload CLI or a test
 * runner started it. `npm` scripts run from the root; `PROJECT_ROOT` overrides that when needed.
 */
// turbopackIgnore: these are runtime data locations, not sources for Next.js to trace into the build.
export const projectRoot = path.resolve(/*turbopackIgnore: true*/ process.env.PROJECT_ROOT ?? process.cwd())

export const fromRoot = (...segments: string[]): string =>
  path.resolve(/*turbopackIgnore: true*/ projectRoot, ...segments)

/** Uploaded originals and the sizes sharp makes of them. `MEDIA_DIR` moves them elsewhere. */
export const mediaDir = path.resolve(
  /*turbopackIgnore: true*/ projectRoot,
  process.env.MEDIA_DIR ?? 'data/media',
)

/** The content/ folder: what import seeds the CMS from and what export and the site build use. */
export const contentDir = path.resolve(
  /*turbopackIgnore: true*/ projectRoot,
  process.env.CONTENT_DIR ?? 'content',
)

/** The live site and its builds (see cms/publish/liveSite.ts). `SITE_DIR` moves them elsewhere. */
export const siteDir = path.resolve(
  /*turbopackIgnore: true*/ projectRoot,
  process.env.SITE_DIR ?? 'data/site',
)
