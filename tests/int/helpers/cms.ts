import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { graphqlRoutes, restRoutes } from '../../../cms/lib/guards/routes'
import type { User } from '../../../cms/payload-types'

export type Role = User['role']

/** A real Payload on the fresh database that tests/int/setup/environment.ts prepared. */
export async function startCms(): Promise<Payload> {
  return getPayload({ config })
}

export async function stopCms(payload: Payload): Promise<void> {
  if (payload.db.name === 'mongoose') {
    // Each test file has its own MongoDB database; remove it again.
    const connection = (payload.db as unknown as { connection: { dropDatabase(): Promise<unknown> } })
      .connection
    await connection.dropDatabase()
  }
  await payload.destroy()
}

type RequestOptions = {
  token?: string
  body?: unknown
  form?: FormData
  locale?: string
  /** More request headers (Origin, Cookie, X-Forwarded-For, ...). */
  headers?: Record<string, string>
}

// All requests of a test file come from one address ("unknown": no X-Forwarded-For), so the
// anonymous server-time budget would make long files flaky on a slow machine; the API tests turn
// it on where they test it (tests/int/api-limits.test.ts).
process.env.API_ANON_TIME_BUDGET_MS ??= '0'

const restHandlers = restRoutes(config)
const graphqlHandlers = graphqlRoutes(config)

/**
 * Sends a real HTTP Request through the route handlers that cms/app/(payload)/api exports: the
 * API guard (cms/lib/guards), then Payload's REST or GraphQL handler, so limits and access control
 * run exactly as they do for a browser.
 */
export async function callApi(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url)
  if (pathname === '/api/graphql') {
    return request.method === 'OPTIONS'
      ? graphqlHandlers.OPTIONS(request, noParams)
      : graphqlHandlers.POST(request, noParams)
  }
  const slug = pathname
    .replace(/^\/api\/?/, '')
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent)
  const handler = restHandlers[request.method as keyof typeof restHandlers]
  if (!handler) throw new Error(`No ${request.method} handler for ${pathname}`)
  return handler(request, { params: Promise.resolve({ slug }) })
}

const noParams = { params: Promise.resolve({}) }

/** Sends a REST request (path after /api) through callApi. */
export async function rest(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
  const headers = new Headers(options.headers)
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  let body: BodyInit | undefined
  if (options.form) body = options.form
  else if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(options.body)
  }
  const request = new Request(`http://localhost:3000/api${path}`, { method, headers, body })
  return callApi(request)
}

export async function restJson<T = Record<string, unknown>>(
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<{ status: number; json: T }> {
  const response = await rest(method, path, options)
  return { status: response.status, json: (await response.json()) as T }
}

/** Sends a GraphQL query through the same handlers as cms/app/(payload)/api/graphql. */
export async function graphql<T = Record<string, unknown>>(
  query: string,
  token?: string,
  options: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Promise<{ data?: T; errors?: { message: string; extensions?: { statusCode?: number } }[] }> {
  const response = await graphqlResponse(query, token, options)
  return (await response.json()) as { data?: T; errors?: { message: string }[] }
}

/** The same, returning the Response (status and headers). */
export async function graphqlResponse(
  query: string,
  token?: string,
  options: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers = new Headers({ ...options.headers, 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables: options.variables }),
  })
  return callApi(request)
}

let userCounter = 0

/** Creates a user with a role and logs them in through REST, returning the user and a token. */
export async function createUserAndLogin(
  payload: Payload,
  role: Role,
  name = `${role} ${++userCounter}`,
): Promise<{ user: User; token: string }> {
  const email = `${role}.${userCounter}.${Date.now()}@test.example`
  const password = `wachtwoord-${role}-${userCounter}`
  const user = await payload.create({
    collection: 'users',
    data: { email, password, name, slug: `${role}-${userCounter}-${Date.now()}`, role },
  })
  const { status, json } = await restJson<{ token: string }>('POST', '/users/login', {
    body: { email, password },
  })
  if (status !== 200) throw new Error(`Login for ${email} failed with status ${status}`)
  return { user, token: json.token }
}
