/**
 * Old addresses on our own server: the rules the build wrote to `_redirects` (scripts/lib/redirects/)
 * answered with a real 301, including the query addresses a static host cannot tell apart
 * (`/?p=123`). Read once per version of the file, so a new build's rules apply at once.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import { REDIRECTS_FILE_NAME } from '../redirects/writeRedirects'

/** One rule: a path, the query parameters it needs (`p=123`), and where it leads. */
type Rule = { path: string; conditions: [string, string][]; to: string }

const loaded = new Map<string, { modified: number; rules: Map<string, Rule[]> }>()

/** The rules in `<root>/_redirects`, by path without its trailing slash; none when there is no file. */
async function rulesOf(root: string): Promise<Map<string, Rule[]>> {
  const file = path.join(root, REDIRECTS_FILE_NAME)
  const modified = (await stat(file).catch(() => undefined))?.mtimeMs
  if (modified === undefined) return new Map()
  const known = loaded.get(file)
  if (known?.modified === modified) return known.rules
  const rules = new Map<string, Rule[]>()
  for (const line of (await readFile(file, 'utf8')).split('\n')) {
    const parts = line.trim().split(/\s+/)
    if (!parts[0]?.startsWith('/') || parts.length < 2) continue
    const status = /^\d{3}$/.test(parts.at(-1)!) ? parts.pop() : undefined
    if (status && status !== '301') continue
    const to = parts.pop()!
    const [from, ...conditions] = parts
    const rule: Rule = {
      path: from,
      conditions: conditions.map((pair) => pair.split('=', 2) as [string, string]),
      to,
    }
    const key = withoutSlash(from)
    rules.set(key, [...(rules.get(key) ?? []), rule])
  }
  loaded.set(file, { modified, rules })
  return rules
}

const withoutSlash = (value: string) => (value.length > 1 ? value.replace(/\/+$/, '') : value)

/** Where an old address leads now, or undefined when it is not one. */
export async function redirectFor(root: string, requestUrl: string): Promise<string | undefined> {
  const url = new URL(requestUrl, 'http://site.invalid')
  const candidates = (await rulesOf(root)).get(withoutSlash(decodeURIComponent(url.pathname)))
  // A rule with conditions is more specific than one without: `/ p=12` before a plain `/`.
  return candidates
    ?.toSorted((a, b) => b.conditions.length - a.conditions.length)
    .find((rule) => rule.conditions.every(([key, value]) => url.searchParams.get(key) === value))?.to
}
