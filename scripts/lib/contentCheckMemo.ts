/**
 * Lets the reads of content/ in this process and its children (the book, Astro's build) remember
 * what checking each file found (model/files/checkMemo.ts): the memo's version is a digest of the
 * code that checks (model/ and the locked versions of the parsers it uses), so a change there makes
 * every file be checked again. Where the memo is
 * kept: CONTENT_CHECK_CACHE, by default .cache/content-checks.json.
 */
import path from 'node:path'

import { fingerprint } from './fingerprint'

const root = path.resolve(import.meta.dirname, '../..')

export async function rememberContentChecks(): Promise<void> {
  process.env.CONTENT_CHECK_CACHE = path.resolve(
    root,
    process.env.CONTENT_CHECK_CACHE || '.cache/content-checks.json',
  )
  process.env.CONTENT_CHECK_VERSION = await fingerprint(root, ['model', 'package-lock.json'])
}
