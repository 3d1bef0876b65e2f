/**
 * What the generator takes from the repository's content/, read with the project's own reader:
 * the topics and authors documents may refer to, the images posts may show, and the ids, slugs and
 * numbers already taken.
 */
import { documentsOf, readContent, type ContentSet } from '../../../model/files/readContent'
import { formatProblem } from '../../../model/files/yaml'
import { whyImageCannotBeShown } from '../../../model/kinds'
import { LOCALES, type Locale } from '../../../model/locales'
import type { MediaSidecar } from '../../../model/schemas'

export type SourceImage = { id: string; sidecar: MediaSidecar }

export type Taken = { ids: string[]; slugs: Record<Locale, string[]>; names: string[] }

export type Source = {
  topics: string[]
  authors: { id: string; name: string }[]
  /** Images demo posts use as hero: raster images made for a post's head. */
  heroes: SourceImage[]
  /** Those and the images demo posts and chapters show in their text. */
  figures: SourceImage[]
  taken: Record<'posts' | 'tips' | 'speakers' | 'authors', Taken>
  /** The highest tip number in content/. */
  lastTipNumber: number
  /** How many documents of each kind content/ holds. */
  documents: Record<string, number>
}

export async function readSource(root: string): Promise<Source> {
  const { set, problems } = await readContent(root)
  if (problems.length)
    throw new Error(
      `${root} has ${problems.length} problem(s); fix them first:\n${problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`,
    )
  const files = (kind: string) =>
    [...documentsOf(set, kind).values()].flatMap((translations) => Object.values(translations))
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort()

  const heroIds = sorted(
    files('posts').flatMap((file) => (file.frontMatter.hero as string | undefined) ?? []),
  )
  const shownIds = [...files('posts'), ...files('chapters')].flatMap((file) => [
    ...[...file.body.matchAll(/::figure\{image="([a-z0-9-]+)"/g)].map((match) => match[1]),
    ...[...file.body.matchAll(/\]\(media:([a-z0-9-]+)\)/g)].map((match) => match[1]),
  ])
  const images = (ids: string[]) => ids.flatMap((id) => showable(set, id))

  const taken = (kind: string): Taken => {
    const documents = documentsOf(set, kind)
    const slugs = Object.fromEntries(
      LOCALES.map((locale) => [
        locale,
        sorted(
          [...documents.values()].flatMap((translations) =>
            translations[locale] ? [String(translations[locale].frontMatter.slug)] : [],
          ),
        ),
      ]),
    ) as Record<Locale, string[]>
    const names = files(kind).flatMap((file) => (file.frontMatter.name as string | undefined) ?? [])
    return { ids: sorted(documents.keys()), slugs, names: sorted(names) }
  }

  return {
    topics: sorted(documentsOf(set, 'topics').keys()),
    authors: sorted(documentsOf(set, 'authors').keys()).map((id) => {
      const translations = documentsOf(set, 'authors').get(id)!
      return { id, name: String((translations.nl ?? translations.en)!.frontMatter.name) }
    }),
    heroes: images(heroIds),
    figures: images(sorted([...heroIds, ...shownIds])),
    taken: {
      posts: taken('posts'),
      tips: taken('tips'),
      speakers: taken('speakers'),
      authors: taken('authors'),
    },
    lastTipNumber: Math.max(0, ...files('tips').map((file) => Number(file.frontMatter.number))),
    documents: Object.fromEntries([...set.documents].map(([kind, documents]) => [kind.name, documents.size])),
  }
}

function showable(set: ContentSet, id: string): SourceImage[] {
  const image = set.media.get(id)
  return image && !whyImageCannotBeShown(image.extension) ? [{ id, sidecar: image.sidecar }] : []
}
