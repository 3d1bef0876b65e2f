/**
 * Files readers download from a page (an event's slides): PDFs from content/media, each at one
 * address for both languages, with the title from its sidecar and its size.
 */
import { statSync } from 'node:fs'
import path from 'node:path'

import { mediaDownloadUrl } from '../../model/urls'
import { contentIndex } from './contentIndex'
import { eventsIn } from './events'
import { LOCALES, type Locale } from './i18n'

export type Download = {
  id: string
  /** Where the site serves it. */
  url: string
  /** The file in content/ the build copies. */
  file: string
  title: string
  /** "PDF". */
  format: string
  bytes: number
  /** Stands for the bytes in a page's cache key: a replaced file changes the size shown. */
  modified: number
}

export async function downloads(ids: string[] | undefined, locale: Locale): Promise<Download[]> {
  const index = await contentIndex()
  return (ids ?? []).map((id) => {
    const file = index.mediaFile(id)
    if (!file) throw new Error(`The file "${id}" is not in content/media`)
    const extension = path.extname(file).slice(1)
    const stats = statSync(file)
    return {
      id,
      url: mediaDownloadUrl(id, extension),
      file,
      title: index.mediaAlt(id, locale),
      format: extension.toUpperCase(),
      bytes: stats.size,
      modified: stats.mtimeMs,
    }
  })
}

/** Every file a built page offers, once: only what a page links to is published. */
export async function offeredDownloads(): Promise<Download[]> {
  const offered = new Map<string, Download>()
  for (const locale of LOCALES)
    for (const event of await eventsIn(locale))
      for (const download of await downloads(event.data.slides, locale)) offered.set(download.url, download)
  return [...offered.values()]
}
