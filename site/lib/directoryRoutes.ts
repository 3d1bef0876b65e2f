/**
 * getStaticPaths for the tips, speakers and topic templates, per language, so each page file stays
 * a two-line wrapper (like site/lib/routes.ts for the blog), each path with its page's cache key.
 */
import type { Locale } from './i18n'
import { speakerFilterKey, speakerPageKey, tipPageKey, topicPageKey } from './pageKeys'
import { speakerFilters, speakersIn, type FilterKind } from './speakers'
import { tipsIn } from './tips'
import { topicsIn } from './topics'

export async function tipPaths(locale: Locale) {
  return Promise.all(
    (await tipsIn(locale)).map(async (tip) => ({
      params: { slug: tip.data.slug },
      props: { tip },
      cacheKey: await tipPageKey(tip),
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

export async function topicPaths(locale: Locale) {
  return Promise.all(
    (await topicsIn(locale)).map(async (topic) => ({
      params: { slug: topic.data.slug },
      props: { topic },
      cacheKey: await topicPageKey(topic),
    })),
  )
}
