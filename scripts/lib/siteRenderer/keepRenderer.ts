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
 * It also loads every page's module once: Astro deletes the folder of the compiled pages when the
 * build ends, so nothing may need to be loaded from it later.
 */
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
}

type AstroAssetGlobal = { astroAsset?: { addStaticImage?: unknown } }

export function keepRenderer(onKept: (kept: Kept) => void): AstroIntegration {
  return {
    name: 'openambt:keep-renderer',
    hooks: {
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
              onKept({ prerenderer: own, paths, addStaticImage })
            },
          }
        })
      },
    },
  }
}
