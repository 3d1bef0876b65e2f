/**
 * The book as content/ holds it, per language: the metadata and summary of book/book.<lang>.md and
 * the chapters in book/chapters/, ordered by number. Read through the same checked content set the
 * site's Markdown pipeline uses (site/lib/contentIndex.ts), so the zod schemas, the reference checks
 * and the error messages are the site's and the CMS import's. Only published chapters are in
 * content/ (the CMS export writes no drafts), so whatever is here is public.
 */
import path from 'node:path'

import { documentsOf, type ContentFile } from '../../../model/files/readContent'
import { slugify } from '../../../model/slugs'
import { checkedContent, contentRoot } from '../../../site/lib/contentIndex'
import { typographicFields } from '../../../site/lib/typography'
import { creditedIn, type BookData, type ChapterData } from '../../../model/schemas'
import { LOCALES, type Locale } from '../../../site/lib/i18n'
import { itemUrl } from '../../../model/urls'

export { siteUrl } from './inputs'

export type MarkdownSource = {
  /** Absolute path of the Markdown file (errors name it; the Markdown plugins read the language from it). */
  file: string
  /** The body, preceded by as many empty lines as the front matter takes, so line numbers match the file. */
  markdown: string
}

export type BookChapter = ChapterData & {
  id: string
  /** Its address in the online reader, e.g. `/boek/sociale-media-in-het-dagelijkse-werk/`. */
  url: string
  source: MarkdownSource
}

export type BookImage = { id: string; file: string; alt: string; extension: string }

export type BookEdition = {
  locale: Locale
  data: BookData
  /** The book's summary (the body of book.<lang>.md). */
  summary: MarkdownSource
  chapters: BookChapter[]
  cover: BookImage
  /** The start of the download file names: `van-loket-naar-netwerk-nl`. */
  fileBase: string
  /** The files this edition was read from, relative to content/ (for progress and errors). */
  files: string[]
}

const source = (file: ContentFile): MarkdownSource => ({
  file: path.join(contentRoot, file.file),
  markdown: '\n'.repeat(Math.max(0, file.bodyStartLine - 1)) + file.body,
})

/** Every language the book exists in (a book.<lang>.md file), with its chapters in that language. */
export async function loadBook(): Promise<BookEdition[]> {
  const set = await checkedContent()
  const kind = (name: string) => documentsOf(set, name)
  const book = kind('book').get('book') ?? {}
  const chapters = [...kind('chapters').values()]
  const editions: BookEdition[] = []
  for (const locale of LOCALES) {
    const inLanguage = chapters
      .map((translations) => translations[locale])
      .filter((file): file is ContentFile => Boolean(file))
    const file = book[locale]
    if (!file) {
      if (inLanguage.length > 0)
        throw new Error(
          `content/book/book.${locale}.md is missing, but ${inLanguage.length} chapter(s) exist in that language (e.g. content/${inLanguage[0].file}); the book needs its title, edition, licence and cover`,
        )
      continue
    }
    if (inLanguage.length === 0) {
      throw new Error(`content/${file.file}: the book has no published chapters in this language`)
    }
    // Each edition credits its own translators only (a Dutch original names no English translator).
    const frontMatter = file.frontMatter as BookData
    // Readers get typographic quotes and dashes, as on the site (site/lib/typography.ts).
    const data = typographicFields({ ...frontMatter, authors: creditedIn(frontMatter.authors, locale) })
    const media = set.media.get(data.cover)
    if (!media) throw new Error(`content/${file.file}: the cover "${data.cover}" is not in content/media`)
    editions.push({
      locale,
      data,
      summary: source(file),
      chapters: inLanguage
        .map((chapter) => {
          const front = typographicFields(chapter.frontMatter as ChapterData)
          return {
            ...front,
            id: chapter.id,
            url: itemUrl('book', front.slug, locale),
            source: source(chapter),
          }
        })
        .sort((a, b) => a.number - b.number),
      cover: {
        id: media.id,
        file: path.join(contentRoot, media.file),
        alt: media.sidecar.alt[locale],
        extension: media.extension,
      },
      fileBase: `${slugify(frontMatter.title)}-${locale}`,
      files: [file.file, ...inLanguage.map((chapter) => chapter.file)].sort(),
    })
  }
  if (editions.length === 0) throw new Error(`${contentRoot}/book/ has no book.nl.md or book.en.md`)
  return editions
}
