/**
 * The front matter of every file in content/, as zod schemas. They are the contract between the CMS
 * (it checks a document against them when it is published, and export and import check files) and
 * the site (its content collections use them), so a file that one side accepts, the other accepts
 * too. See content/README.md for the format in prose.
 */
import { z } from 'zod'

import { checkSiteLink, checkWebAddress } from './addresses'
import { LOCALES, type Locale } from './locales'
import { SLUG_PATTERN } from './slugs'
import { RESERVED_ITEM_SLUGS, RESERVED_PAGE_SLUGS, type Section } from './urls'
import {
  BOOK_ROLES,
  EVENT_KINDS,
  EVENT_TIME_ZONES,
  LICENCES,
  REGIONS,
  SOCIAL_PLATFORMS,
  SPEAKER_LANGUAGES,
  REGISTRATION_STATES,
  TIP_CATEGORIES,
  valuesOf,
  type Vocabulary,
} from './vocabularies'

/** A document's id or slug: lower-case letters, digits and single dashes. */
const name = (what: string, example: string) =>
  z
    .string()
    .max(80, `${what} may be at most 80 characters`)
    .regex(
      SLUG_PATTERN,
      `${what} must be lower-case letters a-z, digits and single dashes, for example "${example}"`,
    )

/** A reference to another document or image in content/, by its id. */
export const reference = name('a reference', 'open-data-in-de-gemeente')
export const slug = name('a slug', 'open-data-in-de-gemeente')
/** A slug in a section where some addresses are the site's own pages (the forms). */
const notReservedIn = (section: Section) => {
  const reserved = RESERVED_ITEM_SLUGS[section] ?? []
  return slug.refine((value) => !reserved.includes(value), {
    error: `is the address of one of the site's own pages (${reserved.join(', ')}); choose another slug`,
  })
}

const text = z.string().trim().min(1, 'must not be empty')
const values = <V extends Vocabulary>(list: V) => z.enum(valuesOf(list))
/** A check from addresses.ts as a zod rule, with the check's own message. */
const address = (check: (value: string) => true | string) =>
  z.string().check((context) => {
    const result = check(context.value)
    if (result !== true) context.issues.push({ code: 'custom', message: result, input: context.value })
  })

/** `2025-03-14` for a date at midnight UTC, `2025-03-14T09:30:00Z` for a moment. */
export const dateText = (value: Date): string => {
  const iso = value.toISOString()
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z')
}

/**
 * `2025-03-14` or `2025-03-14T09:30:00Z`, always as text. Some YAML readers (Astro's) turn unquoted
 * dates into Date objects; they are turned back into the same text.
 */
export const date = z.preprocess(
  (value) => (value instanceof Date ? dateText(value) : value),
  z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
    // Four-digit years only: a date such as year 275760 is valid in JavaScript, but no reader,
    // feed or calendar can show it.
    error: 'must be a date with a four-digit year, such as 2025-03-14 or 2025-03-14T09:30:00Z',
  }),
)

const webAddress = address(checkWebAddress)
const sitePathOrAddress = address(checkSiteLink)

export const topicSchema = z.strictObject({
  /** Shown on topic pages and as a tag. */
  name: text,
  /** /onderwerpen/<slug>/ and /en/topics/<slug>/; may differ per language. */
  slug,
})

export const authorSchema = z.strictObject({
  /** As shown in bylines; the same in every language. */
  name: text,
  /** The same in every language: /auteurs/<slug>/ and /en/authors/<slug>/. */
  slug,
  /** Shown under the name on the author page, in this language. */
  jobTitle: text.optional(),
  /** A media id in content/media. */
  photo: reference.optional(),
  /** Profiles elsewhere (a website, Mastodon): a label and a full web address each. */
  links: z.array(z.strictObject({ label: text, url: webAddress })).optional(),
})

export const postSchema = z.strictObject({
  /** The post's heading and page title. */
  title: text,
  /** /blog/<slug>/ and /en/blog/<slug>/; may differ per language. */
  slug,
  /** One or two sentences for listings, search results and social media. */
  summary: text.max(300, 'keep the summary to 300 characters'),
  /** When it was published; listings and feeds are sorted by it. */
  date,
  /** Author ids from content/authors; at least one. */
  authors: z.array(reference).min(1, 'name at least one author'),
  /** Topic ids from content/topics. */
  topics: z.array(reference).optional(),
  /** A media id in content/media: the image at the top of the post and in social previews. */
  hero: reference.optional(),
})

export const bookSchema = z.strictObject({
  /** On the cover, the title page and the downloads. */
  title: text,
  subtitle: text.optional(),
  /** For example "Tweede, herziene druk, 2026". */
  edition: text,
  /**
   * As on the title page, in order; not every book author has an account. A translator made one
   * language's edition, and is credited in that edition only: `language` says which.
   */
  authors: z
    .array(
      z
        .strictObject({ name: text, role: values(BOOK_ROLES), language: z.enum(LOCALES).optional() })
        .refine((person) => (person.role === 'translator') === Boolean(person.language), {
          error:
            'a translator has the language they translated into (nl or en), and only a translator has one',
          path: ['language'],
        }),
    )
    .min(1, 'name at least one author'),
  /** The book's licence, as an SPDX identifier. */
  licence: values(LICENCES),
  /** A media id in content/media; each language has its own cover. */
  cover: reference,
  isbn: text.optional(),
  publisher: text.optional(),
  /** When this edition appeared. */
  date: date.optional(),
})

export const chapterSchema = z.strictObject({
  /** Decides the order in the book; unique within the book. */
  number: z.int().min(1, 'chapter numbers start at 1'),
  title: text,
  /** /boek/<slug>/ and /en/book/<slug>/. */
  slug,
  /** Shown in the table of contents. */
  summary: text.optional(),
  /** Names of the chapter's authors, as printed. */
  authors: z.array(text).optional(),
  /** Topic ids from content/topics. */
  topics: z.array(reference).optional(),
})

export const speakerSchema = z.strictObject({
  name: text,
  /** The same in every language: /sprekers/<slug>/ and /en/speakers/<slug>/. */
  slug: notReservedIn('speakers'),
  /** In this language. */
  jobTitle: text,
  organisation: text,
  /** A media id in content/media. */
  photo: reference.optional(),
  /** Topic ids from content/topics: what the speaker talks about. */
  topics: z.array(reference).optional(),
  /** Where the speaker will travel to; readers filter on it. */
  regions: z.array(values(REGIONS)).min(1, 'name at least one region'),
  /** Languages the speaker gives talks in. */
  languages: z.array(values(SPEAKER_LANGUAGES)).min(1, 'name at least one language'),
  /** Talks an organisation can ask for. */
  talks: z.array(z.strictObject({ title: text, description: text })).min(1, 'describe at least one talk'),
  /** How to book the speaker, in this language. */
  howToRequest: text,
  /** Where requests go; never shown on the site. */
  requestEmail: z.email({ error: 'must be an e-mail address' }).optional(),
})

export const tipSchema = z.strictObject({
  /** Tips are numbered in the order they appeared; the same in every language. */
  number: z.int().min(1, 'tip numbers start at 1'),
  title: text,
  /** /tips/<slug>/ and /en/tips/<slug>/. */
  slug: notReservedIn('tips'),
  /** Which group of the tips index it is listed in. */
  category: values(TIP_CATEGORIES),
  /** Topic ids from content/topics. */
  topics: z.array(reference).optional(),
  /** When it was published. */
  date,
})

/** A moment in UTC, as `2027-01-14T14:30:00Z`: events are stored in UTC and shown in their time zone. */
const instant = z.preprocess(
  (value) => (value instanceof Date ? dateText(value) : value),
  z.iso.datetime({ error: 'must be a moment in UTC with a four-digit year, such as 2027-01-14T14:30:00Z' }),
)

export const eventSchema = z
  .strictObject({
    title: text,
    /** /agenda/<slug>/ and /en/events/<slug>/; may differ per language. */
    slug,
    /** The same in every language; readers filter on it. */
    kind: values(EVENT_KINDS),
    /** The theme in a sentence or two, for the agenda, search and calendars. */
    summary: text.max(300, 'keep the summary to 300 characters'),
    /** When it starts and ends, in UTC; shown in `timeZone`. */
    start: instant,
    end: instant,
    /** Europe/Amsterdam for Dutch events, Europe/Brussels for Flemish ones. */
    timeZone: values(EVENT_TIME_ZONES),
    /** Where, in this language (Den Haag, The Hague): the building or host, its address and city. No map: no third parties. */
    venue: text.optional(),
    address: text.optional(),
    city: text.optional(),
    /** From the shared list of regions; readers filter on it. `online` for an online event. */
    region: values(REGIONS),
    /** Online only: the link is sent to registered people, never put on the site. */
    online: z.boolean().optional(),
    /** Topic ids from content/topics. */
    topics: z.array(reference).optional(),
    /** Speaker ids from content/speakers. */
    speakers: z.array(reference).optional(),
    /** People or organisations that organise it, as shown. */
    organisers: z.array(text).optional(),
    /** How many people can come. */
    capacity: z.int().min(1, 'capacity is at least 1').optional(),
    registration: values(REGISTRATION_STATES),
    /** A media id in content/media: the image at the top of the page. */
    hero: reference.optional(),
    /** Called off: it stays on the agenda, marked as cancelled, and calendars remove it. */
    cancelled: z.boolean().optional(),
    /** Goes up with every change calendars must pick up (time, place, cancellation): iCalendar's SEQUENCE. */
    sequence: z.int().min(0, 'sequence starts at 0'),
    /** After the event: the post that reports on it. */
    reportPost: reference.optional(),
    /** After the event: photos, media ids in content/media. */
    photos: z.array(reference).optional(),
    /** After the event: the slides to download, PDF files in content/media; their alt text is the link's title. */
    slides: z.array(reference).optional(),
  })
  .refine((event) => event.end > event.start, { error: 'must end after it starts', path: ['end'] })
  .refine((event) => event.online || (event.venue && event.city), {
    error: 'needs a venue and a city, or online: true',
    path: ['venue'],
  })

export const pageSchema = z.strictObject({
  title: text,
  /** /<slug>/ and /en/<slug>/: never one of the site's own sections. */
  slug: slug.refine((value) => !RESERVED_PAGE_SLUGS.includes(value), {
    error: `is one of the site's own sections (${RESERVED_PAGE_SLUGS.join(', ')}); choose another slug`,
  }),
  /** For search results and social media. */
  description: text.max(300, 'keep the description to 300 characters'),
})

const perLanguage = z.strictObject({ nl: text, en: text })

export const mediaSidecarSchema = z.strictObject({
  /**
   * What the image shows, for people who cannot see it; required in both languages. For a document
   * (a PDF) its title, as the download link shows it.
   */
  alt: perLanguage,
  /** Shown under the image where it is a figure. */
  caption: z.strictObject({ nl: text.optional(), en: text.optional() }).optional(),
  /** Who made the image and under which licence; shown where the image is, when given. */
  credit: text.optional(),
  /** In percent from the top left; 50/50 is the centre. */
  focalPoint: z.strictObject({ x: z.number().min(0).max(100), y: z.number().min(0).max(100) }).optional(),
})

/**
 * A newsletter edition once it was sent, for its page on the site (/nieuwsbrief/<number>/). Its
 * items are grouped by kind as the mail groups them, each list in the mail's order; items that are
 * not on the site (any more) are not listed, just as the mail leaves them out.
 */
export const editionSchema = z.strictObject({
  /** Editions are numbered in the order they were started; the same in every language. */
  number: z.int().min(1, 'edition numbers start at 1'),
  /** The subject line of the mail. */
  title: text.max(150, 'may be at most 150 characters'),
  /** When it was sent. */
  date,
  /** Ids from content/posts, content/tips, content/events and content/speakers. */
  posts: z.array(reference).optional(),
  tips: z.array(reference).optional(),
  events: z.array(reference).optional(),
  speakers: z.array(reference).optional(),
})

const link = z.strictObject({ label: text, href: sitePathOrAddress })

export const siteSettingsSchema = z.strictObject({
  /** In the header of every page and in page titles. */
  siteName: text,
  /** Under the site name on the home page. */
  tagline: text.optional(),
  /** The main menu, in order. */
  navigation: z.array(link).optional(),
  /** A short text and links at the foot of every page. */
  footer: z.strictObject({ text: text.optional(), links: z.array(link).optional() }).optional(),
  /** The network's accounts elsewhere, shown in the footer. */
  socialLinks: z
    .array(
      z.strictObject({
        platform: values(SOCIAL_PLATFORMS),
        url: webAddress,
        /** The link text when the platform's name is not enough. */
        label: text.optional(),
      }),
    )
    .optional(),
})

export type TopicData = z.infer<typeof topicSchema>
export type AuthorData = z.infer<typeof authorSchema>
export type PostData = z.infer<typeof postSchema>
export type BookData = z.infer<typeof bookSchema>
export type ChapterData = z.infer<typeof chapterSchema>
export type SpeakerData = z.infer<typeof speakerSchema>
export type TipData = z.infer<typeof tipSchema>
export type PageData = z.infer<typeof pageSchema>
export type EventData = z.infer<typeof eventSchema>
export type EditionData = z.infer<typeof editionSchema>
export type MediaSidecar = z.infer<typeof mediaSidecarSchema>
export type SiteSettingsData = z.infer<typeof siteSettingsSchema>

/** The people an edition of the book credits: everyone but the translators of other languages. */
export const creditedIn = (authors: BookData['authors'], locale: Locale): BookData['authors'] =>
  authors.filter((person) => person.role !== 'translator' || person.language === locale)
