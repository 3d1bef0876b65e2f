import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { getPayload, handleEndpoints, type Payload } from 'payload'

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

type RequestOptions = { token?: string; body?: unknown; form?: FormData; locale?: string }

/**
 * Sends a real HTTP Request through Payload's REST router, the same handler the Next.js route in
 * cms/app/(payload)/api uses, so access control runs exactly as it does for a browser.
 */
export async function rest(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
  const headers = new Headers()
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  let body: BodyInit | undefined
  if (options.form) body = options.form
  else if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(options.body)
  }
  const request = new Request(`http://localhost:3000/api${path}`, { method, headers, body })
  return handleEndpoints({ config, request })
}

export async function restJson<T = Record<string, unknown>>(
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<{ status: number; json: T }> {
  const response = await rest(method, path, options)
  return { status: response.status, json: (await response.json()) as T }
}

/** Sends a GraphQL query through the same handler as cms/app/(payload)/api/graphql. */
export async function graphql<T = Record<string, unknown>>(
  query: string,
  token?: string,
): Promise<{ data?: T; errors?: { message: string }[] }> {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query }),
  })
  const response = await GRAPHQL_POST(config)(request)
  return (await response.json()) as { data?: T; errors?: { message: string }[] }
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
