/**
 * When the renderer that stays running must sync every file of content/ again
 * (scripts/lib/siteRenderer/contentChanges.ts): only when an answer other files may show moved.
 */
import { expect, test } from 'vitest'

import { answersMoved } from '../../scripts/lib/siteRenderer/contentChanges'

const before = new Map([
  ['post:plein:nl', '/blog/plein/'],
  ['post:plein:en', '/en/blog/square/'],
  ['post:bomen:nl', '/blog/bomen/'],
  ['media:kaart', '["media/kaart.jpg","Kaart","Map"]'],
])
const without = (...questions: string[]) =>
  new Map([...before].filter(([question]) => !questions.includes(question)))

test('a new slug, a new alt text or a new translation of a known document moves an answer', () => {
  expect(answersMoved(before, new Map([...before, ['post:plein:nl', '/blog/plein-vol/']]))).toBe(true)
  expect(
    answersMoved(before, new Map([...before, ['media:kaart', '["media/kaart.jpg","Plattegrond","Map"]']])),
  ).toBe(true)
  expect(answersMoved(before, new Map([...before, ['post:bomen:en', '/en/blog/trees/']]))).toBe(true)
})

test('a translation that goes while the other stays moves the answer: links fall back to the other', () => {
  expect(answersMoved(before, without('post:plein:en'))).toBe(true)
})

test('a new document, or one gone in every language, moves nothing', () => {
  expect(answersMoved(before, new Map([...before, ['post:nieuw:nl', '/blog/nieuw/']]))).toBe(false)
  expect(answersMoved(before, without('post:plein:nl', 'post:plein:en'))).toBe(false)
  expect(answersMoved(before, without('post:bomen:nl'))).toBe(false)
  expect(answersMoved(before, without('media:kaart'))).toBe(false)
  expect(answersMoved(before, new Map(before))).toBe(false)
})
