/**
 * The loader of every content collection: Astro's glob loader over one folder of content/, with a
 * digest that also covers what the file's references resolve to.
 *
 * Astro keeps each entry's rendered HTML between builds (the data store in the cache folder) and
 * renders a file again only when its digest changes. The glob loader's digest is a hash of the
 * file's text, but our Markdown pipeline (markdown/remarkContent.ts) writes into the HTML what
 * other files say: `post:<id>` becomes that post's URL (its slug, or the other language's page when
 * it has no translation), `media:<id>` and `::figure{image=...}` become the image's file and alt
 * text. Without this, renaming a post's slug left every post linking to it with the old address
 * (a broken link after a publish), and a corrected alt text stayed wrong in every body. So the
 * digest here is the file's text plus the resolution of every reference in it; a file is rendered
 * again exactly when something it shows changed. The page cache keys (cacheKeys.ts) include this
 * digest and the rendered HTML, so pages follow.
 */
import { glob, type Loader } from 'astro/loaders'

import { MEDIA_SCHEME, REFERENCE_KINDS, type ReferenceKind } from '../../model/references'
import { contentIndex, loadedContentIndex, type ContentIndex } from './contentIndex'
import { watchContentFolder } from './contentWatchers'
import { LOCALES } from './i18n'
import { shelveLiveStore } from './liveContentStores'
import { stableJson } from './stableJson'

const KINDS = [...Object.keys(REFERENCE_KINDS), MEDIA_SCHEME].join('|')
/** Anything that reads like a reference, in links, images or text: more than needed does no harm. */
const REFERENCE = new RegExp(`\\b(${KINDS}):([a-z0-9]+(?:-[a-z0-9]+)*)`, 'g')
/** The image of a figure directive: `image="<media id>"` (quoted or not). */
const FIGURE_IMAGE = /\bimage=(?:"([^"]*)"|'([^']*)'|([^\s}]+))/g

/** What each reference in `text` stands for today, in both languages (a body may fall back). */
export function referenceTargets(text: string, index: ContentIndex): unknown[] {
  const media = (id: string) => [
    `media:${id}`,
    index.mediaFile(id) ?? null,
    ...LOCALES.map((locale) => index.mediaAlt(id, locale)),
  ]
  const targets = new Map<string, unknown[]>()
  for (const [token, kind, id] of text.matchAll(REFERENCE))
    targets.set(
      token,
      kind === MEDIA_SCHEME
        ? media(id)
        : [token, ...LOCALES.map((locale) => index.url(kind as ReferenceKind, id, locale) ?? null)],
    )
  for (const match of text.matchAll(FIGURE_IMAGE)) {
    const id = match[1] ?? match[2] ?? match[3]
    targets.set(`media:${id}`, media(id))
  }
  return [...targets.values()].sort((a, b) => String(a[0]).localeCompare(String(b[0])))
}

/** How many words a Markdown body has: what a post's reading time (lib/posts.ts) is computed from. */
const wordCount = (markdown: string | undefined) => (markdown ?? '').split(/\s+/).filter(Boolean).length

/**
 * Astro writes its whole data store to disk 500 ms after the last change to it (and once more when
 * the content sync ends). Its own bookkeeping at the start of a sync is such a change, so at 10,000
 * posts a sync serialised and compared the 60-100 MB store in the middle of loading, and again
 * once the changed posts were rendered. Touching a constant mark more often than that keeps
 * postponing the write while the loaders run, so the store is written once, when they are done.
 * (If Astro shortens its delay, the writes happen as before: slower, never wrong.)
 */
const SAVE_POSTPONE_MS = 200
const LOADING_MARK = 'openambt-loading'

type LoaderOptions = {
  /**
   * Keep only the number of words of each body (in `rendered.metadata.words`), not its Markdown:
   * for posts, whose pages show the rendered HTML and only need the Markdown for the reading time.
   * At 10,000 posts their Markdown is 40 of the data store's 98 MB, which Astro reads, compares and
   * writes whole on every build.
   */
  wordsOnly?: boolean
}

/** Astro's glob loader for `*.{nl,en}.md` in one folder of content/, ids `<id>.<language>`. */
export function contentLoader(folder: string, { wordsOnly = false }: LoaderOptions = {}): Loader {
  const base = `${process.env.CONTENT_DIR || './content'}/${folder}`
  const files = glob({
    pattern: '*.{nl,en}.md',
    base,
    // Astro would use the slug as id; ours is the file name, shared by a document's translations.
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  })
  const loader: Loader = {
    name: 'content-loader',
    load: async (context) => {
      const saveOnceAtTheEnd = setInterval(() => context.meta.set(LOADING_MARK, 'yes'), SAVE_POSTPONE_MS)
      try {
        await contentIndex()
        shelveLiveStore(context.collection, context.store, context.meta)
        const store: typeof context.store = wordsOnly
          ? {
              ...context.store,
              set: ({ body, rendered, ...entry }) =>
                context.store.set({
                  ...entry,
                  rendered: rendered && {
                    ...rendered,
                    metadata: { ...rendered.metadata, words: wordCount(body) },
                  },
                }),
            }
          : context.store
        // In `astro build` there is no watcher: a renderer that stays running may sync changed
        // files later through this one (lib/contentWatchers.ts). `astro dev` keeps its own.
        const watcher = context.watcher ? undefined : watchContentFolder(context.collection, base)
        return await files.load({
          ...context,
          ...(watcher && { watcher: watcher as never, logger: watcher.recording(context.logger) }),
          store,
          generateDigest: (data) =>
            context.generateDigest(
              typeof data === 'string'
                ? `${data}\n${stableJson(referenceTargets(data, loadedContentIndex()))}`
                : data,
            ),
        })
      } finally {
        clearInterval(saveOnceAtTheEnd)
      }
    },
  }
  ours.add(loader)
  return loader
}

/** The loaders `contentLoader` made, which hand their collection to the pages. */
const ours = new WeakSet<Loader>()

/**
 * The collections, refused when one does not use `contentLoader`: the pages of a build take the
 * collections it hands over (lib/liveContentStores.ts), so a collection with another loader would
 * be missing from every page without an error.
 */
export function onlyContentLoaders<T extends Record<string, object>>(collections: T): T {
  for (const [name, collection] of Object.entries(collections))
    if (!('loader' in collection) || !ours.has(collection.loader as Loader))
      throw new Error(
        `The content collection "${name}" must use contentLoader (site/lib/contentLoader.ts): the pages take their entries from the collections it hands over, so another loader's entries would be missing from every page.`,
      )
  return collections
}
