/**
 * The WordPress import from start to end: read the export, turn published posts and pages, their
 * authors, topics and images into content/ files, list the old addresses in content/redirects.yml,
 * check the result with the contract's own reader in a copy of the folder (`<out>.partial`), and
 * only then write what changed, each file atomically. Ids come from WordPress ids, so a second run
 * writes nothing, and a newer export changes only what changed in it.
 */
import { cp, mkdir, readFile, rm, stat } from 'node:fs/promises'
import path from 'node:path'

import { joinFrontmatter } from '../../../model/files/frontmatter'
import { readContent, slugsInContent, type ContentSet } from '../../../model/files/readContent'
import { writeFileAtomically } from '../../../model/files/writeContent'
import { formatProblem, stringifyYaml } from '../../../model/files/yaml'
import { isLocale, LOCALES, type Locale } from '../../../model/locales'
import { REDIRECTS_FILE, resolveRedirects, type Redirect } from '../../../model/redirects'
import { slugify } from '../../../model/slugs'
import { RESERVED_PAGE_SLUGS } from '../../../model/urls'
import { checkLinkAddress } from '../../../model/addresses'
import { convertBody } from './convertBody'
import { mapTaxonomy, termKey, uniqueSlug } from './mapTaxonomy'
import { MediaLibrary } from './media'
import { OldAddresses } from './oldAddresses'
import { readWxr, type WxrItem } from './readWxr'
import { emptyReport, renderReport, type ImportReport } from './report'

export type ImportOptions = {
  exportFile: string
  uploads?: string
  out: string
  report: string
  dryRun: boolean
}
export type Progress = (message: string) => void

export type ImportResult = { report: ImportReport; written: string[]; unchanged: number }

export class ImportRefused extends Error {}

/** Statuses that are on the site; everything else is reported and left out. */
const PUBLISHED = 'publish'
const DOCUMENT_TYPES = new Set(['post', 'page'])

export async function importWordpress(options: ImportOptions, progress: Progress): Promise<ImportResult> {
  const xml = await readFile(options.exportFile, 'utf8')
  const site = readWxr(xml)
  progress(
    `read ${site.items.length} items, ${site.authors.length} authors, ${site.terms.length} terms from ${options.exportFile}`,
  )
  const { set: existing } = await readContent(options.out)
  const report = emptyReport(options.exportFile)

  const attachments = new Map(
    site.items.filter((item) => item.type === 'attachment').map((item) => [item.id, item]),
  )
  const documents: WxrItem[] = []
  for (const item of site.items) {
    report.comments += item.comments
    if (item.type === 'attachment') continue
    if (!DOCUMENT_TYPES.has(item.type)) {
      report.otherTypes.set(item.type, (report.otherTypes.get(item.type) ?? 0) + 1)
      continue
    }
    if (item.status !== PUBLISHED) {
      report.notPublished.push({ id: item.id, type: item.type, status: item.status, title: item.title })
      continue
    }
    documents.push(item)
  }
  documents.sort((a, b) => Number(a.id) - Number(b.id))
  const posts = documents.filter((item) => item.type === 'post')
  const pages = documents.filter((item) => item.type === 'page')

  const taken = (folder: string) => takenSlugs(existing, folder)
  const taxonomy = mapTaxonomy(site.terms, posts, existingTopics(existing), taken('topics'))
  report.mergedTopics = taxonomy.merged

  // Authors: the ones who wrote a published post; a login with no profile in the export still gets one.
  const authorSlugs = taken('authors')
  const authors = new Map<string, { id: string; name: string; slug: string }>()
  for (const post of posts) {
    if (authors.has(post.creator)) continue
    const known = site.authors.find((author) => author.login === post.creator)
    const name = known?.displayName || post.creator || 'Redactie'
    authors.set(post.creator, {
      id: `wp-author-${known?.id || slugify(post.creator) || 'onbekend'}`,
      name,
      slug: uniqueSlug(slugify(name) || 'auteur', authorSlugs),
    })
  }

  // Every old address first, so links between posts resolve whichever comes first.
  const addresses = new OldAddresses(site.baseUrl)
  const reference = (item: WxrItem) => `${item.type === 'page' ? 'page' : 'post'}:wp-${item.id}`
  for (const item of documents) addresses.addDocument(item, reference(item))
  for (const attachment of attachments.values()) {
    const parent = documents.find((item) => item.id === attachment.parent)
    if (!parent) continue
    if (attachment.link) addresses.add(attachment.link, reference(parent))
    addresses.add(`/?attachment_id=${attachment.id}`, reference(parent))
  }
  for (const topic of taxonomy.topics)
    for (const term of topic.terms) addresses.addTerm(term, site.terms, `topic:${topic.id}`)
  for (const term of taxonomy.unused) addresses.addTerm(term, site.terms, '/blog/')
  for (const [login, author] of authors) addresses.addAuthor(login, `author:${author.id}`)
  addresses.addFeeds()

  const media = new MediaLibrary(options.uploads, attachments)
  const files = new Map<string, Buffer | string>()
  const slugsByFolder = new Map<string, Set<string>>()
  const slugFor = (folder: string, locale: Locale, item: WxrItem) => {
    const key = `${folder}:${locale}`
    if (!slugsByFolder.has(key)) slugsByFolder.set(key, taken(`${folder}:${locale}`))
    const takenHere = slugsByFolder.get(key)!
    if (folder === 'pages') for (const reserved of RESERVED_PAGE_SLUGS) takenHere.add(reserved)
    const wanted = slugify(decodeSafely(item.slug)) || slugify(item.title) || `wp-${item.id}`
    const slug = uniqueSlug(wanted, takenHere)
    if (slug !== wanted)
      report.renamedSlugs.push(
        `${item.type} "${item.title}" (WP ${item.id}): "${wanted}" is taken here, now "${slug}"`,
      )
    return slug
  }

  let done = 0
  for (const item of documents) {
    const where = `${item.type} "${item.title}" (WP ${item.id})`
    const note = (line: number | undefined, message: string) =>
      report.notConverted.push(`${where}${line ? `, line ${line} of its content` : ''}: ${message}`)
    const body = convertBody(item.content, {
      note,
      attachmentUrl: media.attachmentUrl,
      image: (src, alt, line) => media.forAddress(src, alt, (message) => note(line, message)),
      link: (href, line) => {
        const target = addresses.targetOf(href)
        if (target) return target
        if (addresses.isOldSite(href)) {
          const absolute = new URL(href, `${site.baseUrl}/`).href
          note(line, `link to ${absolute} of the old site, which is not an imported document; kept as it is`)
          return absolute
        }
        if (checkLinkAddress(href) === true) return href
        note(line, `link "${href.slice(0, 60)}" is not an address the site may link to; its text is kept`)
        return undefined
      },
    })
    for (const [key, value] of item.meta)
      if (!key.startsWith('_') && value.trim()) report.customFields.push(`${where}: ${key}`)
    const locale = languageOf(item)
    const title = item.title || `Zonder titel (${item.id})`
    const summary = summaryOf(item, body) || title
    if (item.type === 'page') {
      const frontMatter = { title, slug: slugFor('pages', locale, item), description: summary }
      files.set(`pages/wp-${item.id}.${locale}.md`, joinFrontmatter(stringifyYaml(frontMatter), body))
    } else {
      const thumbnail = item.meta.get('_thumbnail_id')
      const hero = thumbnail
        ? media.forAttachment(thumbnail, (message) => note(undefined, message))
        : undefined
      const topics = [
        ...new Set(
          item.terms
            .map((term) => taxonomy.topicOfTerm.get(termKey(term.domain, term.slug))?.id)
            .filter((id): id is string => Boolean(id)),
        ),
      ]
      const frontMatter = {
        title,
        slug: slugFor('posts', locale, item),
        summary,
        date: dateOf(item, note),
        authors: [authors.get(item.creator)!.id],
        ...(topics.length ? { topics } : {}),
        ...(hero ? { hero } : {}),
      }
      files.set(`posts/wp-${item.id}.${locale}.md`, joinFrontmatter(stringifyYaml(frontMatter), body))
    }
    if (++done % 100 === 0) progress(`converted ${done} of ${documents.length} posts and pages`)
  }
  for (const author of authors.values())
    for (const locale of LOCALES)
      files.set(
        `authors/${author.id}.${locale}.md`,
        joinFrontmatter(stringifyYaml({ name: author.name, slug: author.slug }), ''),
      )
  for (const topic of taxonomy.topics.filter((each) => !each.existing))
    for (const locale of LOCALES)
      files.set(
        `topics/${topic.id}.${locale}.md`,
        joinFrontmatter(stringifyYaml({ name: topic.name, slug: topic.slug }), ''),
      )
  for (const [file, bytes] of media.files()) files.set(file, bytes)
  files.set(REDIRECTS_FILE, redirectsText(mergeRedirects(existing.redirects, addresses.redirects)))

  report.imported = {
    posts: posts.length,
    pages: pages.length,
    authors: authors.size,
    topics: taxonomy.topics.filter((topic) => !topic.existing).length,
    media: [...files.keys()].filter((file) => file.startsWith('media/') && !file.endsWith('.yml')).length,
    redirects: addresses.redirects.length,
  }
  report.missingMedia = [...new Set(media.missing)].sort()
  report.altText = media.needsAltText()
  report.leftInPlace = await previouslyImported(existing, files)

  progress(`checking ${files.size} files with the content contract in ${options.out}.partial`)
  await checkInCopy(options.out, files)
  const { written, unchanged } = await applyChanges(options.out, files, options.dryRun)
  await mkdir(path.dirname(path.resolve(options.report)), { recursive: true })
  if (!options.dryRun)
    await writeFileAtomically(options.report, Buffer.from(renderReport(report, written), 'utf8'))
  return { report, written, unchanged }
}

const decodeSafely = (text: string) => {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** The language of an item: Polylang's (or another plugin's) `language` term when it is nl or en; else nl. */
export function languageOf(item: WxrItem): Locale {
  const term = item.terms.find((each) => each.domain === 'language' || each.domain === 'translation_language')
  const code = term?.slug.slice(0, 2).toLowerCase()
  return isLocale(code) ? code : 'nl'
}

function dateOf(item: WxrItem, note: (line: number | undefined, message: string) => void): string {
  if (item.dateGmt) return `${item.dateGmt.replace(' ', 'T')}Z`
  note(undefined, 'no publication time in UTC in the export; its local time is taken as UTC')
  return `${(item.date || '1970-01-01 00:00:00').replace(' ', 'T')}Z`
}

/** The excerpt, or the start of the body, as plain text of at most 300 characters. */
function summaryOf(item: WxrItem, markdown: string): string {
  const plain = (text: string) =>
    text
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  const fromBody = markdown
    .split('\n\n')
    .find((block) => /^[\p{L}\p{N}*_"'(]/u.test(block) && !block.startsWith('::'))
  const text =
    plain(item.excerpt) ||
    (fromBody ?? '')
      .replace(/[*_`\\]|\]\([^)]*\)|\[/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  if (text.length <= 300) return text
  const cut = text.slice(0, 299)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 200)).trim()}…`
}

/** Slugs in use by documents that are not from this import (`<folder>` or `<folder>:<locale>`). */
function takenSlugs(set: ContentSet, which: string): Set<string> {
  const [folder, locale] = which.split(':')
  const taken = new Set<string>()
  for (const [kind, documents] of set.documents) {
    if (kind.folder !== folder) continue
    for (const [id, translations] of documents) {
      if (id.startsWith('wp-')) continue
      for (const [language, file] of Object.entries(translations))
        if (!locale || language === locale) taken.add(String(file?.frontMatter.slug))
    }
  }
  return taken
}

function existingTopics(set: ContentSet) {
  const topics: { id: string; name: string; slug: string }[] = []
  for (const [kind, documents] of set.documents) {
    if (kind.folder !== 'topics') continue
    for (const [id, translations] of documents) {
      const file = translations.nl ?? translations.en
      if (!id.startsWith('wp-') && file)
        topics.push({ id, name: String(file.frontMatter.name), slug: String(file.frontMatter.slug) })
    }
  }
  return topics
}

/** Redirects made by hand (or by another import) stay, before this import's; one entry per old address. */
function mergeRedirects(current: Redirect[], imported: Redirect[]): Redirect[] {
  const ours = new Set(imported.map((redirect) => redirect.from))
  const kept = current.filter((redirect) => !ours.has(redirect.from) && !/^[a-z]+:wp-/.test(redirect.to))
  return [...kept, ...imported]
}

const redirectsText = (redirects: Redirect[]) =>
  `# Old addresses and where they lead now (see content/README.md). Written by npm run import:wordpress;\n# entries you add by hand are kept.\n${stringifyYaml(redirects)}`

/** Files of an earlier import whose item is no longer published in this export: left for a person to decide. */
async function previouslyImported(set: ContentSet, files: Map<string, Buffer | string>): Promise<string[]> {
  const left: string[] = []
  for (const [kind, documents] of set.documents)
    for (const [id, translations] of documents)
      for (const file of Object.values(translations))
        if (id.startsWith('wp-') && file && !files.has(file.file)) left.push(`${file.file} (${kind.name})`)
  return left.sort()
}

/**
 * The import's files, checked with the contract's reader in a copy of `out` with them in it: a
 * refused file stops the import before anything in `out` changed, and the copy stays to look at.
 */
async function checkInCopy(out: string, files: Map<string, Buffer | string>): Promise<void> {
  const partial = `${path.resolve(out)}.partial`
  await rm(partial, { recursive: true, force: true })
  const exists = await stat(out).catch(() => undefined)
  if (exists)
    await cp(out, partial, {
      recursive: true,
      filter: (file) => !path.basename(file).startsWith('.') || file === out,
    })
  for (const [file, content] of files)
    await writeFileAtomically(
      path.join(partial, file),
      typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
    )
  const { set, problems } = await readContent(partial)
  const unresolved = resolveRedirects(set.redirects, slugsInContent(set)).unresolved
  const messages = [
    ...problems.map(formatProblem),
    ...unresolved.map(
      (redirect) => `content/${REDIRECTS_FILE}: ${redirect.from} -> ${redirect.to}: ${redirect.why}`,
    ),
  ]
  if (messages.length)
    throw new ImportRefused(
      `the content contract refuses ${messages.length} thing(s) in the result (see ${partial}):\n${messages.join('\n')}`,
    )
  await rm(partial, { recursive: true, force: true })
}

/** Writes the files whose bytes differ, each atomically; the rest is not touched. */
async function applyChanges(
  out: string,
  files: Map<string, Buffer | string>,
  dryRun: boolean,
): Promise<{ written: string[]; unchanged: number }> {
  const written: string[] = []
  let unchanged = 0
  for (const [file, content] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
    const current = await readFile(path.join(out, file)).catch(() => undefined)
    if (current?.equals(bytes)) {
      unchanged++
      continue
    }
    written.push(file)
    if (!dryRun) await writeFileAtomically(path.join(out, file), bytes)
  }
  return { written, unchanged }
}
