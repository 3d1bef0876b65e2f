import { decodeSvg, encodeSvg } from './svgText'

/**
 * Opening tags of elements that only describe the file: <metadata> (Dublin Core, Creative Commons),
 * RDF and XMP packets (Illustrator and Inkscape write author, dates, sometimes a file path).
 * Attribute values stop at "<" (XML forbids it there), so every attempt ends at the next tag and a
 * hostile file cannot make the search take quadratic time.
 */
const OPENING_TAG =
  /<((?:[\w.-]+:)?(?:metadata|RDF|xmpmeta))(?=[\s/>])(?:[^<>"']|"[^<"]*"|'[^<']*')*?(\/?)>/gi
/** Inkscape keeps the file's name and the path it was last exported to on the root element. */
const EDITOR_PATHS = /\s(?:sodipodi:docname|inkscape:export-filename)\s*=\s*(?:"[^<"]*"|'[^<']*')/g

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Removes each metadata element with everything inside it. */
function removeMetadataElements(text: string): string {
  const opening = new RegExp(OPENING_TAG)
  let kept = ''
  let from = 0
  for (let match = opening.exec(text); match; match = opening.exec(text)) {
    let end = opening.lastIndex
    if (!match[2]) {
      const closing = new RegExp(`</${escapeRegExp(match[1])}\\s*>`, 'gi')
      closing.lastIndex = end
      const close = closing.exec(text)
      // Never closed: not well-formed XML, which Payload's SVG check refuses anyway.
      if (!close) break
      end = close.index + close[0].length
    }
    kept += text.slice(from, match.index)
    from = opening.lastIndex = end
  }
  return kept + text.slice(from)
}

/** Removes XMP's <?xpacket ...?> processing instructions (they wrap an <x:xmpmeta> packet). */
function removeXpackets(text: string): string {
  let kept = ''
  let from = 0
  for (let start = text.indexOf('<?xpacket', from); start !== -1; start = text.indexOf('<?xpacket', from)) {
    const end = text.indexOf('?>', start)
    if (end === -1) break
    kept += text.slice(from, start)
    from = end + 2
  }
  return kept + text.slice(from)
}

/** The SVG without its metadata; the very same bytes when there was none. */
export function stripSvgMetadata(bytes: Buffer): Buffer {
  const svg = decodeSvg(bytes)
  const text = removeXpackets(removeMetadataElements(svg.text)).replace(EDITOR_PATHS, '')
  if (text === svg.text) return bytes
  const hadUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  return encodeSvg({ ...svg, text }, hadUtf8Bom)
}
