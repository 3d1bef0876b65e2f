/**
 * Logins and password reset requests: failures slow down the address from that client and the
 * client itself, never the account everywhere, and the answers do not tell which addresses have
 * an account. REST (which the admin uses) and GraphQL share the counters.
 */
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'

import { resetAuthLimits } from '../../cms/collections/Users/authLimits'
import { Backoff } from '../../cms/lib/guards/backoff'
import { clientIp } from '../../cms/lib/guards/clientIp'
import type { User } from '../../cms/payload-types'
import { callApi, createUserAndLogin, graphqlResponse, rest, startCms, stopCms } from './helpers/cms'

let payload: Payload
let author: { user: User; token: string }
const adminEmail = process.env.ADMIN_EMAIL!
const adminPassword = process.env.ADMIN_PASSWORD!

beforeAll(async () => {
  payload = await startCms()
  author = await createUserAndLogin(payload, 'author')
})
afterAll(async () => {
  await stopCms(payload)
})
beforeEach(() => {
  // Each test speaks for clients of its own, behind a proxy that sets X-Forwarded-For.
  process.env.TRUST_PROXY = '1'
  resetAuthLimits()
})
afterEach(() => {
  delete process.env.TRUST_PROXY
})

let clients = 0
const newClient = () => `203.0.113.${++clients}`

async function login(email: string, password: string, client: string) {
  const response = await rest('POST', '/users/login', {
    body: { email, password },
    headers: { 'X-Forwarded-For': client },
  })
  const json = (await response.json()) as { errors?: { message: string }[] }
  return {
    status: response.status,
    message: json.errors?.[0]?.message,
    retryAfter: response.headers.get('Retry-After'),
  }
}

describe('failed logins', () => {
  test('twelve wrong passwords from elsewhere do not lock the admin out of their own network', async () => {
    const attacker = newClient()
    const statuses = []
    for (let i = 0; i < 12; i++) statuses.push((await login(adminEmail, `geraden-${i}`, attacker)).status)
    expect(statuses).toEqual([401, 401, 401, 401, 401, ...Array(7).fill(429)])
    expect((await login(adminEmail, adminPassword, newClient())).status).toBe(200)
  })

  test('after five failures the address gets 429 with Retry-After from that client, known or not', async () => {
    for (const email of [author.user.email, 'niemand@test.example']) {
      const client = newClient()
      for (let i = 0; i < 5; i++) expect((await login(email, 'fout', client)).status).toBe(401)
      const limited = await login(email, 'fout', client)
      expect(limited).toEqual({
        status: 429,
        message: 'Too many login attempts. Try again in 30 seconds.',
        retryAfter: '30',
      })
      // Also with the right password: the wait is not a hint that it was right.
      if (email === author.user.email) {
        expect((await login(email, `wachtwoord-author-1`, client)).status).toBe(429)
      }
    }
  })

  test('a successful login clears the failures of that address', async () => {
    const client = newClient()
    const password = 'wachtwoord-author-1'
    for (let i = 0; i < 4; i++) await login(author.user.email, 'fout', client)
    expect((await login(author.user.email, password, client)).status).toBe(200)
    for (let i = 0; i < 4; i++) expect((await login(author.user.email, 'fout', client)).status).toBe(401)
  })

  test('one client trying many addresses hits a ceiling of 30; other clients do not', async () => {
    const client = newClient()
    // An empty password is refused by Payload without a hash, and still counts.
    for (let i = 0; i < 30; i++)
      expect((await login(`iemand-${i}@test.example`, '', client)).status).toBe(400)
    expect((await login('nog-iemand@test.example', 'x', client)).status).toBe(429)
    expect((await login('nog-iemand@test.example', 'x', newClient())).status).toBe(401)
  })

  test('known and unknown addresses get the same status and message, in about the same time', async () => {
    const timed = async (email: string) => {
      const started = performance.now()
      const result = await login(email, 'helemaal-fout', newClient())
      return { ...result, ms: performance.now() - started }
    }
    // Taken in turns, so a busy moment of the machine (other test files build sites beside this
    // one) falls on both kinds alike.
    const known: Awaited<ReturnType<typeof timed>>[] = []
    const unknown: Awaited<ReturnType<typeof timed>>[] = []
    for (let i = 0; i < 5; i++) {
      known.push(await timed(author.user.email))
      unknown.push(await timed(`bestaat-niet-${i}@test.example`))
    }
    const { ms: _k, ...knownAnswer } = known[0]
    const { ms: _u, ...unknownAnswer } = unknown[0]
    expect(unknownAnswer).toEqual(knownAnswer)
    for (const run of [...known, ...unknown]) expect(run.status).toBe(401)
    const median = (runs: { ms: number }[]) => runs.map((run) => run.ms).sort((a, b) => a - b)[2]
    // Both spend one password hash (hundreds of milliseconds); an unknown address used to take a
    // few, a difference far beyond these bounds.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.4)
    expect(median(known)).toBeGreaterThan(median(unknown) * 0.4)
  })

  test('GraphQL loginUser shares the counters with REST', async () => {
    const client = newClient()
    for (let i = 0; i < 5; i++) await login(author.user.email, 'fout', client)
    const response = await graphqlResponse(
      `mutation { loginUser(email: "${author.user.email}", password: "wachtwoord-author-1") { token } }`,
      undefined,
      { headers: { 'X-Forwarded-For': client } },
    )
    const json = (await response.json()) as {
      errors?: { message: string; extensions?: { statusCode?: number } }[]
    }
    expect(json.errors?.[0].message).toBe('Too many login attempts. Try again in 30 seconds.')
    expect(json.errors?.[0].extensions?.statusCode).toBe(429)
    expect(response.headers.get('Retry-After')).toBe('30')
  })

  test("the admin's login form (multipart with _payload) is limited like any other", async () => {
    const client = newClient()
    const post = () => {
      const form = new FormData()
      form.append('_payload', JSON.stringify({ email: adminEmail, password: 'fout' }))
      return callApi(
        new Request('http://localhost:3000/api/users/login', {
          method: 'POST',
          body: form,
          headers: { 'X-Forwarded-For': client },
        }),
      )
    }
    for (let i = 0; i < 5; i++) expect((await post()).status).toBe(401)
    expect((await post()).status).toBe(429)
  })
})

describe('password reset requests', () => {
  async function forgot(email: string, client: string) {
    const started = performance.now()
    const response = await rest('POST', '/users/forgot-password', {
      body: { email },
      headers: { 'X-Forwarded-For': client },
    })
    return { status: response.status, json: await response.json(), ms: performance.now() - started }
  }

  test('known and unknown addresses get the same answer after the same minimum time', async () => {
    const known = await forgot(author.user.email, newClient())
    const unknown = await forgot('onbekend@test.example', newClient())
    expect(unknown.status).toBe(known.status)
    expect(unknown.json).toEqual(known.json)
    expect(known.ms).toBeGreaterThanOrEqual(990)
    expect(unknown.ms).toBeGreaterThanOrEqual(990)
  })

  test('the fourth request for one address from one client is refused with 429', async () => {
    const client = newClient()
    for (let i = 0; i < 3; i++) expect((await forgot('onbekend@test.example', client)).status).toBe(200)
    const limited = await forgot('onbekend@test.example', client)
    expect(limited.status).toBe(429)
    // The one-second floor on every answer has passed since the wait began.
    expect(limited.json).toEqual({
      errors: [
        {
          message: expect.stringMatching(
            /^Too many password reset requests\. Try again in (59|60) seconds\.$/,
          ),
        },
      ],
    })
  })
})

describe('the client address', () => {
  const headers = (value?: string) => new Headers(value ? { 'X-Forwarded-For': value } : {})

  test('without TRUST_PROXY it is the one entry Next set from the connection', () => {
    expect(clientIp(headers('192.0.2.4'), 0)).toBe('192.0.2.4')
    expect(clientIp(headers('::ffff:127.0.0.1'), 0)).toBe('127.0.0.1')
    expect(clientIp(headers(), 0)).toBe('unknown')
  })

  test('behind TRUST_PROXY proxies, entries the client wrote itself are skipped', () => {
    expect(clientIp(headers('6.6.6.6, 192.0.2.4'), 1)).toBe('192.0.2.4')
    expect(clientIp(headers('6.6.6.6, 192.0.2.4, 10.0.0.2'), 2)).toBe('192.0.2.4')
    expect(clientIp(headers('192.0.2.4'), 2)).toBe('192.0.2.4')
  })
})

describe('the backoff', () => {
  test('doubles the wait after each failure past the free ones, up to the maximum, and forgets on success', () => {
    let now = 0
    const backoff = new Backoff(
      { freeAttempts: 5, baseDelayMs: 30_000, maxDelayMs: 900_000, forgetAfterMs: 3_600_000 },
      () => now,
    )
    const waits = []
    for (let i = 0; i < 10; i++) {
      now += backoff.waitFor('k')
      backoff.attempt('k')
      waits.push(backoff.waitFor('k') / 1000)
    }
    expect(waits).toEqual([0, 0, 0, 0, 30, 60, 120, 240, 480, 900])
    backoff.forget('k')
    expect(backoff.waitFor('k')).toBe(0)
  })
})
