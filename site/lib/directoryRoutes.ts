/**
 * getStaticPaths for the tips, speakers and topic templates, per language, so each page file stays
 * a two-line wrapper (like site/lib/routes.ts for the blog).
 */
import type { Locale } from './i18n'
import { speakerFilters, speakersIn, type FilterKind } from './speakers'
import { tipsIn } from './tips'
import { topicsIn } from './topics'

export async function tipPaths(locale: Locale) {
  return (await tipsIn(locale)).map((tip) => ({ params: { slug: tip.data.slug }, props: { tip } }))
}

export async function speakerPaths(locale: Locale) {
  return (await speakersIn(locale)).map((speaker) => ({
    params: { slug: speaker.data.slug },
    props: { speaker },
  }))
}

/** One page per filter value with at least one speaker: /sprekers/regio/utrecht/ and the like. */
export async function speakerFilterPaths(kind: FilterKind, locale: Locale) {
  return (await speakerFilters(locale))[kind].map((filter) => ({
    params: { value: filter.value },
    props: { locale, filter },
  }))
}

export async function topicPaths(locale: Locale) {
  return (await topicsIn(locale)).map((topic) => ({ params: { slug: topic.data.slug }, props: { topic } }))
}
