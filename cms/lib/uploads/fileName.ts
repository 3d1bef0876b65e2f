import { slugify } from '../../../model/slugs'

/**
 * The longest name we store, extension included. Payload adds "-1" to a taken name and
 * "-2048x1152" for each size, so this keeps every file far below the 255 bytes filesystems allow.
 */
export const MAX_FILE_NAME_LENGTH = 100

/** The name of a file whose own name has nothing readable left ("日本.png", ".jpg"). */
export const FALLBACK_BASE_NAME = 'afbeelding'

/**
 * Characters nobody sees but that change how a name reads or compares: controls (C0, C1) and
 * format characters, which include the soft hyphen, the bidirectional marks, embeddings, overrides
 * and isolates (U+200E/F, U+202A-202E, U+2066-2069: an override makes "photo<U+202E>gpj.exe" show
 * as "photoexe.jpg"), zero-width spaces and joiners, word joiners and the byte order mark.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu

/** What remains of a name once invisible characters and any folder in front of it are gone. */
function visibleBaseName(name: string): string {
  const visible = name.normalize('NFC').replace(INVISIBLE, '')
  // Old browsers sent "C:\fakepath\photo.jpg"; only the last part is the file's name.
  return visible.split(/[\\/]/).pop() ?? ''
}

/**
 * The name an upload is stored under: a lower-case ASCII slug of its own name (accents folded,
 * "Één foto.JPG" -> "een-foto.jpg", no leading dots or spaces), with the extension that matches its
 * content, at most MAX_FILE_NAME_LENGTH characters, never empty.
 */
export function normaliseFileName(name: string, extension: string): string {
  const visible = visibleBaseName(name)
  const dot = visible.lastIndexOf('.')
  const base = dot >= 0 ? visible.slice(0, dot) : visible
  const room = MAX_FILE_NAME_LENGTH - extension.length - 1
  const slug = slugify(base).slice(0, room).replace(/-+$/, '')
  return `${slug || FALLBACK_BASE_NAME}.${extension}`
}

/** The uploaded name as a message may quote it: visible characters only, and not endless. */
export function displayName(name: string): string {
  const visible = visibleBaseName(name).trim() || FALLBACK_BASE_NAME
  return visible.length > 80 ? `${visible.slice(0, 60)}…${visible.slice(-15)}` : visible
}
