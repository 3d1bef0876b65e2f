/** The files pages offer for download (an event's slides), copied as they are from content/media. */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { APIRoute } from 'astro'

import { offeredDownloads, type Download } from '../../lib/downloads'

export const getStaticPaths = async () =>
  (await offeredDownloads()).map((download) => ({
    params: { file: path.basename(download.url) },
    props: { download },
  }))

export const GET: APIRoute = async ({ props }) => {
  const { download } = props as { download: Download }
  return new Response(new Uint8Array(await readFile(download.file)), {
    headers: { 'Content-Type': 'application/pdf' },
  })
}
