/**
 * Old addresses that keep working: `content/redirects.yml` lists addresses of a previous site (a
 * WordPress archive, see scripts/import-wordpress.ts) and where each now lives. A target is a
 * reference (`post:<id>`, `topic:<id>`, ...) rather than an address, so it follows the document when
 * its slug changes; the site build resolves it with the URL functions of urls.ts and writes a
 * redirect page per old path, a `_redirects` file and an nginx map (scripts/lib/redirects/).
 */
import { z } from 'zod'

import { checkSiteLink } from './addresses'
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales'
import { parseReference, REFERENCE_KINDS, type ReferencedCollection, type ReferenceKind } from './references'
import { documentUrl } from './urls'

/** The file in content/, beside the site settings. The CMS export leaves it alone (writeContent.ts). */
export const REDIRECTS_FILE = 'redirects.yml'

/**
 * An old address on this host: a path (`/2019/03/12/slug/`), optionally with a query
 * (`/?p=123`), never another host, an anchor or spaces.
 */
const OLD_ADDRESS = /^\/(?!\/)[^\s#]*$/

/** What an old address redirects to: a document by reference, or a path on this site. */
export type RedirectTarget =
  { type: 'reference'; kind: ReferenceKind; id: string } | { type: 'path'; path: string }

export function parseRedirectTarget(to: string): RedirectTarget | undefined {
  const reference = parseReference(to)
  if (reference && reference.kind !== 'media')
    return { type: 'reference', kind: reference.kind, id: reference.id }
  if (to.startsWith('/') && checkSiteLink(to) === true) return { type: 'path', path: to }
  return undefined
}

export const redirectSchema = z.strictObject({
  /** The old address: a path with an optional query, as the old site served it. */
  from: z
    .string()
    .regex(OLD_ADDRESS, 'must be a path on this host starting with /, such as /2019/03/12/slug/ or /?p=123'),
  /** `post:<id>`, `page:<id>`, `topic:<id>`, `author:<id>` (any reference kind but media), or a site path. */
  to: z.string().refine((value) => parseRedirectTarget(value) !== undefined, {
    error: `must be a reference such as post:<id> (${Object.keys(REFERENCE_KINDS).join(', ')}) or a path on this site such as /blog/`,
  }),
})

export const redirectsSchema = z.array(redirectSchema)

export type Redirect = z.infer<typeof redirectSchema>

/** The path and the query of an old address; the query without its `?`, '' when there is none. */
export function splitOldAddress(from: string): { path: string; query: string } {
  const at = from.indexOf('?')
  return at < 0 ? { path: from, query: '' } : { path: from.slice(0, at), query: from.slice(at + 1) }
}

/** A document as the resolver needs it: its slug in each language it exists in. */
export type SlugsById = (
  collection: ReferencedCollection,
  id: string,
) => Partial<Record<Locale, string>> | undefined

export type ResolvedRedirect = { from: string; to: string }

/**
 * Each redirect with the address its target has on the site now. A document in the default language
 * wins over its translation (the old site had one language per address). Redirects to documents
 * that are not in content/ (any more) are returned apart, with the reason: a post unpublished in the
 * CMS must not stop the site build, its old address simply stops working.
 */
export function resolveRedirects(
  redirects: Redirect[],
  slugsOf: SlugsById,
): { resolved: ResolvedRedirect[]; unresolved: { from: string; to: string; why: string }[] } {
  const resolved: ResolvedRedirect[] = []
  const unresolved: { from: string; to: string; why: string }[] = []
  for (const redirect of redirects) {
    const target = parseRedirectTarget(redirect.to)
    if (!target) {
      unresolved.push({ ...redirect, why: 'not a reference or a site path' })
      continue
    }
    if (target.type === 'path') {
      resolved.push({ from: redirect.from, to: target.path })
      continue
    }
    const collection = REFERENCE_KINDS[target.kind]
    const slugs = slugsOf(collection, target.id)
    const locale = [DEFAULT_LOCALE, ...LOCALES].find((each) => slugs?.[each])
    if (!slugs || !locale) {
      unresolved.push({ ...redirect, why: `there is no ${target.kind} "${target.id}" in content/` })
      continue
    }
    resolved.push({ from: redirect.from, to: documentUrl(collection, slugs[locale]!, locale) })
  }
  return { resolved, unresolved }
}
