/**
 * A generated document and its files: front matter and body per language, written the way
 * `npm run content:export` writes them (model/files: keys in order, YAML without folding, LF and
 * one trailing newline).
 */
import { joinFrontmatter } from '../../../model/files/frontmatter'
import { stringifyYaml } from '../../../model/files/yaml'
import type { ContentKind } from '../../../model/kinds'
import { LOCALES, type Locale } from '../../../model/locales'

export type GeneratedFile = { frontMatter: Record<string, unknown>; body: string }

export type GeneratedDocument = {
  kind: ContentKind
  id: string
  files: Record<Locale, GeneratedFile>
}

/** Leaves out optional keys without a value, as the export does. */
export function compact(frontMatter: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(frontMatter).filter(
      ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  )
}

/** Every file of the documents, by path relative to content/. */
export function* filesOf(documents: GeneratedDocument[]): Generator<[string, string]> {
  for (const document of documents) {
    for (const locale of LOCALES) {
      const file = document.files[locale]
      yield [
        `${document.kind.folder}/${document.id}.${locale}.md`,
        joinFrontmatter(stringifyYaml(compact(file.frontMatter)), file.body),
      ]
    }
  }
}
