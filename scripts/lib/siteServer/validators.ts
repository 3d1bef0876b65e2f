/**
 * ETag and Last-Modified, and the conditional requests that use them: a browser that revalidates
 * (every page is `no-cache`) gets a 304 without a body when the file did not change.
 */
import type { IncomingHttpHeaders } from 'node:http'

export type Validators = { etag: string; lastModified: string; modifiedSeconds: number }

/**
 * From size and modification time, as most static servers do: a new build writes new files, and
 * reading every file to hash it would cost more than the revalidation saves.
 */
export function validatorsOf(stats: { size: number; mtimeMs: number }): Validators {
  const modifiedSeconds = Math.floor(stats.mtimeMs / 1000)
  return {
    etag: `"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`,
    lastModified: new Date(modifiedSeconds * 1000).toUTCString(),
    modifiedSeconds,
  }
}

/**
 * The ETag of a compressed copy. It must differ from the file's own (a range of one is not a range
 * of the other), but it names the same version of the file, which `isNotModified` recognises.
 */
export const encodedEtag = (etag: string, encoding: string): string => `${etag.slice(0, -1)}-${encoding}"`

/** The file's own tag behind a (weak, or compressed copy's) tag from a request. */
const baseTag = (tag: string): string => tag.replace(/^W\//, '').replace(/-(br|gzip)"$/, '"')

/** Whether the client's copy is the current one (If-None-Match, else If-Modified-Since). */
export function isNotModified(headers: IncomingHttpHeaders, validators: Validators): boolean {
  const noneMatch = headers['if-none-match']
  if (noneMatch !== undefined)
    return noneMatch
      .split(',')
      .map((tag) => tag.trim())
      .some((tag) => tag === '*' || baseTag(tag) === validators.etag)
  const since = Date.parse(headers['if-modified-since'] ?? '')
  return !Number.isNaN(since) && validators.modifiedSeconds * 1000 <= since
}

/**
 * If-Range: a download that resumes asks for the rest only if the file is the one it started
 * with; otherwise it gets the whole file. Ranges need the exact (strong) tag or date.
 */
export function rangeStillApplies(headers: IncomingHttpHeaders, validators: Validators): boolean {
  const value = headers['if-range']
  const ifRange = Array.isArray(value) ? value[0] : value
  if (ifRange === undefined) return true
  if (ifRange.startsWith('"') || ifRange.startsWith('W/')) return ifRange === validators.etag
  return Date.parse(ifRange) === validators.modifiedSeconds * 1000
}
