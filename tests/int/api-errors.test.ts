/**
 * Client mistakes get a 4xx answer that says what was wrong, instead of a 500 "Something went
 * wrong"; and errors thrown by our hooks reach the client with their own message.
 */
import { APIError, type CollectionBeforeChangeHook, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { AUTHORS_CANNOT_PUBLISH, preventAuthorPublishing } from '../../cms/hooks/preventAuthorPublishing'
import type { User } from '../../cms/payload-types'
import { callApi, createUserAndLogin, graphql, rest, restJson, startCms, stopCms } from './helpers/cms'
import { postData, seedPost } from './helpers/documents'

let payload: Payload
let author: { user: User; token: string }
let editor: { user: User; token: string }

beforeAll(async () => {
  payload = await startCms()
  author = await createUserAndLogin(payload, 'author')
  editor = await createUserAndLogin(payload, 'editor')
  await seedPost(payload, editor.user.id, { title: 'Open data in de praktijk' })
})
afterAll(async () => {
  await stopCms(payload)
})

type Errors = { errors?: { message: string }[] }
const firstMessage = (json: unknown) => (json as Errors).errors?.[0]?.message

describe('errors from hooks', () => {
  test('an author who publishes over REST or GraphQL reads why it was refused', async () => {
    const { status, json } = await restJson('POST', '/posts', {
      token: author.token,
      body: { ...postData(author.user.id), _status: 'published' },
    })
    expect(status).toBe(403)
    expect(json).toEqual({ errors: [{ message: AUTHORS_CANNOT_PUBLISH }] })
    const gql = await graphql(
      `mutation { createPost(data: { title: "Live", summary: "Nu", authors: [${author.user.id}], _status: published }) { id } }`,
      author.token,
    )
    expect(gql.errors?.[0].message).toBe(AUTHORS_CANNOT_PUBLISH)
  })

  test("the author's error keeps its name where the production build strips class names", () => {
    const hook = preventAuthorPublishing as (args: unknown) => unknown
    expect(() => hook({ data: { _status: 'published' }, req: { user: { role: 'author' } } })).toThrow(
      expect.objectContaining({ name: 'AuthorsCannotPublish', status: 403, message: AUTHORS_CANNOT_PUBLISH }),
    )
  })

  test('a public error whose class name was minified away still shows its message', async () => {
    // What `next build` made of `new APIError(message, 403)` thrown in a hook: an error without a
    // name, which Payload formatted as "An unknown error occurred.".
    const minified: CollectionBeforeChangeHook = () => {
      throw Object.assign(new APIError('Topics are closed for the summer.', 403), { name: '' })
    }
    const hooks = payload.collections.topics.config.hooks
    hooks.beforeChange = [...(hooks.beforeChange ?? []), minified]
    try {
      const { status, json } = await restJson('POST', '/topics', {
        token: editor.token,
        body: { name: 'Zomer', slug: 'zomer' },
      })
      expect(status).toBe(403)
      expect(json).toEqual({ errors: [{ message: 'Topics are closed for the summer.' }] })
    } finally {
      hooks.beforeChange = hooks.beforeChange.filter((hook) => hook !== minified)
    }
  })

  test('errors that are not public still say nothing more than "Something went wrong."', async () => {
    const broken: CollectionBeforeChangeHook = () => {
      throw Object.assign(new Error('database password is hunter2'), { name: '' })
    }
    const hooks = payload.collections.topics.config.hooks
    hooks.beforeChange = [...(hooks.beforeChange ?? []), broken]
    try {
      const { status, json } = await restJson('POST', '/topics', {
        token: editor.token,
        body: { name: 'Geheim', slug: 'geheim' },
      })
      expect(status).toBe(500)
      expect(JSON.stringify(json)).not.toContain('hunter2')
    } finally {
      hooks.beforeChange = hooks.beforeChange.filter((hook) => hook !== broken)
    }
  })
})

describe('malformed where queries', () => {
  const query = async (search: string, token?: string) => {
    const { status, json } = await restJson('GET', `/posts?${search}`, { token })
    return { status, message: firstMessage(json) }
  }

  test('nesting 50 levels deep is refused with the limit', async () => {
    let nested = 'where[title][like]=a&where'
    for (let i = 0; i < 50; i++) nested += i % 2 ? '[and][0]' : '[or][0]'
    const { status, message } = await query(`${nested}[title][equals]=x`)
    expect(status).toBe(400)
    expect(message).toBe(
      'where[or][0][and][0]... is nested 102 brackets deep; at most 10 are allowed. Use fewer and/or levels.',
    )
  })

  test('unknown fields and operators are named', async () => {
    expect(await query('where[nonexistent][equals]=1')).toEqual({
      status: 400,
      message: 'The following path cannot be queried: nonexistent',
    })
    const bogus = await query('where[title][bogus]=1')
    expect(bogus.status).toBe(400)
    expect(bogus.message).toMatch(
      /^"bogus" in where\[title\]\[bogus\] is not a query operator; use one of equals, contains, /,
    )
    expect(await query('where[title]=a')).toEqual({
      status: 400,
      message: 'where[title] needs an operator, like where[title][equals]=...',
    })
    expect(await query('where[or]=x')).toEqual({
      status: 400,
      message: 'where[or] must be a list of conditions, like where[or][0][title][equals]=...',
    })
  })

  test('values the database cannot compare are refused instead of failing in the database', async () => {
    expect(await query('where[createdAt][greater_than]=notadate')).toEqual({
      status: 400,
      message:
        'where[createdAt][greater_than]: "notadate" is not a date; use ISO 8601, like 2026-01-31 or 2026-01-31T12:00:00Z.',
    })
    expect(await query('where[authors][equals]=abc')).toEqual({
      status: 400,
      message: 'where[authors][equals]: "abc" is not a document id (a number).',
    })
    expect(await query('where[id][in]=1,two')).toEqual({
      status: 400,
      message: 'where[id][in]: "two" is not a document id (a number).',
    })
    expect(await query('where[title][near]=1,2')).toEqual({
      status: 400,
      message: 'where[title][near]: "near" works on point fields only; title is a text field.',
    })
  })

  test('where and data as JSON must be JSON, also for bulk updates', async () => {
    expect(await query('where=abc')).toEqual({
      status: 400,
      message: 'The query parameter "where" is neither JSON nor of the form where[field][operator]=value.',
    })
    expect((await query('where={bad')).status).toBe(400)
    expect(await query('data={bad')).toEqual({
      status: 400,
      message: 'The query parameter "data" must be JSON.',
    })
    const bulk = await restJson('PATCH', '/posts?where={bad', { token: editor.token, body: { title: 'x' } })
    expect(bulk.status).toBe(400)
    expect(
      await query(`where=${encodeURIComponent(JSON.stringify({ createdAt: { less_than: 'gisteren' } }))}`),
    ).toEqual({
      status: 400,
      message:
        'where[createdAt][less_than]: "gisteren" is not a date; use ISO 8601, like 2026-01-31 or 2026-01-31T12:00:00Z.',
    })
  })

  test('well-formed queries still work', async () => {
    for (const search of [
      'where[title][like]=open data',
      'where[or][0][title][equals]=x&where[or][1][title][like]=praktijk',
      `where[authors][in]=${editor.user.id},999`,
      'where[createdAt][greater_than]=2020-01-01',
      'where[title][exists]=true',
      `where=${encodeURIComponent(JSON.stringify({ title: { like: 'praktijk' } }))}`,
    ]) {
      const { status, json } = await restJson<{ docs: unknown[] }>('GET', `/posts?${search}`)
      expect(status, search).toBe(200)
      expect(json.docs.length, search).toBe(1)
    }
  })
})

describe('bodies Payload cannot read', () => {
  const post = (contentType: string | null, body: string) =>
    callApi(
      new Request('http://localhost:3000/api/posts', {
        method: 'POST',
        headers: {
          Authorization: `JWT ${editor.token}`,
          ...(contentType ? { 'Content-Type': contentType } : {}),
        },
        // Bytes: a string body would get Content-Type text/plain from fetch itself.
        body: new TextEncoder().encode(body),
      }),
    )

  test('form-urlencoded, plain text and untyped bodies get 415 with what to send instead', async () => {
    for (const [contentType, body, named] of [
      ['application/x-www-form-urlencoded', 'title=Hallo&summary=Kort', 'application/x-www-form-urlencoded'],
      ['text/plain', 'Hallo', 'text/plain'],
      [null, '{"title":"Hallo"}', 'a body without Content-Type'],
    ] as const) {
      const response = await post(contentType, body)
      expect(response.status, named).toBe(415)
      expect(firstMessage(await response.json())).toBe(
        `This endpoint reads JSON (Content-Type: application/json) or multipart/form-data with the document as JSON in a "_payload" field, not ${named}.`,
      )
    }
  })

  test('broken JSON is a 400 that says so', async () => {
    const response = await post('application/json', '{"title": ')
    expect(response.status).toBe(400)
    expect(firstMessage(await response.json())).toBe('Invalid JSON')
  })

  test('JSON and an empty body (logout, which ends the session: last) still pass', async () => {
    const created = await post('application/json', JSON.stringify(postData(editor.user.id)))
    expect(created.status).toBe(201)
    expect((await rest('POST', '/users/logout', { token: editor.token })).status).toBe(200)
  })
})
