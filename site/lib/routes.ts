/** getStaticPaths for the templates, per language, so each page file stays a two-line wrapper. */
import type { Locale } from './i18n'
import { POSTS_PER_PAGE, postsIn } from './posts'

export async function postPaths(locale: Locale) {
  return (await postsIn(locale)).map((post) => ({ params: { slug: post.data.slug }, props: { post } }))
}

export async function blogPagePaths(locale: Locale) {
  const posts = await postsIn(locale)
  const pages = Math.max(1, Math.ceil(posts.length / POSTS_PER_PAGE))
  return Array.from({ length: pages }, (_, i) => ({
    params: { page: i === 0 ? undefined : String(i + 1) },
    props: { locale, page: i + 1, pages, posts: posts.slice(i * POSTS_PER_PAGE, (i + 1) * POSTS_PER_PAGE) },
  }))
}
