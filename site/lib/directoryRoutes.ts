/**
 * getStaticPaths for the tips, speakers and topic templates, per language, so each page file stays
 * a two-line wrapper (like site/lib/routes.ts for the blog), each path with its page's cache key.
 */
import type { Locale } from './i18n'
import { speakerFilterKey, speakerPageKey, tipCategoryKey, tipPageKey, topicPageKey } from './pageKeys'
import { speakerFilters, speakersIn, type FilterKind } from './speakers'
import { tipCategoryPages, tipsIn } from './tips'
import { topicContents, topicPages } from './topicContents'
import { topicsIn } from './topics'
import { pageSegments } from '../../model/urls'

export async function tipPaths(locale: Locale) {
  return Promise.all(
    (await tipsIn(locale)).map(async (tip) => ({
      params: { slug: tip.data.slug },
      props: { tip },
      cacheKey: await tipPageKey(tip),
    })),
  )
}

/** Every tip category's listing, then /pagina/2/ and on: /tips/categorie/tools/pagina/2/. */
export async function tipCategoryPaths(locale: Locale) {
  return Promise.all(
    (await tipCategoryPages(locale)).map(async (props) => ({
      params: { category: props.category, page: pageSegments(props.page, locale) },
      props,
      cacheKey: await tipCategoryKey(props),
    })),
  )
}

export async function speakerPaths(locale: Locale) {
  return Promise.all(
    (await speakersIn(locale)).map(async (speaker) => ({
      params: { slug: speaker.data.slug },
      props: { speaker },
      cacheKey: await speakerPageKey(speaker),
    })),
  )
}

/** One page per filter value with at least one speaker: /sprekers/regio/utrecht/ and the like. */
export async function speakerFilterPaths(kind: FilterKind, locale: Locale) {
  return Promise.all(
    (await speakerFilters(locale))[kind].map(async (filter) => ({
      params: { value: filter.value },
      props: { locale, filter },
      cacheKey: await speakerFilterKey(locale, filter),
    })),
  )
}

/** Every topic with the newest on it, then /pagina/2/ and on for the rest (topicPages()). */
export async function topicPaths(locale: Locale) {
  const paths = await Promise.all(
    (await topicsIn(locale)).map(async (topic) =>
      Promise.all(
        topicPages(await topicContents(topic)).map(async (contents) => {
          const props = { topic, contents }
          return {
            params: { slug: topic.data.slug, page: pageSegments(contents.page, locale) },
            props,
            cacheKey: await topicPageKey(props),
          }
        }),
      ),
    ),
  )
  return paths.flat()
}
