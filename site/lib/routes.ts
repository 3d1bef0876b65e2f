/**
 * getStaticPaths for the templates, per language, so each page file stays a two-line wrapper. Every
 * path carries the cache key of its page (pageKeys.ts), so an incremental build renders only the
 * pages whose data changed.
 */
import type { Locale } from './i18n'
import { blogPageKey, postPageKey } from './pageKeys'
import { listingPages } from './pagination'
import { POSTS_PER_PAGE, postsIn } from './posts'

export async function postPaths(locale: Locale) {
  return Promise.all(
    (await postsIn(locale)).map(async (post) => ({
      params: { slug: post.data.slug },
      props: { post },
      cacheKey: await postPageKey(post),
    })),
  )
}

export async function blogPagePaths(locale: Locale) {
  return Promise.all(
    listingPages(await postsIn(locale), POSTS_PER_PAGE).map(async ({ page, pages, items }) => {
      const props = { locale, page, pages, posts: items }
      return {
        params: { page: page === 1 ? undefined : String(page) },
        props,
        cacheKey: await blogPageKey(props),
      }
    }),
  )
}
