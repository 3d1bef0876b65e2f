/**
 * WordPress bodies as plain HTML, before they become Markdown: shortcodes turned into HTML (or
 * reported and removed), and the classic editor's bare paragraphs wrapped the way WordPress's
 * wpautop() shows them. Every step keeps the body's line breaks where they were, so a position in
 * the result is a line of the post's content in the export, and the report can point at it.
 */

export type Note = (line: number | undefined, message: string) => void

/** Shortcodes that become HTML here; any other one is reported and removed. */
const CONVERTED = new Set(['caption', 'wp_caption', 'gallery', 'embed'])
/** WordPress's other own shortcodes: reported even without attributes. */
const CORE = new Set(['audio', 'video', 'playlist'])

/** Elements wpautop() leaves unwrapped: a chunk that starts with one is not a paragraph. */
const BLOCK_START =
  /^<(?:p|h[1-6]|ul|ol|li|dl|table|thead|tbody|tr|blockquote|figure|div|pre|hr|form|section|iframe|address|!--)[\s>/]/i

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length
/** Replacement text that keeps as many line breaks as the text it replaces. */
const keepLines = (replaced: string, replacement: string) =>
  replacement + '\n'.repeat(Math.max(0, replaced.split('\n').length - replacement.split('\n').length))

const attribute = (attributes: string, name: string): string | undefined =>
  new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s\\]]+))`, 'i')
    .exec(attributes)
    ?.slice(1)
    .find((value) => value !== undefined)

/**
 * `[name attributes]...[/name]` or `[name attributes]`. Text in square brackets is only taken for a
 * shortcode when it looks like one (a WordPress name, attributes with `=`, a plugin's name with a
 * dash or underscore, or a closing tag), so "[zie bijlage]" or "[1]" in a sentence stays text.
 */
const SHORTCODE = /\[(\[?)([a-zA-Z][\w-]*)((?:\s[^\]]*)?)\](?:([\s\S]*?)\[\/\2\])?/g

export function convertShortcodes(
  html: string,
  note: Note,
  attachmentUrl: (id: string) => string | undefined,
): string {
  return html.replace(
    SHORTCODE,
    (whole, escaped: string, name: string, attributes: string, inner: string | undefined, offset: number) => {
      if (escaped) return whole // [[name]] is WordPress's way of writing a shortcode as text
      const lower = name.toLowerCase()
      const looksLikeShortcode =
        CONVERTED.has(lower) ||
        CORE.has(lower) ||
        inner !== undefined ||
        attributes.includes('=') ||
        /[-_]/.test(name)
      if (!looksLikeShortcode) return whole
      const line = lineAt(html, offset)
      switch (lower) {
        case 'caption':
        case 'wp_caption': {
          // [caption id="attachment_12"]<a><img></a> The caption[/caption]: the caption is the text after the image.
          const body = inner ?? ''
          const image = /^[\s\S]*<img[^>]*>(?:\s*<\/a>)?/i.exec(body)?.[0] ?? ''
          const caption = (attribute(attributes, 'caption') ?? body.slice(image.length)).trim()
          return keepLines(whole, `<figure>${image}<figcaption>${caption}</figcaption></figure>`)
        }
        case 'gallery': {
          const ids = (attribute(attributes, 'ids') ?? '').split(',').map((id) => id.trim())
          const images = ids.filter(Boolean).map((id) => {
            const src = attachmentUrl(id)
            if (!src) note(line, `gallery: attachment ${id} is not in the export; left out`)
            return src ? `<img src="${src}" class="wp-image-${id}" alt="">` : ''
          })
          if (!ids.filter(Boolean).length)
            note(line, 'gallery without ids (all images attached to the post): not converted')
          return keepLines(whole, `<figure class="wp-block-gallery">${images.join('')}</figure>`)
        }
        case 'embed':
          return keepLines(whole, `<p>${(inner ?? '').trim()}</p>`)
        default:
          note(
            line,
            `shortcode [${name}] is not converted; removed: ${whole.slice(0, 80).replace(/\s+/g, ' ')}`,
          )
          return keepLines(whole, '')
      }
    },
  )
}

/**
 * The classic editor stores paragraphs as text separated by blank lines; WordPress adds the `<p>`
 * (and a `<br>` for a single line break) when it shows them. Chunks that start with a block element
 * stay as they are. Line breaks are kept, so positions still match the export.
 */
export function wpautop(html: string): string {
  const parts = html.split(/(\n[ \t]*\n)/)
  return parts
    .map((part, index) => {
      if (index % 2 === 1) return part
      const trimmed = part.trim()
      if (!trimmed || BLOCK_START.test(trimmed)) return part
      const lead = /^\s*/.exec(part)![0]
      return `${lead}<p>${trimmed.replace(/\n/g, '<br>\n')}</p>`
    })
    .join('')
}

/** Whether a body was written in the block editor (Gutenberg stores its blocks in comments). */
export const isBlockContent = (html: string) => /<!--\s+wp:/.test(html)
