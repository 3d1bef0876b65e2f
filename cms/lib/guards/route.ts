import type { Collection, Payload } from 'payload'

/** What an /api path addresses, as far as the guard cares. */
export type ApiRoute = {
  /** The collection under /api/<slug>, if any. */
  collection?: string
  /** login, forgot-password, ...: Payload's auth endpoints, which work without being logged in. */
  authAction?: string
  /**
   * A collection or global route: Payload's own operations, which read JSON or multipart only.
   * Endpoints at the root (/api/<name> that is no collection) may be custom and read anything.
   */
  builtIn: boolean
}

const AUTH_ACTIONS = new Set([
  'login',
  'logout',
  'me',
  'refresh-token',
  'forgot-password',
  'reset-password',
  'init',
  'first-register',
  'verify',
  'unlock',
])

export function routeOf(payload: Payload, pathname: string, api: 'rest' | 'graphql'): ApiRoute {
  if (api === 'graphql') return { builtIn: false }
  const base = payload.config.routes.api.replace(/\/$/, '')
  const [first, second] = pathname.slice(base.length).split('/').filter(Boolean)
  if (first === 'globals') return { builtIn: true }
  const collection = first ? (payload.collections as Record<string, Collection>)[first]?.config : undefined
  if (!collection) return { builtIn: false }
  const authAction = collection.auth && second && AUTH_ACTIONS.has(second) ? second : undefined
  return { collection: collection.slug, authAction, builtIn: true }
}
