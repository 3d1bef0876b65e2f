/**
 * The few parts of Astro's own build the renderer that stays running calls directly: rendering one
 * path to its file (`renderPath`, what `astro build` does per page), where a page's file goes, and running the integrations'
 * `astro:build:done` (the sitemap). Astro does not export them, so they are loaded from their files;
 * the versions are pinned in package.json, and `tests/int/site-renderer.test.ts` compares what the
 * renderer makes with `astro build`, so an Astro upgrade that changes them fails there.
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { AstroPrerenderer } from 'astro'

type PathWithRoute = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number]
type Route = PathWithRoute['route']

/** Astro's options of the running build (StaticBuildOptions), as `app.getOptions()` returns them. */
export type BuildOptions = {
  settings: unknown
  logger: unknown
}

export type RenderedPath = { body: Buffer | string; outFile: URL } | null

type Generate = {
  renderPath(args: {
    prerenderer: AstroPrerenderer
    pathname: string
    route: Route
    options: BuildOptions
    logger: unknown
    collectMetadata: boolean
  }): Promise<RenderedPath>
}

type Hooks = {
  runHookBuildDone(args: {
    settings: unknown
    pages: string[]
    routes: Route[]
    logger: unknown
  }): Promise<void>
}

type Common = {
  getOutFolder(settings: unknown, pathname: string, route: Route): URL
  getOutFile(format: string, outFolder: URL, pathname: string, route: Route): URL
}

const astroDist = path.join(
  path.dirname(createRequire(import.meta.url).resolve('astro/package.json')),
  'dist',
)
const load = <T>(file: string) => import(pathToFileURL(path.join(astroDist, file)).href) as Promise<T>

export const astroGenerate = () => load<Generate>('core/build/generate.js')
export const astroCommon = () => load<Common>('core/build/common.js')
export const astroHooks = () => load<Hooks>('integrations/hooks.js')
