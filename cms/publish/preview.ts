import { createHmac } from 'node:crypto'
import { cp, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Payload, TypedUser } from 'payload'

import type { Locale } from '../../model/locales'
import { documentUrl } from '../../model/urls'
import { exportContent } from '../content/exportContent'
import { contentDir, siteDir } from '../lib/paths'
import { runBuildScript } from './runSiteBuild'

/** The editorial collections whose drafts can be previewed (those with drafts and a page of their own). */
const PREVIEWABLE = ['posts', 'chapters', 'tips', 'speakers', 'pages', 'events'] as const

export type PreviewCollection = (typeof PREVIEWABLE)[number]
export const isPreviewable = (collection: string): collection is PreviewCollection =>
  (PREVIEWABLE as readonly string[]).includes(collection)

/** Previews live apart from the live site and are served only behind login (cms/app/preview). */
export const previewsDir = path.join(siteDir, 'previews')
/**
 * A preview's name: a keyed hash of the draft's version, so nobody can work out the address of a
 * preview they were not shown (its stylesheets and images are served to anyone holding it, see
 * cms/app/preview). 32 hex digits, 128 bits.
 */
const previewKey = (secret: string, version: string) =>
  createHmac('sha256', secret).update(`preview:${version}`).digest('hex').slice(0, 32)
export const isPreviewKey = (key: string | undefined): key is string => /^[0-9a-f]{32}$/.test(key ?? '')

/** The URL prefix a preview's pages are served under; the preview is built with it as its base. */
export const previewBase = (key: string) => `/preview/site/${key}/`

// One preview build at a time: they share a cache, and two at once would only slow both down.
let queue: Promise<unknown> = Promise.resolve()

/**
 * A preview of a draft, made by the same site code as the live site: the published content/ plus
 * this one draft as if it were published, built into its own folder (without search index and
 * book). The user must be allowed to read the draft. Built once per draft version; later visits
 * reuse it. Returns the address of the draft's page.
 */
export async function buildPreview(
  payload: Payload,
  {
    collection,
    id,
    locale,
    user,
  }: { collection: PreviewCollection; id: string; locale: Locale; user: TypedUser },
): Promise<string> {
  const draft = (await payload.findByID({
    collection,
    id,
    locale,
    draft: true,
    depth: 0,
    overrideAccess: false,
    user,
  })) as { id: number | string; slug?: string | null; contentId?: string | null; updatedAt: string }
  const key = previewKey(payload.secret, `${collection}/${draft.id}/${draft.updatedAt}/${locale}`)
  const page = `${previewBase(key).slice(0, -1)}${documentUrl(collection, draft.slug || String(draft.id), locale)}`
  const dir = path.join(previewsDir, key)
  if (await stat(path.join(dir, 'site')).catch(() => undefined)) return page

  const build = queue.then(async () => {
    if (await stat(path.join(dir, 'site')).catch(() => undefined)) return
    await rm(dir, { recursive: true, force: true })
    await cp(contentDir, path.join(dir, 'content'), { recursive: true })
    const exported = await exportContent(payload, path.join(dir, 'content'), {
      draft: { collection, id: draft.id, contentId: draft.contentId || `voorbeeld-${draft.id}` },
    })
    // The draft itself may be incomplete; say why its page is missing rather than show a 404.
    const own = exported.warnings.filter((warning) => warning.includes(`${draft.contentId}.`))
    if (own.length) throw new Error(own.join('\n'))
    const lines: string[] = []
    await runBuildScript(path.join(dir, 'site.partial'), {
      onLine: (line) => lines.push(line),
      env: {
        CONTENT_DIR: path.join(dir, 'content'),
        SITE_PREVIEW: '1',
        SITE_BASE: previewBase(key),
        ASTRO_CACHE_DIR: path.join(previewsDir, '.astro-cache'),
      },
    })
    await rename(path.join(dir, 'site.partial'), path.join(dir, 'site'))
    payload.logger.info(`preview of ${collection}/${draft.id} (${locale}) built`)
  })
  queue = build.catch(() => undefined)
  await build
  return page
}
