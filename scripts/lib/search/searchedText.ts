/**
 * The part of a built page that Pagefind reads, for the shard fingerprints (./buildShard.ts). A
 * page with `data-pagefind-body` is indexed from those elements only; what lies around them (related
 * posts, previous/next links, navigation, the footer) changes whenever a neighbouring post is
 * published, and hashing it too made one new post re-index the whole archive shard (~25 s at
 * 10,000 posts). Pagefind also reads filters, metadata and the default title (the first <h1>)
 * outside the body elements; a page that has any of those outside is fingerprinted whole, so a
 * template that puts them there costs time, never a stale index.
 */

const BODY_OPENING = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-body(?:=""|[\s>])[^>]*>?/g
/** What Pagefind takes from anywhere on the page, not only from the body elements. */
const READ_ANYWHERE = /\sdata-pagefind-(?!ignore|body)[a-z-]+|<h1[\s>]/

/**
 * The outer HTML of each `data-pagefind-body` element and the page's language, or everything
 * after </head> when Pagefind reads something outside them. Undefined for a page without one.
 */
export function searchedText(html: string): string | undefined {
  const lang = /<html\b[^>]*\slang="([^"]*)"/.exec(html)?.[1] ?? ''
  const regions: string[] = []
  const outside: string[] = []
  let end = 0
  for (const opening of html.matchAll(BODY_OPENING)) {
    if (opening.index < end) continue // a body element inside another one is already in it
    const close = closingEnd(html, opening[1]!, opening.index + opening[0].length)
    outside.push(html.slice(end, opening.index))
    regions.push(html.slice(opening.index, close))
    end = close
  }
  if (regions.length === 0) return undefined
  outside.push(html.slice(end))
  const headEnd = html.indexOf('</head>')
  if (outside.some((text, i) => READ_ANYWHERE.test(i === 0 && headEnd >= 0 ? text.slice(headEnd) : text)))
    return `${lang}\n${headEnd >= 0 ? html.slice(headEnd) : html}`
  return `${lang}\n${regions.join('\n')}`
}

/**
 * Where the element opened just before `from` ends: after its matching closing tag, counting
 * nested elements of the same name. Text in our pages is escaped, so a literal `<article` can
 * only be markup. An element that is never closed runs to the end of the page.
 */
function closingEnd(html: string, name: string, from: number): number {
  const tags = new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*>`, 'gi')
  tags.lastIndex = from
  let depth = 1
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1
    if (depth === 0) return tag.index + tag[0].length
  }
  return html.length
}
