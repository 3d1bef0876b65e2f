/**
 * RSS 2.0 and Atom feeds of the blog, the tips and the newsletter's editions, per language. One
 * list of items feeds both formats, so they always agree.
 */
import rss from '@astrojs/rss'

import { splitEntryId, type Locale } from './i18n'
import { postsIn } from './posts'
import { siteSettings } from './settings'
import { plainExcerpt, tipsIn } from './tips'
import { topicsIn } from './topics'
import { escapeMarkup } from '../../model/escapeMarkup'
import { editionUrl, itemUrl, sectionUrl } from '../../model/urls'
import { editionsIn, editionIntro } from './editions'
import { newsletterWords } from './words/newsletter'

export type FeedItem = { title: string; url: string; date: string; summary: string; categories: string[] }
export type Feed = {
  title: string
  description: string
  url: string
  selfUrl: string
  locale: Locale
  items: FeedItem[]
}

const FEED_SIZE = 30

async function topicNames(locale: Locale): Promise<Map<string, string>> {
  return new Map((await topicsIn(locale)).map((topic) => [splitEntryId(topic.id).id, topic.data.name]))
}

export async function blogFeed(locale: Locale, selfUrl: string): Promise<Feed> {
  const names = await topicNames(locale)
  const settings = siteSettings(locale)
  const posts = (await postsIn(locale)).slice(0, FEED_SIZE)
  return {
    title: `${settings.siteName}: blog`,
    description: settings.tagline ?? settings.siteName,
    url: sectionUrl('blog', locale),
    selfUrl,
    locale,
    items: posts.map((post) => ({
      title: post.data.title,
      url: itemUrl('blog', post.data.slug, locale),
      date: post.data.date,
      summary: post.data.summary,
      categories: (post.data.topics ?? []).map((id) => names.get(id) ?? id),
    })),
  }
}

export async function tipsFeed(locale: Locale, selfUrl: string): Promise<Feed> {
  const names = await topicNames(locale)
  const settings = siteSettings(locale)
  const tips = [...(await tipsIn(locale))].sort((a, b) => b.data.number - a.data.number).slice(0, FEED_SIZE)
  return {
    title: `${settings.siteName}: tips`,
    description: settings.tagline ?? settings.siteName,
    url: sectionUrl('tips', locale),
    selfUrl,
    locale,
    items: tips.map((tip) => ({
      title: `Tip ${tip.data.number}: ${tip.data.title}`,
      url: itemUrl('tips', tip.data.slug, locale),
      date: tip.data.date,
      summary: plainExcerpt(tip.body, 300),
      categories: (tip.data.topics ?? []).map((id) => names.get(id) ?? id),
    })),
  }
}

export async function newsletterFeed(locale: Locale, selfUrl: string): Promise<Feed> {
  const settings = siteSettings(locale)
  const w = newsletterWords(locale)
  const editions = (await editionsIn(locale)).slice(0, FEED_SIZE)
  return {
    title: w.feedName(settings.siteName),
    description: settings.tagline ?? settings.siteName,
    url: sectionUrl('newsletter', locale),
    selfUrl,
    locale,
    items: editions.map((edition) => ({
      title: `${w.edition(edition.data.number)}: ${edition.data.title}`,
      url: editionUrl(edition.data.number, locale),
      date: edition.data.date,
      summary: editionIntro(edition)[0] ?? w.editionDescription(edition.data.number, edition.data.title),
      categories: [],
    })),
  }
}

export function rssResponse(feed: Feed, site: URL): Promise<Response> {
  return rss({
    title: feed.title,
    description: feed.description,
    site,
    customData: `<language>${feed.locale === 'nl' ? 'nl-NL' : 'en-GB'}</language>`,
    items: feed.items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: new Date(item.date),
      description: item.summary,
      categories: item.categories,
    })),
  })
}

export function atomResponse(feed: Feed, site: URL): Response {
  const absolute = (path: string) => new URL(path, site).href
  const updated = feed.items[0] ? new Date(feed.items[0].date).toISOString() : new Date(0).toISOString()
  const entries = feed.items.map(
    (item) => `  <entry>
    <title>${escapeMarkup(item.title)}</title>
    <link href="${escapeMarkup(absolute(item.url))}"/>
    <id>${escapeMarkup(absolute(item.url))}</id>
    <updated>${new Date(item.date).toISOString()}</updated>
    <summary>${escapeMarkup(item.summary)}</summary>
${item.categories.map((category) => `    <category term="${escapeMarkup(category)}"/>`).join('\n')}
  </entry>`,
  )
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.locale}">
  <title>${escapeMarkup(feed.title)}</title>
  <subtitle>${escapeMarkup(feed.description)}</subtitle>
  <link href="${escapeMarkup(absolute(feed.url))}"/>
  <link rel="self" href="${escapeMarkup(absolute(feed.selfUrl))}"/>
  <id>${escapeMarkup(absolute(feed.url))}</id>
  <updated>${updated}</updated>
  <author><name>${escapeMarkup(siteSettings(feed.locale).siteName)}</name></author>
${entries.join('\n')}
</feed>
`
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
