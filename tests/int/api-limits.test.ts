/**
 * Anonymous traffic cannot exhaust the CMS: depth, limit and pagination are bounded, bodies are
 * refused before they are parsed, GraphQL queries are weighed by what they could return, and
 * anonymous requests share a small pool that people logged in never wait for. Every request goes
 * through the route handlers cms/app/(payload)/api exports (the API guard, then Payload).
 */
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'

import { anonymousLimits, resetAnonymousLimits } from '../../cms/lib/guards/anonymous'
import { TimeBudget } from '../../cms/lib/guards/timeBudget'
import type { User } from '../../cms/payload-types'
import { callApi, createUserAndLogin, graphql, rest, restJson, startCms, stopCms } from './helpers/cms'
import { seedPost } from './helpers/documents'

let payload: Payload
let editor: { user: User; token: string }

beforeAll(async () => {
  payload = await startCms()
  editor = await createUserAndLogin(payload, 'editor')
  for (let i = 0; i < 12; i++) await seedPost(payload, editor.user.id)
})
afterAll(async () => {
  await stopCms(payload)
})
beforeEach(() => {
  resetAnonymousLimits()
})
afterEach(() => {
  delete process.env.TRUST_PROXY
})

type Errors = { errors?: { message: string }[] }
const message = (json: unknown) => (json as Errors).errors?.[0]?.message ?? ''

describe('depth', () => {
  test('anonymous requests get at most depth 2, answered at once instead of after a minute', async () => {
    const started = Date.now()
    const { status, json } = await restJson('GET', '/posts?depth=100&limit=100')
    expect(status).toBe(400)
    expect(message(json)).toBe(
      'depth must be a whole number from 0 to 2 for anonymous requests (got "100"). Log in for up to 5, or fetch related documents separately.',
    )
    expect(Date.now() - started).toBeLessThan(1_000)
    expect((await rest('GET', '/posts?depth=3')).status).toBe(400)
    expect((await rest('GET', '/posts?depth=2&limit=100')).status).toBe(200)
  })

  test('logged-in users get up to depth 5, and Payload never populates deeper for anyone', async () => {
    expect((await rest('GET', '/posts?depth=5', { token: editor.token })).status).toBe(200)
    const { status, json } = await restJson('GET', '/posts?depth=6', { token: editor.token })
    expect(status).toBe(400)
    expect(message(json)).toContain('from 0 to 5 for logged-in users')
    expect(payload.config.maxDepth).toBe(5)
  })

  test('a depth that is not a number is refused, not ignored', async () => {
    const { status, json } = await restJson('GET', '/posts?depth=abc')
    expect(status).toBe(400)
    expect(message(json)).toContain('(got "abc")')
  })
})

describe('limit and pagination', () => {
  test('anonymous requests cannot ask for everything at once', async () => {
    for (const query of ['limit=0', 'limit=101', 'limit=-1', 'limit=1e3']) {
      const { status, json } = await restJson('GET', `/posts?${query}`)
      expect(status, query).toBe(400)
      expect(message(json)).toContain('limit must be a whole number from 1 to 100 for anonymous requests')
    }
    const { status, json } = await restJson('GET', '/posts?pagination=false')
    expect(status).toBe(400)
    expect(message(json)).toBe(
      'pagination=false is not allowed for anonymous requests; pages hold at most 100 documents.',
    )
    expect((await rest('GET', '/posts?page=0')).status).toBe(400)
  })

  test('logged-in users may still list everything (the admin asks limit=0)', async () => {
    const { status, json } = await restJson<{ docs: unknown[] }>('GET', '/posts?limit=0&depth=0', {
      token: editor.token,
    })
    expect(status).toBe(200)
    expect(json.docs.length).toBe(12)
  })

  test('the query in a method-override body is checked like one in the address', async () => {
    const request = new Request('http://localhost:3000/api/posts', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Payload-HTTP-Method-Override': 'GET',
      },
      body: 'depth=10&limit=100',
    })
    expect((await callApi(request)).status).toBe(400)
    const allowed = new Request('http://localhost:3000/api/posts', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Payload-HTTP-Method-Override': 'GET',
      },
      body: 'depth=0&limit=3',
    })
    const response = await callApi(allowed)
    expect(response.status).toBe(200)
    expect(((await response.json()) as { docs: unknown[] }).docs).toHaveLength(3)
  })
})

describe('request bodies', () => {
  const bigJson = (bytes: number) => JSON.stringify({ title: 'x', summary: 'y'.repeat(bytes) })

  test('an anonymous JSON body over 1 MB is refused from its Content-Length, before it is read', async () => {
    let pulled = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++
        controller.enqueue(new TextEncoder().encode(' '.repeat(64 * 1024)))
      },
    })
    const request = new Request('http://localhost:3000/api/posts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(50 * 1024 * 1024) },
      body,
      duplex: 'half',
    } as RequestInit)
    const response = await callApi(request)
    expect(response.status).toBe(413)
    expect(message(await response.json())).toBe(
      'The request body is larger than 1024 KB, the most this API accepts here.',
    )
    expect(pulled).toBeLessThanOrEqual(1)
  })

  test('a chunked body without Content-Length is counted as it arrives and dropped past the limit', async () => {
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 64 * 1024
        controller.enqueue(new TextEncoder().encode(' '.repeat(64 * 1024)))
      },
    })
    const request = new Request('http://localhost:3000/api/posts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit)
    expect((await callApi(request)).status).toBe(413)
    expect(sent).toBeLessThan(2 * 1024 * 1024)
  })

  test('editors may send larger documents, up to 10 MB', async () => {
    const { status } = await restJson('POST', '/posts', {
      token: editor.token,
      body: JSON.parse(bigJson(1_500_000)),
    })
    expect(status).not.toBe(413)
    const tooBig = await restJson('POST', '/posts', {
      token: editor.token,
      body: JSON.parse(bigJson(11 * 1024 * 1024)),
    })
    expect(tooBig.status).toBe(413)
  })

  test('a login body is small: over 16 KB is refused', async () => {
    const { status } = await restJson('POST', '/users/login', {
      body: { email: 'a@b.example', password: 'x'.repeat(20_000) },
    })
    expect(status).toBe(413)
  })
})

describe('GraphQL', () => {
  const fields = 'docs { title summary body authors { name bio } heroImage { url alt } }'

  test('thirty aliases of a 100-post list are refused before anything runs', async () => {
    const query = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: Posts(limit: 100) { ${fields} }`).join(' ')} }`
    const { data, errors } = await graphql(query)
    expect(data).toBeUndefined()
    expect(errors?.map((error) => error.message)).toContain(
      'The query uses 30 aliases; at most 10 are allowed.',
    )
  })

  test('a list limit weighs every field asked for each document', async () => {
    const one = await graphql<{ Posts: { docs: unknown[] } }>(`{ Posts(limit: 100) { ${fields} } }`)
    expect(one.errors).toBeUndefined()
    expect(one.data?.Posts.docs).toHaveLength(12)
    const two = await graphql(`{ a: Posts(limit: 100) { ${fields} } b: Posts(limit: 100) { ${fields} } }`)
    expect(two.errors?.[0].message).toMatch(
      /^The query could return too much: its estimated cost is 5\d\d\d /,
    )
    // The same for an editor is within bounds.
    expect(
      (
        await graphql(
          `{ a: Posts(limit: 100) { ${fields} } b: Posts(limit: 100) { ${fields} } }`,
          editor.token,
        )
      ).errors,
    ).toBeUndefined()
  })

  test('limits above 100, limits from variables and pagination: false are checked for anonymous requests', async () => {
    expect((await graphql('{ Posts(limit: 1000) { docs { title } } }')).errors?.[0].message).toBe(
      'Posts: limit must be a whole number from 1 to 100 for anonymous requests (got 1000); use page for more.',
    )
    const viaVariable = await graphql('query ($n: Int) { Posts(limit: $n) { docs { title } } }', undefined, {
      variables: { n: 5000 },
    })
    expect(viaVariable.errors?.[0].message).toContain('(got 5000)')
    expect((await graphql('{ Posts(pagination: false) { docs { title } } }')).errors?.[0].message).toBe(
      'Posts: pagination: false is not allowed for anonymous requests.',
    )
  })

  test('deeply nested selections and long queries are refused', async () => {
    const deep = '{ Posts { docs { authors { photo { sizes { thumbnail { url } } } } } } }'
    expect((await graphql(deep)).errors?.[0].message).toBe(
      'The query nests fields 7 levels deep; at most 6 are allowed for anonymous requests.',
    )
    const long = `{ Posts { docs { ${'title '.repeat(4_000)} } } }`
    expect((await graphql(long)).errors?.[0].message).toMatch(
      /^The query is \d+ characters long; at most 20000 are allowed/,
    )
  })

  test('introspection is for logged-in users only in production', async () => {
    const query = '{ __schema { queryType { name } } }'
    const environment = process.env as Record<string, string | undefined>
    const previous = environment.NODE_ENV
    environment.NODE_ENV = 'production'
    try {
      expect((await graphql(query)).errors?.[0].message).toBe(
        'GraphQL introspection is available to logged-in users only.',
      )
      expect((await graphql<{ __schema: unknown }>(query, editor.token)).data?.__schema).toBeTruthy()
    } finally {
      environment.NODE_ENV = previous
    }
  })

  test('a GraphQL body over 1 MB is refused before it is parsed', async () => {
    const request = new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        query: '{ Posts { docs { title } } }',
        variables: { pad: 'x'.repeat(1_200_000) },
      }),
    })
    expect((await callApi(request)).status).toBe(413)
  })
})

describe('anonymous requests share a small pool', () => {
  /** An anonymous POST whose body arrives only when `finish` is called: it holds its slot till then. */
  function slowAnonymousRequest(client: string) {
    let finish!: () => void
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"title":'))
        finish = () => {
          controller.enqueue(new TextEncoder().encode('"x"}'))
          controller.close()
        }
      },
    })
    const response = callApi(
      new Request('http://localhost:3000/api/posts', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
        body,
        duplex: 'half',
      } as RequestInit),
    )
    return { response, finish: () => finish() }
  }

  const get = (client: string, token?: string) =>
    rest('GET', '/posts?limit=1&depth=0', { token, headers: { 'X-Forwarded-For': client } })

  test('when four anonymous requests are running, a fifth gets 503 with Retry-After; editors are served', async () => {
    process.env.TRUST_PROXY = '1'
    const slow = ['192.0.2.1', '192.0.2.1', '192.0.2.2', '192.0.2.2'].map(slowAnonymousRequest)
    await new Promise((resolve) => setTimeout(resolve, 50))

    const refused = await get('192.0.2.3')
    expect(refused.status).toBe(503)
    expect(refused.headers.get('Retry-After')).toBe('2')
    expect(message(await refused.json())).toBe(
      'The CMS is busy with other anonymous requests. Try again in a moment.',
    )
    expect((await get('192.0.2.3', editor.token)).status).toBe(200)

    for (const request of slow) request.finish()
    expect(
      (await Promise.all(slow.map((request) => request.response))).map((response) => response.status),
    ).toEqual([403, 403, 403, 403])
    expect((await get('192.0.2.3')).status).toBe(200)
  })

  test('one address gets at most half the pool (429), so others still get in', async () => {
    process.env.TRUST_PROXY = '1'
    const slow = ['198.51.100.7', '198.51.100.7'].map(slowAnonymousRequest)
    await new Promise((resolve) => setTimeout(resolve, 50))
    const refused = await get('198.51.100.7')
    expect(refused.status).toBe(429)
    expect(refused.headers.get('Retry-After')).toBe('1')
    expect((await get('198.51.100.8')).status).toBe(200)
    for (const request of slow) request.finish()
    await Promise.all(slow.map((request) => request.response))
  })
})

describe('anonymous requests share a budget of server time', () => {
  beforeEach(() => {
    process.env.API_ANON_TIME_BUDGET_MS = '1000'
    resetAnonymousLimits()
  })
  afterEach(() => {
    process.env.API_ANON_TIME_BUDGET_MS = '0'
  })

  const get = (client: string, token?: string) =>
    rest('GET', '/posts?limit=1&depth=0', { token, headers: { 'X-Forwarded-For': client } })

  test('a client that used its share waits (429 + Retry-After); others and editors do not', async () => {
    process.env.TRUST_PROXY = '1'
    anonymousLimits().time!.perClient.charge('192.0.2.20', 2_000)
    const refused = await get('192.0.2.20')
    expect(refused.status).toBe(429)
    expect(refused.headers.get('Retry-After')).toBe('11')
    expect((await refused.json()) as Errors).toEqual({
      errors: [{ message: 'Your address has used its share of the CMS for now. Try again in 11 seconds.' }],
    })
    expect((await get('192.0.2.21')).status).toBe(200)
    expect((await get('192.0.2.20', editor.token)).status).toBe(200)
  })

  test('when anonymous clients together used theirs, all of them wait (503); editors are served', async () => {
    process.env.TRUST_PROXY = '1'
    anonymousLimits().time!.total.charge('*', 3_000)
    const refused = await get('192.0.2.22')
    expect(refused.status).toBe(503)
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(3)
    expect((await get('192.0.2.22', editor.token)).status).toBe(200)
    // Logging in is not anonymous API use: it has limits of its own.
    expect(
      (await rest('POST', '/users/login', { body: { email: editor.user.email, password: 'fout' } })).status,
    ).toBe(401)
  })

  test('every anonymous request is charged the time Payload worked on it', async () => {
    process.env.TRUST_PROXY = '1'
    // Leave the client one millisecond: the next request is let in, and its own time overdraws it.
    anonymousLimits().time!.perClient.charge('192.0.2.23', 999)
    expect((await get('192.0.2.23')).status).toBe(200)
    expect(anonymousLimits().time!.perClient.waitFor('192.0.2.23')).toBeGreaterThan(0)
    expect((await get('192.0.2.23')).status).toBe(429)
  })

  test('the budget refills at its rate, and a slow request can overdraw it', () => {
    let now = 0
    const budget = new TimeBudget({ burstMs: 3_000, refillPerSecondMs: 100 }, () => now)
    expect(budget.waitFor('a')).toBe(0)
    budget.charge('a', 5_000) // one slow request: -2000 ms
    expect(budget.waitFor('a')).toBe(20_010)
    now += 20_010
    expect(budget.waitFor('a')).toBe(0)
    now += 1_000_000
    budget.charge('a', 2_999)
    expect(budget.waitFor('a')).toBe(0) // refilled to the burst, not beyond
  })
})
