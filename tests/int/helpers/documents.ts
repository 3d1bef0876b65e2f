import type { Payload } from 'payload'

/** The smallest valid Lexical document: one paragraph of text. */
export function paragraphs(...texts: string[]) {
  return {
    root: {
      type: 'root',
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      version: 1,
      children: texts.map((text) => ({
        type: 'paragraph',
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        version: 1,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 }],
      })),
    },
  }
}

let counter = 0

/** Post data that passes validation; override what a test cares about. */
export function postData(authorId: number | string, overrides: Record<string, unknown> = {}) {
  counter++
  return {
    title: `Werken in het openbaar, deel ${counter}`,
    summary: 'Hoe een team van de provincie zijn werk zichtbaar maakte.',
    body: paragraphs('Dit is de tekst van het bericht.'),
    authors: [authorId],
    ...overrides,
  }
}

/** Creates a post as the CMS itself (no access checks), published unless told otherwise. */
export async function seedPost(
  payload: Payload,
  authorId: number | string,
  { status = 'published', ...overrides }: { status?: 'draft' | 'published' } & Record<string, unknown> = {},
) {
  return payload.create({
    collection: 'posts',
    data: { ...postData(authorId, overrides), _status: status } as never,
    draft: status === 'draft',
  })
}
