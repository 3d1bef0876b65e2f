/**
 * The thin layer in front of Payload's REST and GraphQL route handlers (cms/app/(payload)/api).
 * Before Payload parses or runs anything it
 *   1. refuses writes from origins that are not the CMS's or the site's (403),
 *   2. finds out whether the caller is logged in (the same auth strategies Payload runs),
 *   3. checks the query: depth, limit, page, pagination, where, data (400, see queryCheck.ts),
 *   4. refuses bodies larger than the limit from their Content-Length (413),
 *   5. lets anonymous callers in while they have server time and a slot left, or answers 429/503
 *      with Retry-After (see anonymous.ts); logged-in people and logins bypass this,
 *   6. reads the body, counting as it streams in (413, see boundedBody.ts), and refuses bodies
 *      Payload cannot read with 415 instead of letting them end in a 500,
 * and then hands a plain Request to Payload. GraphQL queries are bounded by graphqlRules.ts and
 * logins by the Users hooks; both run inside Payload.
 */
import {
  executeAuthStrategies,
  getPayload,
  type Collection,
  type Payload,
  type SanitizedConfig,
} from 'payload'

import { admitAnonymous } from './anonymous'
import { declaresTooMuch, readBounded, withBody } from './boundedBody'
import { clientIp } from './clientIp'
import { GRAPHQL_BODY_BYTES, maxBodyBytes } from './limits'
import { allowedOrigins } from './origins'
import { problem } from './problem'
import { checkRestQuery } from './queryCheck'
import { routeOf, type ApiRoute } from './route'

export type RouteContext = { params: Promise<{ slug?: string[] }> }
export type ApiHandler = (request: Request, context: RouteContext) => Promise<Response>
export type GuardOptions = { config: Promise<SanitizedConfig> | SanitizedConfig; api: 'rest' | 'graphql' }

/** Logins and reset requests are tiny and bypass the anonymous limits, so their bodies are small. */
const AUTH_BODY_BYTES = 16 * 1024
/** Payload answers a reset request for an unknown address faster than for a known one. */
const FORGOT_PASSWORD_MIN_MS = 1_000

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export function guardApi(handler: ApiHandler, options: GuardOptions): ApiHandler {
  return async (request, context) => {
    const payload = await getPayload({ config: options.config })
    const url = new URL(request.url)
    const route = routeOf(payload, url.pathname, options.api)
    const refuse = (status: number, message: string, headers?: Record<string, string>) =>
      problem(payload, request, status, message, headers)

    const origin = request.headers.get('origin')
    if (WRITES.has(request.method) && origin && origin !== url.origin && !allowedOrigins().includes(origin)) {
      return refuse(
        403,
        `Cross-site request refused: ${origin} may not send ${request.method} requests to this CMS.`,
      )
    }

    const loggedIn = await isLoggedIn(payload, request, options.api)
    const queryProblem =
      options.api === 'rest' ? checkQuery(payload, route, url.searchParams, loggedIn) : null
    if (queryProblem) return refuse(400, queryProblem)

    const contentType = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
    // Uploads (multipart, logged in) stream on to Payload, which holds them to MAX_UPLOAD_MB.
    const streamsThrough = options.api === 'rest' && contentType.startsWith('multipart/') && loggedIn
    const bodyLimit = bodyLimitFor(options.api, route, loggedIn)
    if (!streamsThrough && declaresTooMuch(request, bodyLimit)) return tooLarge(refuse, bodyLimit)

    const anonymous = !loggedIn && !route.authAction && request.method !== 'OPTIONS'
    const admission = anonymous ? admitAnonymous(clientIp(request.headers)) : undefined
    if (admission?.refused) {
      const { status, message, retryAfterSeconds } = admission.refused
      return refuse(status, message, { 'Retry-After': String(retryAfterSeconds) })
    }
    const started = Date.now()
    // Anonymous callers are charged the time Payload works, not the time a slow client takes to send.
    let workStarted: number | undefined
    let workedMs = 0
    try {
      let forward = request
      let padForgotPassword = route.authAction === 'forgot-password'
      if (request.body && !streamsThrough) {
        const read = await readBounded(request, bodyLimit)
        if (!read.ok) return tooLarge(refuse, bodyLimit)
        const text = () => new TextDecoder().decode(read.body)
        forward = withBody(request, read.body)
        if (options.api === 'graphql' && text().includes('forgotPassword')) padForgotPassword = true
        if (overridesToGet(request) && contentType === 'application/x-www-form-urlencoded') {
          // Payload turns this into a GET with the body as query string; do it here, so the query is checked.
          const getUrl = `${url.origin}${url.pathname}?${[url.search.slice(1), text()].filter(Boolean).join('&')}`
          const problemInBody = checkQuery(payload, route, new URL(getUrl).searchParams, loggedIn)
          if (problemInBody) return refuse(400, problemInBody)
          forward = withBody(request, null, { method: 'GET', url: getUrl })
        } else if (
          read.body.byteLength > 0 &&
          options.api === 'rest' &&
          route.builtIn &&
          !readable(contentType)
        ) {
          const sent = contentType || 'a body without Content-Type'
          return refuse(
            415,
            `This endpoint reads JSON (Content-Type: application/json) or multipart/form-data with the document as JSON in a "_payload" field, not ${sent}.`,
          )
        }
      }
      workStarted = Date.now()
      const response = await handler(forward, context)
      workedMs = Date.now() - workStarted
      workStarted = undefined
      if (padForgotPassword) await padTo(started, FORGOT_PASSWORD_MIN_MS)
      return response
    } finally {
      if (workStarted !== undefined) workedMs = Date.now() - workStarted
      if (admission && !admission.refused) admission.done(workedMs)
    }
  }
}

async function isLoggedIn(payload: Payload, request: Request, api: GuardOptions['api']): Promise<boolean> {
  const { user } = await executeAuthStrategies({
    headers: request.headers,
    payload,
    isGraphQL: api === 'graphql',
    canSetHeaders: false,
  })
  return Boolean(user)
}

function checkQuery(
  payload: Payload,
  route: ApiRoute,
  params: URLSearchParams,
  loggedIn: boolean,
): string | null {
  const collections = payload.collections as Record<string, Collection>
  const collection = route.collection ? collections[route.collection]?.config : undefined
  return checkRestQuery(params, {
    loggedIn,
    where: collection && {
      fields: collection.flattenedFields,
      config: payload.config,
      idType: payload.db.defaultIDType === 'number' ? 'number' : 'text',
    },
  })
}

function bodyLimitFor(api: GuardOptions['api'], route: ApiRoute, loggedIn: boolean): number {
  if (api === 'graphql') return GRAPHQL_BODY_BYTES
  if (route.authAction && !loggedIn) return AUTH_BODY_BYTES
  return maxBodyBytes(loggedIn)
}

const readable = (contentType: string) =>
  contentType === 'application/json' || contentType.startsWith('multipart/')

const overridesToGet = (request: Request) =>
  request.method === 'POST' &&
  (request.headers.get('x-payload-http-method-override') === 'GET' ||
    request.headers.get('x-http-method-override') === 'GET')

function tooLarge(refuse: (status: number, message: string) => Response, limit: number): Response {
  return refuse(
    413,
    `The request body is larger than ${Math.round(limit / 1024)} KB, the most this API accepts here.`,
  )
}

async function padTo(started: number, minimumMs: number): Promise<void> {
  const left = minimumMs - (Date.now() - started)
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left))
}
