/**
 * The REST and GraphQL route handlers with the API guard in front, as the Next.js routes in
 * cms/app/(payload)/api export them. The integration tests call these same functions with real
 * Requests, so what they check is what the server runs.
 */
import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { guardApi, type ApiHandler } from './apiGuard'

type Config = Promise<SanitizedConfig> | SanitizedConfig

export function restRoutes(config: Config) {
  const guard = (handler: ApiHandler) => guardApi(handler, { config, api: 'rest' })
  return {
    GET: guard(REST_GET(config) as ApiHandler),
    POST: guard(REST_POST(config) as ApiHandler),
    DELETE: guard(REST_DELETE(config) as ApiHandler),
    PATCH: guard(REST_PATCH(config) as ApiHandler),
    PUT: guard(REST_PUT(config) as ApiHandler),
    // Preflight answers carry no data and cost nothing; Payload adds the CORS headers.
    OPTIONS: REST_OPTIONS(config),
  }
}

export function graphqlRoutes(config: Config) {
  return {
    POST: guardApi(GRAPHQL_POST(config) as unknown as ApiHandler, { config, api: 'graphql' }),
    OPTIONS: REST_OPTIONS(config),
  }
}
