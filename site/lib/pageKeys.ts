/**
 * The cache key of every page a dynamic route makes, one function per template (see cacheKeys.ts
 * for what a key is and why it must cover everything the page shows). Each function reads the data
 * through the same queries its template uses and lists what the template shows, in the order the
 * template reads it.
 *
 * When a template (or a component it uses) starts showing something new from content, add it to
 * its key here. Code is covered by Astro itself; only data needs listing. The incremental-build
 * test (tests/int/site-incremental.test.ts) compares incremental rebuilds with full builds.
 *
 * Pages without getStaticPaths() (home, the first blog page, indexes, feeds, search, 404) have no
 * key and are rendered on every build.
 */
import { archiveYears, type ArchiveYearPage } from './archive'
import { authorTranslation, type AuthorPage } from './authors'
import { bookIn, chaptersIn, chapterTranslation, type Chapter } from './book'
import { bookDownloads } from './bookDownloads'
import { downloads } from './downloads'
import {
  editionItems,
  editionNeighbours,
  editionTranslation,
  type Edition,
  type EditionArchivePage,
} from './editions'
import { entryById } from './entries'
import { entryDataDigest, entryDigest, imageDigest, pageCacheKey, siteDigest } from './cacheKeys'
import {
  eventFilters,
  eventTranslation,
  isUpcoming,
  nextEvents,
  pastEventsByYear,
  type Event,
} from './events'
import { formSettings } from './readerForms'
import { splitEntryId, type Locale } from './i18n'
import { around } from './neighbours'
import { perBuild } from './perBuild'
import { plainPageTranslation, type PlainPage } from './plainPages'
import { postNeighbours, relatedPosts, translationOf, type Post } from './posts'
import {
  filterTranslation,
  speakerFilters,
  speakerTranslation,
  type Speaker,
  type SpeakerFilter,
} from './speakers'
import { tipCategoryIn, tipNeighbours, tipTranslation, type Tip, type TipCategoryPage } from './tips'
import type { TopicPageContents } from './topicContents'
import { topicsById, topicTranslation, type Topic } from './topics'
import { CONTACT_PAGE_SLUG } from '../../model/urls'

const other = (locale: Locale): Locale => (locale === 'nl' ? 'en' : 'nl')

/** The profiles of these author ids in one language; a missing one counts as missing. */
const authorDigests = (ids: readonly string[], locale: Locale) =>
  Promise.all(ids.map(async (id) => entryDataDigest(await entryById('authors', `${id}.${locale}`))))

/** The topics with these ids in one language (names and slugs on chips and links). */
const topicDigests = async (ids: readonly string[] | undefined, locale: Locale) =>
  (await topicsById(ids, locale)).map(entryDataDigest)

const summaryDigests = perBuild(() => new Map<string, Promise<string>>())

/**
 * components/PostSummary.astro: the post's front matter, its authors' names and its hero's
 * thumbnail. Once per post and build: a post is listed on a dozen pages (blog, archive, topics,
 * author, related posts).
 */
function postSummaryDigest(post: Post): Promise<string> {
  const summaries = summaryDigests()
  if (!summaries.has(post.id)) {
    const { locale } = splitEntryId(post.id)
    summaries.set(
      post.id,
      (async () =>
        pageCacheKey(
          entryDataDigest(post),
          await authorDigests(post.data.authors, locale),
          await imageDigest(post.data.hero, locale),
        ))(),
    )
  }
  return summaries.get(post.id)!
}

const postListDigest = (posts: readonly Post[]) => Promise.all(posts.map(postSummaryDigest))

/** components/EventList.astro: date, title, kind, place, cancellation and summary of each event. */
const eventListDigest = (events: readonly Event[]) => events.map(entryDataDigest)

/** components/SpeakerCard.astro: name, job, organisation, slug and portrait. */
async function speakerCardDigest(speaker: Speaker): Promise<unknown> {
  const { locale } = splitEntryId(speaker.id)
  return [entryDataDigest(speaker), await imageDigest(speaker.data.photo, locale)]
}

/** templates/PostPage.astro */
export async function postPageKey(post: Post): Promise<string> {
  const { locale } = splitEntryId(post.id)
  const { newer, older } = await postNeighbours(post)
  return pageCacheKey(
    'post',
    siteDigest(locale),
    entryDigest(post),
    await authorDigests(post.data.authors, locale),
    await topicDigests(post.data.topics, locale),
    entryDataDigest(await translationOf(post)),
    entryDataDigest(newer),
    entryDataDigest(older),
    await postListDigest(await relatedPosts(post)),
    await imageDigest(post.data.hero, locale),
  )
}

/** templates/BlogIndex.astro, from the props blogPagePaths() gives it. */
export async function blogPageKey(props: {
  locale: Locale
  page: number
  pages: number
  posts: readonly Post[]
}): Promise<string> {
  return pageCacheKey(
    'blog-page',
    siteDigest(props.locale),
    props.page,
    props.pages,
    await postListDigest(props.posts),
  )
}

/** templates/ArchiveYear.astro, from the props archiveYearPaths() gives it. */
export async function archiveYearKey(props: ArchiveYearPage): Promise<string> {
  const otherYears = await archiveYears(other(props.locale))
  return pageCacheKey(
    'archive-year',
    siteDigest(props.locale),
    props.year,
    props.count,
    props.earlier ?? null,
    props.later ?? null,
    props.page,
    props.pages,
    await postListDigest(props.items),
    otherYears.some((candidate) => candidate.year === props.year),
  )
}

/** templates/ChapterPage.astro: the chapter, the book (its cover is the search result's image), its neighbours and the downloads. */
export async function chapterPageKey(chapter: Chapter): Promise<string> {
  const { locale } = splitEntryId(chapter.id)
  const [previous, next] = around(await chaptersIn(locale), chapter)
  const book = await bookIn(locale)
  return pageCacheKey(
    'chapter',
    siteDigest(locale),
    entryDigest(chapter),
    entryDataDigest(book),
    await imageDigest(book.data.cover, locale),
    entryDataDigest(previous),
    entryDataDigest(next),
    entryDataDigest(await chapterTranslation(chapter)),
    bookDownloads(locale).filter((download) => download.locale === locale),
    await topicDigests(chapter.data.topics, locale),
  )
}

/** templates/PlainPage.astro */
export async function plainPageKey(page: PlainPage): Promise<string> {
  const { locale } = splitEntryId(page.id)
  return pageCacheKey(
    'plain-page',
    siteDigest(locale),
    entryDigest(page),
    entryDataDigest(await plainPageTranslation(page)),
    // The contact page ends with the contact form.
    page.data.slug === CONTACT_PAGE_SLUG && formSettings(),
  )
}

/** templates/AuthorPage.astro: the profile, its photo and one page of the author's posts. */
export async function authorPageKey(props: AuthorPage): Promise<string> {
  const { author, page, pages, items } = props
  const { locale } = splitEntryId(author.id)
  return pageCacheKey(
    'author',
    siteDigest(locale),
    entryDigest(author),
    await imageDigest(author.data.photo, locale),
    page,
    pages,
    await postListDigest(items),
    entryDataDigest(await authorTranslation(author)),
  )
}

/** templates/TipPage.astro: the tip, its topics, the tips before and after it by number. */
export async function tipPageKey(tip: Tip): Promise<string> {
  const { locale } = splitEntryId(tip.id)
  const { previous, next } = await tipNeighbours(tip)
  return pageCacheKey(
    'tip',
    siteDigest(locale),
    entryDigest(tip),
    await topicDigests(tip.data.topics, locale),
    entryDataDigest(previous),
    entryDataDigest(next),
    entryDataDigest(await tipTranslation(tip)),
  )
}

/** templates/TipCategory.astro: one page of a category's tips. */
export async function tipCategoryKey(props: TipCategoryPage): Promise<string> {
  const { locale, category, count, page, pages, items } = props
  return pageCacheKey(
    'tip-category',
    siteDigest(locale),
    category,
    await tipCategoryIn(category, other(locale)),
    count,
    page,
    pages,
    items.map(entryDataDigest),
  )
}

/** templates/SpeakerPage.astro: the profile, its topics and portrait. */
export async function speakerPageKey(speaker: Speaker): Promise<string> {
  const { locale } = splitEntryId(speaker.id)
  return pageCacheKey(
    'speaker',
    siteDigest(locale),
    entryDigest(speaker),
    await topicDigests(speaker.data.topics, locale),
    entryDataDigest(await speakerTranslation(speaker)),
    await imageDigest(speaker.data.photo, locale),
    // The request form.
    formSettings(),
    eventListDigest(await nextEvents(locale, { speaker: splitEntryId(speaker.id).id })),
  )
}

/** The filter links the directory shows: every filter of every kind (label and address). */
const filterLinks = async (locale: Locale) =>
  Object.values(await speakerFilters(locale)).map((filters) =>
    filters.map(({ kind, key, value, label, url }) => ({ kind, key, value, label, url })),
  )

/** templates/SpeakersDirectory.astro with a filter: all filter links, the filter's speakers. */
export async function speakerFilterKey(locale: Locale, filter: SpeakerFilter): Promise<string> {
  const { kind, key, value, label, url } = filter
  return pageCacheKey(
    'speaker-filter',
    siteDigest(locale),
    { kind, key, value, label, url },
    await filterLinks(locale),
    await Promise.all(filter.speakers.map(speakerCardDigest)),
    (await filterTranslation(filter, locale))?.url ?? null,
  )
}

/** templates/TopicPage.astro: the topic and one page of everything on it (topicPages()). */
export async function topicPageKey(props: { topic: Topic; contents: TopicPageContents }): Promise<string> {
  const { topic, contents } = props
  const { locale } = splitEntryId(topic.id)
  const { posts, tips, speakers, chapters, events, page, pages, counts } = contents
  return pageCacheKey(
    'topic',
    siteDigest(locale),
    entryDigest(topic),
    page,
    pages,
    counts,
    await postListDigest(posts),
    tips.map(entryDataDigest),
    await Promise.all(speakers.map(speakerCardDigest)),
    chapters.map(entryDataDigest),
    eventListDigest(events),
    entryDataDigest(await topicTranslation(topic)),
  )
}

/** templates/EventPage.astro: the event, whether it is still to come, its speakers, topics, report and images. */
export async function eventPageKey(event: Event): Promise<string> {
  const { locale } = splitEntryId(event.id)
  const { data } = event
  const entry = (collection: 'speakers' | 'posts', id: string) => entryById(collection, `${id}.${locale}`)
  return pageCacheKey(
    'event',
    siteDigest(locale),
    entryDigest(event),
    isUpcoming(event),
    // The registration form.
    formSettings(),
    await topicDigests(data.topics, locale),
    await Promise.all((data.speakers ?? []).map(async (id) => entryDataDigest(await entry('speakers', id)))),
    data.reportPost ? entryDataDigest(await entry('posts', data.reportPost)) : null,
    entryDataDigest(await eventTranslation(event)),
    await imageDigest(data.hero, locale),
    await Promise.all((data.photos ?? []).map((id) => imageDigest(id, locale))),
    (await downloads(data.slides, locale)).map(({ url, title, bytes, modified }) => ({
      url,
      title,
      bytes,
      modified,
    })),
  )
}

/** templates/EventsAgenda.astro with a filter: every filter link, and the upcoming events of this one. */
export async function eventFilterPageKey(locale: Locale, filter: string, value: string): Promise<string> {
  const filters = await eventFilters(locale)
  return pageCacheKey(
    'event-filter',
    siteDigest(locale),
    filter,
    value,
    filters.map((group) => [group.filter, group.value, eventListDigest(group.events)]),
    (await pastEventsByYear(locale)).map(({ year }) => year),
    (await eventFilters(locale === 'nl' ? 'en' : 'nl')).map((group) => [group.filter, group.value]),
  )
}

/** templates/EventArchiveYear.astro: one year's events, and whether the other language has that year. */
export async function eventArchivePageKey(
  locale: Locale,
  year: string,
  events: readonly Event[],
): Promise<string> {
  const other = await pastEventsByYear(locale === 'nl' ? 'en' : 'nl')
  return pageCacheKey(
    'event-archive',
    siteDigest(locale),
    year,
    eventListDigest(events),
    other.some((group) => group.year === year),
  )
}

/** templates/EditionPage.astro: the edition, its items as their lists show them, its neighbours and translation. */
export async function editionPageKey(edition: Edition): Promise<string> {
  const { locale } = splitEntryId(edition.id)
  const items = await editionItems(edition)
  const { previous, next } = await editionNeighbours(edition)
  return pageCacheKey(
    'edition',
    siteDigest(locale),
    entryDigest(edition),
    await postListDigest(items.posts),
    items.tips.map(entryDataDigest),
    eventListDigest(items.events),
    await Promise.all(items.speakers.map(speakerCardDigest)),
    entryDataDigest(previous),
    entryDataDigest(next),
    entryDataDigest(await editionTranslation(edition)),
  )
}

/** templates/EditionsArchive.astro: one page of the list of editions. */
export async function editionArchiveKey(props: EditionArchivePage): Promise<string> {
  const { locale, page, pages, count, items } = props
  return pageCacheKey('edition-archive', siteDigest(locale), page, pages, count, items.map(entryDataDigest))
}
