/**
 * Reads a WordPress export (WXR: RSS 2.0 with the wp:, content:, excerpt: and dc: namespaces, as
 * WordPress's own exporter writes it) into plain records. A file that is not well-formed XML is
 * refused with the line and column of the first error, before anything else happens.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'

export class WxrError extends Error {}

export type WxrAuthor = { id: string; login: string; displayName: string }
export type WxrTerm = {
  taxonomy: 'category' | 'post_tag'
  termId: string
  slug: string
  name: string
  /** The parent's slug (categories only); '' at the top. */
  parent: string
}
export type WxrItem = {
  id: string
  type: string
  status: string
  title: string
  /** The permalink as the old site served it. */
  link: string
  guid: string
  slug: string
  creator: string
  /** `YYYY-MM-DD HH:MM:SS`, UTC; '' when WordPress left it empty (drafts). */
  dateGmt: string
  date: string
  content: string
  excerpt: string
  parent: string
  attachmentUrl: string
  /** Terms the item is in, as `domain` (category, post_tag, language, ...) and nicename. */
  terms: { domain: string; slug: string; name: string }[]
  meta: Map<string, string>
  comments: number
}
export type WxrSite = {
  title: string
  /** The old site's address, e.g. https://oudesite.example. */
  baseUrl: string
  authors: WxrAuthor[]
  terms: WxrTerm[]
  items: WxrItem[]
}

const ARRAYS = new Set([
  'rss.channel.item',
  'rss.channel.wp:author',
  'rss.channel.wp:category',
  'rss.channel.wp:tag',
  'rss.channel.item.category',
  'rss.channel.item.wp:postmeta',
  'rss.channel.item.wp:comment',
])

type Node = Record<string, unknown>

/** Text of an element, whatever the parser made of it (text, CDATA, attributes beside it). */
const text = (value: unknown): string => {
  if (value === undefined || value === null) return ''
  if (typeof value === 'object') return text((value as Node)['#text'])
  return String(value)
}
const list = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : [])

export function readWxr(xml: string): WxrSite {
  const valid = XMLValidator.validate(xml)
  if (valid !== true)
    throw new WxrError(
      `the file is not well-formed XML: line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`,
    )
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: true,
    isArray: (_name, jpath) => ARRAYS.has(String(jpath)),
  })
  const document = parser.parse(xml) as Node
  const channel = (document.rss as Node | undefined)?.channel as Node | undefined
  if (!channel || !('wp:wxr_version' in channel))
    throw new WxrError(
      'this is not a WordPress export: expected <rss><channel> with <wp:wxr_version> (Tools > Export in WordPress)',
    )
  const baseUrl = (text(channel['wp:base_site_url']) || text(channel.link)).trim().replace(/\/+$/, '')
  const authors = list(channel['wp:author']).map((author) => ({
    id: text(author['wp:author_id']).trim(),
    login: text(author['wp:author_login']).trim(),
    displayName: text(author['wp:author_display_name']).trim() || text(author['wp:author_login']).trim(),
  }))
  const terms: WxrTerm[] = [
    ...list(channel['wp:category']).map((term) => ({
      taxonomy: 'category' as const,
      termId: text(term['wp:term_id']).trim(),
      slug: text(term['wp:category_nicename']).trim(),
      name: text(term['wp:cat_name']).trim(),
      parent: text(term['wp:category_parent']).trim(),
    })),
    ...list(channel['wp:tag']).map((term) => ({
      taxonomy: 'post_tag' as const,
      termId: text(term['wp:term_id']).trim(),
      slug: text(term['wp:tag_slug']).trim(),
      name: text(term['wp:tag_name']).trim(),
      parent: '',
    })),
  ]
  const items = list(channel.item).map((item): WxrItem => {
    const meta = new Map<string, string>()
    for (const entry of list(item['wp:postmeta']))
      meta.set(text(entry['wp:meta_key']).trim(), text(entry['wp:meta_value']))
    const gmt = text(item['wp:post_date_gmt']).trim()
    return {
      id: text(item['wp:post_id']).trim(),
      type: text(item['wp:post_type']).trim(),
      status: text(item['wp:status']).trim(),
      title: text(item.title).trim(),
      link: text(item.link).trim(),
      guid: text(item.guid).trim(),
      slug: text(item['wp:post_name']).trim(),
      creator: text(item['dc:creator']).trim(),
      dateGmt: gmt.startsWith('0000') ? '' : gmt,
      date: text(item['wp:post_date']).trim(),
      content: text(item['content:encoded']),
      excerpt: text(item['excerpt:encoded']),
      parent: text(item['wp:post_parent']).trim(),
      attachmentUrl: text(item['wp:attachment_url']).trim(),
      terms: list(item.category).map((term) => ({
        domain: String(term['@_domain'] ?? ''),
        slug: String(term['@_nicename'] ?? ''),
        name: text(term).trim(),
      })),
      meta,
      comments: list(item['wp:comment']).length,
    }
  })
  return { title: text(channel.title).trim(), baseUrl, authors, terms, items }
}
