/**
 * getStaticPaths for the templates, per language, so each page file stays a two-line wrapper. Every
 * path carries the cache key of its page (pageKeys.ts), so an incremental build renders only the
 * pages whose data changed.
 */
import type { Locale } from './i18n'
import { blogPageKey, postPageKey } from './pageKeys'
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
  const posts = await postsIn(locale)
  const pages = Math.max(1, Math.ceil(posts.length / POSTS_PER_PAGE))
  return Promise.all(
    Array.from({ length: pages }, async (_, i) => {
      const props = {
        locale,
        page: i + 1,
        pages,
        posts: posts.slice(i * POSTS_PER_PAGE, (i + 1) * POSTS_PER_PAGE),
      }
      return {
        params: { page: i === 0 ? undefined : String(i + 1) },
        props,
        cacheKey: await blogPageKey(props),
      }
    }),
  )
}
