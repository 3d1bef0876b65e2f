/**
 * getStaticPaths for the newsletter's edition pages and archive, per language, each path with its
 * page's cache key, so each page file stays a two-line wrapper.
 */
import { editionArchivePages, editionsIn } from './editions'
import type { Locale } from './i18n'
import { editionArchiveKey, editionPageKey } from './pageKeys'
import { pageSegments } from '../../model/urls'

export async function editionPaths(locale: Locale) {
  return Promise.all(
    (await editionsIn(locale)).map(async (edition) => ({
      params: { number: String(edition.data.number) },
      props: { edition },
      cacheKey: await editionPageKey(edition),
    })),
  )
}

/** /nieuwsbrief/archief/, then /nieuwsbrief/archief/pagina/2/ and on. */
export async function editionArchivePaths(locale: Locale) {
  return Promise.all(
    (await editionArchivePages(locale)).map(async (props) => ({
      params: { page: pageSegments(props.page, locale) },
      props,
      cacheKey: await editionArchiveKey(props),
    })),
  )
}
