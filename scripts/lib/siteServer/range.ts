/**
 * Byte ranges (RFC 9110 §14): download managers and PDF readers fetch the book's PDF and EPUB in
 * parts and resume broken downloads. One range is served (206); a list of ranges gets the whole
 * file (200), which the RFC allows and which spares us multipart answers.
 */
import { combineRanges, parse } from 'range-parser'

export type RangeChoice =
  { kind: 'whole' } | { kind: 'part'; start: number; end: number } | { kind: 'unsatisfiable' }

/** A Range header this long is not from a browser or a download manager; it is ignored. */
const MAX_RANGE_HEADER = 256

export function chooseRange(header: string | undefined, size: number): RangeChoice {
  if (!header || header.length > MAX_RANGE_HEADER) return { kind: 'whole' }
  const result = parse(size, header)
  // Another unit, or a header that does not parse: the RFC says to ignore it.
  if (result.type !== 'bytes' || result.code & 1) return { kind: 'whole' }
  if (result.ranges.length === 0) return size === 0 ? { kind: 'whole' } : { kind: 'unsatisfiable' }
  const ranges = combineRanges(result.ranges)
  if (ranges.length > 1) return { kind: 'whole' }
  return { kind: 'part', start: ranges[0].start, end: ranges[0].end }
}
