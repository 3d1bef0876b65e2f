/** SVG files are XML text: UTF-8 (with or without a byte order mark) or, rarely, UTF-16. */
export type SvgText = { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }

export function decodeSvg(bytes: Buffer): SvgText {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : 'utf-8'
  // TextDecoder drops the byte order mark; encodeSvg puts it back.
  return { text: new TextDecoder(encoding).decode(bytes), encoding }
}

export function encodeSvg({ text, encoding }: SvgText, hadUtf8Bom: boolean): Buffer {
  if (encoding === 'utf-8') return Buffer.from(hadUtf8Bom ? `\ufeff${text}` : text, 'utf8')
  const littleEndian = Buffer.from(`\ufeff${text}`, 'utf16le')
  return encoding === 'utf-16le' ? littleEndian : littleEndian.swap16()
}

/**
 * Text whose first element is an <svg> (after an XML declaration, comments or a doctype). Payload
 * decides afterwards whether it really is a safe SVG; this only keeps text out of the raster checks.
 */
export function looksLikeSvg(bytes: Buffer): boolean {
  const { text } = decodeSvg(bytes.subarray(0, 64 * 1024))
  const start = text.replace(
    /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*/i,
    '',
  )
  return /^<(?:[\w.-]+:)?svg[\s/>]/.test(start)
}
