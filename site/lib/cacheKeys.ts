/**
 * The building blocks of the pages' cache keys (astro.config.mjs: experimental.incrementalBuild).
 *
 * Astro skips a page of a dynamic route, and copies its HTML from the previous build, when the
 * `cacheKey` its getStaticPaths() returned is the same as last time and none of the code the page
 * imports changed. Astro sees the code; it does not see data: content entries, the site settings,
 * the book's downloads, images found through content/. So a key must be a digest of everything the
 * page shows, its own entry and every other one it names (a neighbour's title, an author's name, a
 * listed post's summary). A value left out is a page that keeps showing the old value after a
 * publish; a value put in needlessly only costs a render. When in doubt, put it in.
 *
 * pageKeys.ts builds one key per template from these parts.
 */
import { createHash } from 'node:crypto'
import { statSync } from 'node:fs'
import path from 'node:path'

import type { CollectionEntry, CollectionKey } from 'astro:content'

import type { Locale } from './i18n'
import { cmsOrigin } from './cmsOrigin'
import { heroImage } from './media'
import { buildGeneration, perBuild, stampedMemo } from './perBuild'
import { siteSettings } from './settings'
import { stableJson } from './stableJson'

const digest = (text: string) => createHash('sha256').update(text).digest('base64url')

/** The cache key of a page: a digest of every value it shows, in a fixed order. */
export const pageCacheKey = (...parts: unknown[]): string => digest(stableJson(parts))

type AnyEntry = CollectionEntry<CollectionKey>

/**
 * Entry digests, kept from build to build while the entry's own digest is the same: Astro keeps an
 * entry's data and rendered HTML exactly then (contentLoader.ts: the digest also covers what its
 * references resolve to). Its body's image files are not in that digest, but a changed image starts
 * a fresh renderer (scripts/lib/siteRenderer/warmSite.ts), and `astro build` is a fresh process.
 */
const wholeDigests = stampedMemo<string>()
const frontDigests = stampedMemo<string>()
// An entry without a digest is computed again in every build.
const stampOf = (entry: AnyEntry) =>
  entry.digest === undefined ? `build ${buildGeneration()}` : `${entry.filePath}\u0000${entry.digest}`

/**
 * An entry as its own page shows it: front matter, and the file's digest and rendered HTML (the
 * body, its headings, its links to other documents and its images; see content.config.ts for why
 * the digest also covers what those links point to). `filePath` is in it too: the HTML of a body
 * refers to its images relative to the file.
 */
export function entryDigest(entry: AnyEntry): string {
  return wholeDigests(`${entry.collection}/${entry.id}`, stampOf(entry), () =>
    digest(
      stableJson({
        collection: entry.collection,
        id: entry.id,
        filePath: entry.filePath,
        digest: entry.digest,
        data: entry.data,
        rendered: entry.rendered,
        images: bodyImages(entry),
      }),
    ),
  )
}

/**
 * An entry as other pages show it, in a list or a link: its id and all of its front matter (title,
 * slug, date, summary, number, ...), so a list that starts showing one more field stays right.
 * Not the body: editing a post's text does not change the pages that merely link to it.
 */
export function entryDataDigest(entry: AnyEntry | undefined): string | null {
  if (!entry) return null
  return frontDigests(`${entry.collection}/${entry.id}`, stampOf(entry), () =>
    digest(stableJson({ id: entry.id, data: entry.data })),
  )
}

/**
 * The image files a body shows. The rendered HTML names them by path only; Astro turns them into
 * optimised images when the page renders, so a replaced image with the same name would otherwise
 * keep its old version on a skipped page. Size and modification time stand for the bytes (reading
 * every image on every build would cost more than the renders saved); export writes a media file
 * only when its bytes changed.
 */
function bodyImages(entry: AnyEntry): unknown[] {
  const paths = (entry.rendered?.metadata?.imagePaths ?? []) as string[]
  if (!paths.length || !entry.filePath) return []
  const dir = path.dirname(path.resolve(entry.filePath))
  return paths.map((image) => {
    const file = path.resolve(dir, image)
    try {
      const stats = statSync(file)
      return { image, size: stats.size, modified: stats.mtimeMs }
    } catch {
      return { image, missing: true }
    }
  })
}

/**
 * An image from content/media as templates show it (hero, portrait, photo): its alt text in the
 * reader's language and the optimised source Astro made of it (its name carries the file's hash).
 */
export async function imageDigest(id: string | undefined, locale: Locale): Promise<unknown> {
  if (!id) return null
  const { src, alt } = await heroImage(id, locale)
  return { id, alt, src: { src: src.src, width: src.width, height: src.height, format: src.format } }
}

const siteDigests = perBuild(() => new Map<Locale, string>())

/**
 * What every page shows around its content, from data rather than code: the site settings of its
 * language (name, tagline, navigation, footer) and where the footer's newsletter form posts. Dates and sizes are formatted by Node's Intl, so a
 * different Node (and ICU) counts as a change too.
 */
export function siteDigest(locale: Locale): string {
  const sites = siteDigests()
  if (!sites.has(locale))
    sites.set(
      locale,
      digest(
        stableJson({
          locale,
          settings: siteSettings(locale),
          // The newsletter form in every footer posts to the CMS.
          cms: cmsOrigin(),
          node: process.versions.node,
          icu: process.versions.icu,
        }),
      ),
    )
  return sites.get(locale)!
}
