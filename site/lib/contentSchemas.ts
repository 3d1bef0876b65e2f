/**
 * The front matter of every file in content/, as zod schemas. They are the contract between the CMS
 * (export and import check files against them) and the site (its content collections use them), so
 * a file that one side accepts, the other accepts too. See content/README.md for the format.
 */
import { z } from 'zod'

import { REGIONS, SPEAKER_LANGUAGES } from '../../cms/lib/regions'
import { SLUG_PATTERN } from '../../cms/lib/slugify'
import { RESERVED_PAGE_SLUGS } from '../../cms/lib/reservedSlugs'
import { TIP_CATEGORIES } from '../../cms/lib/tipCategories'

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

const text = z.string().trim().min(1, 'must not be empty')
const values = <T extends readonly { value: string }[]>(list: T) =>
  z.enum(list.map((item) => item.value) as [T[number]['value'], ...T[number]['value'][]])

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
    error: 'must be a date such as 2025-03-14 or 2025-03-14T09:30:00Z',
  }),
)

const webAddress = z.url({ protocol: /^https?$/, error: 'must be a web address starting with https://' })
const sitePathOrAddress = z
  .string()
  .regex(/^(\/(?!\/)\S*|https?:\/\/\S+)$/, 'must be a site path such as /blog/ or a full https:// address')

export const topicSchema = z.strictObject({
  /** Shown on topic pages and as a tag. */
  name: text,
  slug,
})

export const authorSchema = z.strictObject({
  name: text,
  /** The same in every language: /auteurs/<slug>/ and /en/authors/<slug>/. */
  slug,
  jobTitle: text.optional(),
  /** A media id in content/media. */
  photo: reference.optional(),
  links: z.array(z.strictObject({ label: text, url: webAddress })).optional(),
})

export const postSchema = z.strictObject({
  title: text,
  slug,
  /** One or two sentences for listings, search results and social media. */
  summary: text.max(300, 'keep the summary to 300 characters'),
  date,
  /** Author ids from content/authors; at least one. */
  authors: z.array(reference).min(1, 'name at least one author'),
  topics: z.array(reference).optional(),
  /** A media id in content/media. */
  hero: reference.optional(),
})

export const bookSchema = z.strictObject({
  title: text,
  subtitle: text.optional(),
  edition: text,
  authors: z
    .array(z.strictObject({ name: text, role: z.enum(['author', 'editor', 'translator']) }))
    .min(1, 'name at least one author'),
  licence: z.enum(['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-SA-4.0', 'CC0-1.0']),
  cover: reference,
  isbn: text.optional(),
  publisher: text.optional(),
  date: date.optional(),
})

export const chapterSchema = z.strictObject({
  /** Decides the order in the book; unique within the book. */
  number: z.int().min(1, 'chapter numbers start at 1'),
  title: text,
  slug,
  summary: text.optional(),
  authors: z.array(text).optional(),
  topics: z.array(reference).optional(),
})

export const speakerSchema = z.strictObject({
  name: text,
  /** The same in every language. */
  slug,
  jobTitle: text,
  organisation: text,
  photo: reference.optional(),
  topics: z.array(reference).optional(),
  regions: z.array(values(REGIONS)).min(1, 'name at least one region'),
  languages: z.array(values(SPEAKER_LANGUAGES)).min(1, 'name at least one language'),
  talks: z.array(z.strictObject({ title: text, description: text })).min(1, 'describe at least one talk'),
  howToRequest: text,
  requestEmail: z.email({ error: 'must be an e-mail address' }).optional(),
})

export const tipSchema = z.strictObject({
  number: z.int().min(1, 'tip numbers start at 1'),
  title: text,
  slug,
  category: values(TIP_CATEGORIES),
  topics: z.array(reference).optional(),
  date,
})

export const pageSchema = z.strictObject({
  title: text,
  slug: slug.refine((value) => !(RESERVED_PAGE_SLUGS as readonly string[]).includes(value), {
    error: `is one of the site's own sections (${RESERVED_PAGE_SLUGS.join(', ')}); choose another slug`,
  }),
  description: text.max(300, 'keep the description to 300 characters'),
})

const perLanguage = z.strictObject({ nl: text, en: text })

export const mediaSidecarSchema = z.strictObject({
  /** What the image shows, for people who cannot see it; required in both languages. */
  alt: perLanguage,
  caption: z.strictObject({ nl: text.optional(), en: text.optional() }).optional(),
  credit: text,
  /** In percent from the top left; 50/50 is the centre. */
  focalPoint: z.strictObject({ x: z.number().min(0).max(100), y: z.number().min(0).max(100) }).optional(),
})

const link = z.strictObject({ label: text, href: sitePathOrAddress })

export const siteSettingsSchema = z.strictObject({
  siteName: text,
  tagline: text.optional(),
  navigation: z.array(link).optional(),
  footer: z.strictObject({ text: text.optional(), links: z.array(link).optional() }).optional(),
  socialLinks: z
    .array(
      z.strictObject({
        platform: z.enum(['mastodon', 'bluesky', 'linkedin', 'youtube', 'github', 'rss', 'other']),
        url: webAddress,
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
export type MediaSidecar = z.infer<typeof mediaSidecarSchema>
export type SiteSettingsData = z.infer<typeof siteSettingsSchema>
