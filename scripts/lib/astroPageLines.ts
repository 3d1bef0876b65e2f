/**
 * Reads Astro's build output line by line: one line per page, `├─ /blog/x/index.html (+4ms)` when
 * rendered, `(restored)` or `(cached)` when an incremental build copied it from its cache. Colour
 * codes are stripped first: Astro colours its output whenever `CI` is set, not only on a terminal.
 */
export type PageLine = { file: string; reused: boolean }

// eslint-disable-next-line no-control-regex
const COLOUR = /\x1b\[[0-9;]*m/g
const PAGE = /[├└]─ (\S+) \((restored|cached|\+[\d.]+m?s)\)\s*$/

export function pageLine(line: string): PageLine | undefined {
  const match = PAGE.exec(line.replace(COLOUR, ''))
  if (!match) return undefined
  return { file: match[1].replace(/^\//, ''), reused: match[2] === 'restored' || match[2] === 'cached' }
}
