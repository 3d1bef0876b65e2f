/** Writes generated author profiles (content/authors), in both languages like every profile. */
import { AUTHORS } from '../../../model/kinds'
import type { GeneratedDocument } from './documents'
import { blocks, paragraph } from './markdown'
import { jobTitleAt, person, personSlots, type NameSource } from './people'
import { fill } from './phrases'
import type { Random } from './random'
import type { SlugRegistry } from './slugs'
import { BIO_OPENINGS, BIO_SENTENCES, LINK_LABELS } from './textPeople'

export function generateAuthors(
  count: number,
  random: Random,
  names: NameSource,
  slugs: SlugRegistry,
): GeneratedDocument[] {
  const documents: GeneratedDocument[] = []
  for (let index = 0; index < count; index++) {
    const who = person(random, names)
    const slug = slugs.claim(who.name, 'auteur')
    const slots = personSlots(who, random)
    const bio = paragraph([
      fill(random.pick(BIO_OPENINGS), random, slots),
      ...random.sample(BIO_SENTENCES, random.int(2, 3)).map((pair) => fill(pair, random, slots)),
    ])
    const jobTitle = jobTitleAt(who)
    const label = random.chance(0.4) ? random.pick(LINK_LABELS) : undefined
    const mastodon = random.chance(0.2)
    const links = (locale: 0 | 1) => [
      ...(label ? [{ label: label[locale], url: `https://example.org/${slug}` }] : []),
      ...(mastodon
        ? [{ label: 'Mastodon', url: `https://social.example.org/@${slug.replace(/-/g, '')}` }]
        : []),
    ]
    const text = blocks([bio])
    documents.push({
      kind: AUTHORS,
      id: slug,
      files: {
        nl: { frontMatter: { name: who.name, slug, jobTitle: jobTitle.nl, links: links(0) }, body: text.nl },
        en: { frontMatter: { name: who.name, slug, jobTitle: jobTitle.en, links: links(1) }, body: text.en },
      },
    })
  }
  return documents
}
