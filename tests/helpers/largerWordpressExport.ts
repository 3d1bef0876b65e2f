import { readFile } from 'node:fs/promises'

/**
 * A WordPress export of a realistic size made from our fixture (tests/fixtures/wordpress/export.xml):
 * its published posts copied `copies` times each, every copy with its own id, slug, title and date
 * (spread over 2012-2024), so the import and the site meet hundreds of classic and block-editor
 * posts with images, captions, embeds, tables, internal links and categories.
 */
export async function largerWordpressExport(fixture: string, copies: number): Promise<string> {
  const xml = await readFile(fixture, 'utf8')
  const items = [...xml.matchAll(/\t<item>[\s\S]*?<\/item>\n/g)].map((match) => match[0])
  const published = items.filter(
    (item) =>
      item.includes('<wp:post_type><![CDATA[post]]></wp:post_type>') &&
      item.includes('<wp:status><![CDATA[publish]]></wp:status>'),
  )
  const extra: string[] = []
  let next = 5000
  for (let copy = 1; copy <= copies; copy++) {
    for (const item of published) {
      const id = next++
      const oldId = /<wp:post_id>(\d+)<\/wp:post_id>/.exec(item)![1]
      const oldSlug = /<wp:post_name><!\[CDATA\[([^\]]+)\]\]>/.exec(item)![1]
      const slug = `${oldSlug}-${copy}`
      const year = 2012 + (id % 13)
      const month = String(1 + (id % 12)).padStart(2, '0')
      const day = String(1 + (id % 28)).padStart(2, '0')
      extra.push(
        item
          .replace(/<title>([^<]*)<\/title>/, (_, title: string) => `<title>${title} (${copy})</title>`)
          .replace(`<wp:post_id>${oldId}</wp:post_id>`, `<wp:post_id>${id}</wp:post_id>`)
          .replace(`?p=${oldId}</guid>`, `?p=${id}</guid>`)
          .replace(`<![CDATA[${oldSlug}]]></wp:post_name>`, `<![CDATA[${slug}]]></wp:post_name>`)
          .replace(/\/\d{4}\/\d{2}\/\d{2}\/[^/<]+\/<\/link>/, `/${year}/${month}/${day}/${slug}/</link>`)
          .replace(/\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2}\]\]><\/wp:post_date>)/, `${year}-${month}-${day}$1`)
          .replace(
            /\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2}\]\]><\/wp:post_date_gmt>)/,
            `${year}-${month}-${day}$1`,
          )
          .replace(/<pubDate>[^<]*<\/pubDate>/, '')
          // Comments keep their ids unique too.
          .replace(/<wp:comment_id>(\d+)<\/wp:comment_id>/g, (_, comment: string) => {
            return `<wp:comment_id>${Number(comment) * 10_000 + id}</wp:comment_id>`
          }),
      )
    }
  }
  const lastItem = xml.lastIndexOf('</item>\n') + '</item>\n'.length
  return `${xml.slice(0, lastItem)}${extra.join('')}${xml.slice(lastItem)}`
}
