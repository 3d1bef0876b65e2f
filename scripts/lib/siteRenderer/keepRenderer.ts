/**
 * An Astro integration for the renderer that stays running: during its first `build()` it keeps
 * what Astro otherwise drops when the build ends, so later builds can render pages with it.
 *
 * Astro renders the pages through a "prerenderer" (`setPrerenderer` in `astro:build:start`). The
 * wrapper here behaves exactly like Astro's own, and keeps:
 * - the prerenderer itself, with its `app` (the compiled pages and their manifest);
 * - the list of pages with their cache keys, as this build computed them;
 * - astro:assets' `addStaticImage`, which Astro deletes after making the images: without it a page
 *   rendered later would point at the image endpoint instead of the optimised file.
 * It also loads every page's module once, and copies the compiled site to `compiledCopy` before
 * Astro deletes it at the end of the build: code that imports a module only when it needs it
 * (Astro's content rendering imports the image code for a Markdown body with a figure) needs its
 * file later, and Node looks for the file on every such import. The renderer puts the copy back
 * where Astro compiled while it renders (warmSite.ts).
 */
import { cpSync, existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration, AstroPrerenderer } from 'astro'

type StaticPathsResult = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>

/** What Astro's own prerenderer has besides the public interface: the app it renders with. */
export type KeptPrerenderer = AstroPrerenderer & { app: KeptApp }

/** The parts of Astro's build app (astro/dist/core/build/app.js) the renderer uses. */
export type KeptApp = {
  manifest: { pageMap?: Map<string, () => Promise<{ page: () => Promise<unknown> }>> }
  routeCache: { clearAll(): void }
  getOptions(): unknown
}

export type Kept = {
  prerenderer: KeptPrerenderer
  paths: StaticPathsResult
  addStaticImage: unknown
  /** Where Astro compiled the site, which it deletes when the build ends. */
  compiledAt: string
}

type AstroAssetGlobal = { astroAsset?: { addStaticImage?: unknown } }

/**
 * Where a static build compiles its pages: `.prerender/` in the output folder, or in `.astro/`
 * of the working directory when the output folder is outside it (astro/dist/prerender/utils.js,
 * getOutDirWithinCwd in astro/dist/core/build/common.js).
 */
export function compiledFolderOf(outDir: string): string {
  const inside = outDir.startsWith(process.cwd())
  return path.join(inside ? outDir : path.join(process.cwd(), '.astro'), '.prerender')
}

export function keepRenderer(onKept: (kept: Kept) => void, compiledCopy: string): AstroIntegration {
  let compiledAt = ''
  return {
    name: 'openambt:keep-renderer',
    hooks: {
      'astro:config:done': ({ config }) => {
        compiledAt = compiledFolderOf(fileURLToPath(config.outDir))
      },
      // After the pages, before Astro deletes the compiled site.
      'astro:build:generated': () => {
        if (!existsSync(compiledAt))
          throw new Error(`Astro's compiled site is not at ${compiledAt}, where the renderer keeps it from`)
        rmSync(compiledCopy, { recursive: true, force: true })
        cpSync(compiledAt, compiledCopy, { recursive: true })
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astros) => {
          const own = astros as KeptPrerenderer
          let paths: StaticPathsResult = []
          let addStaticImage: unknown
          return {
            name: 'openambt:kept',
            async setup() {
              await own.setup?.()
              addStaticImage = (globalThis as AstroAssetGlobal).astroAsset?.addStaticImage
              for (const load of own.app.manifest.pageMap?.values() ?? []) await (await load()).page()
            },
            async getStaticPaths() {
              paths = await own.getStaticPaths()
              return paths
            },
            render: (request, options) => own.render(request, options),
            async teardown() {
              await own.teardown?.()
              onKept({ prerenderer: own, paths, addStaticImage, compiledAt })
            },
          }
        })
      },
    },
  }
}
