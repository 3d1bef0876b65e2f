/**
 * Images of the old site, taken from a copy of its uploads folder (never downloaded):
 * `https://oudesite/wp-content/uploads/2019/03/x.jpg` is `<uploads>/2019/03/x.jpg`. Each image
 * becomes `content/media/<id>.<ext>` with its sidecar; an attachment keeps its WordPress id
 * (`wp-<id>`), an image that only a body names gets an id from its path. Images that are missing
 * or that the site cannot show are noted; the post imports without them.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { whyImageCannotBeShown } from '../../../model/kinds'
import { slugify } from '../../../model/slugs'
import { stringifyYaml } from '../../../model/files/yaml'
import type { MediaSidecar } from '../../../model/schemas'
import type { WxrItem } from './readWxr'

export type MediaNote = (message: string) => void

type Planned = {
  id: string
  file: string
  extension: string
  alt: string
  altFromFallback: boolean
  caption: string
}

const UPLOADS = '/wp-content/uploads/'

/** The path below the uploads folder of an address, or undefined when it is not an upload. */
export function uploadPathOf(address: string): string | undefined {
  const at = address.indexOf(UPLOADS)
  if (at < 0) return undefined
  const rest = address.slice(at + UPLOADS.length).replace(/[?#].*$/, '')
  try {
    return decodeURIComponent(rest)
  } catch {
    return rest
  }
}

/** An id of the dialect from a path: `2019/03/foto-team.jpg` -> `wp-upload-2019-03-foto-team`. */
function idFromPath(relative: string): string {
  const id = `wp-upload-${slugify(relative.replace(/\.[^.]+$/, ''))}`
  if (id.length <= 80) return id
  const hash = createHash('sha256').update(relative).digest('hex').slice(0, 8)
  return `${id.slice(0, 71).replace(/-+$/, '')}-${hash}`
}

export class MediaLibrary {
  private readonly planned = new Map<string, Planned>()
  private readonly attachmentByFile = new Map<string, WxrItem>()
  readonly missing: string[] = []

  constructor(
    private readonly uploads: string | undefined,
    private readonly attachments: Map<string, WxrItem>,
  ) {
    for (const attachment of attachments.values()) {
      const file = attachment.meta.get('_wp_attached_file') || uploadPathOf(attachment.attachmentUrl)
      if (file) this.attachmentByFile.set(file, attachment)
    }
  }

  /** The address of an attachment, for galleries that name their images by id. */
  attachmentUrl = (id: string): string | undefined => this.attachments.get(id)?.attachmentUrl || undefined

  /** The media id of the attachment with this WordPress id (a featured image), or undefined. */
  forAttachment(id: string, note: MediaNote): string | undefined {
    const attachment = this.attachments.get(id)
    if (!attachment) {
      note(`featured image: attachment ${id} is not in the export; imported without it`)
      return undefined
    }
    return this.forAddress(attachment.attachmentUrl, '', note)
  }

  /** The media id for an image address in a body, or undefined (with a note) when there is none. */
  forAddress(address: string, alt: string, note: MediaNote): string | undefined {
    const relative = uploadPathOf(address)
    if (!relative) {
      note(
        `image ${address.slice(0, 100)} is not in the old site's uploads; left out (images are never downloaded)`,
      )
      return undefined
    }
    if (!this.uploads) {
      note(`image ${relative}: no --uploads folder given; left out`)
      this.missing.push(relative)
      return undefined
    }
    // WordPress shows resized copies (x-300x200.jpg, x-scaled.jpg); the original is the one to keep.
    const candidates = [relative, relative.replace(/-(\d+x\d+|scaled)(\.[^.]+)$/, '$2')]
    const original = [...candidates]
      .reverse()
      .find((candidate) => existsSync(path.join(this.uploads!, candidate)))
    if (!original) {
      note(`image ${relative} is missing from the uploads folder; left out`)
      this.missing.push(relative)
      return undefined
    }
    const extension = path.extname(original).slice(1).toLowerCase()
    const why = whyImageCannotBeShown(extension)
    if (why) {
      note(`image ${original} is not shown: ${why}`)
      return undefined
    }
    const attachment = this.attachmentByFile.get(original) ?? this.attachmentByFile.get(relative)
    const id = attachment ? `wp-${attachment.id}` : idFromPath(original)
    if (!this.planned.has(id)) {
      const attachmentAlt = attachment?.meta.get('_wp_attachment_image_alt')?.trim() ?? ''
      const chosen = attachmentAlt || alt.trim()
      const fallback =
        attachment?.title || path.basename(original, path.extname(original)).replace(/[-_]+/g, ' ')
      this.planned.set(id, {
        id,
        file: path.join(this.uploads, original),
        extension,
        alt: chosen || fallback,
        altFromFallback: !chosen,
        caption: attachment?.excerpt.replace(/<[^>]*>/g, '').trim() ?? '',
      })
    }
    return id
  }

  /** Images whose alt text is a stand-in (the title or file name): a person should describe them. */
  needsAltText(): string[] {
    return [...this.planned.values()]
      .filter((image) => image.altFromFallback)
      .map((image) => `${image.id} ("${image.alt}")`)
  }

  /** content/media files: each original with its sidecar. */
  files(): Map<string, Buffer | string> {
    const files = new Map<string, Buffer | string>()
    for (const image of [...this.planned.values()].sort((a, b) => a.id.localeCompare(b.id))) {
      const sidecar: MediaSidecar = { alt: { nl: image.alt, en: image.alt } }
      if (image.caption) sidecar.caption = { nl: image.caption }
      files.set(`media/${image.id}.${image.extension}`, readFileSync(image.file))
      files.set(`media/${image.id}.yml`, stringifyYaml(sidecar))
    }
    return files
  }
}
