/**
 * The site server: the built site over HTTP, as `npm run preview` and `npm start` (the live site)
 * run it. Request handling is in handler.ts; this file only creates, binds and closes the server.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { logger } from '../log'
import { optionsFromEnv, type SiteHeaderOptions } from '../siteHeaders'
import { createRequestHandler, type Logger } from './handler'

/**
 * Loopback unless told otherwise: in production a reverse proxy (TLS, a public name) sits in
 * front, and nothing else on the network should reach the server behind it.
 */
export const DEFAULT_HOST = '127.0.0.1'

export type SiteServerOptions = {
  /** The folder to serve; it may be missing for a while (the live site before its first build). */
  root: string
  host?: string
  /** 0 picks a free port. */
  port: number
  headers?: SiteHeaderOptions
  log?: Logger
}

export type RunningSiteServer = {
  server: Server
  address: AddressInfo
  /** Where it answers, e.g. http://127.0.0.1:4321/ */
  url: string
  close(): Promise<void>
}

export function createSiteServer(options: SiteServerOptions): Server {
  const log = options.log ?? logger('site')
  const server = createServer(
    createRequestHandler({ root: options.root, headers: options.headers ?? optionsFromEnv(), log }),
  )
  // An error on the listening socket (out of file descriptors, say) is logged; unheard it would exit.
  server.on('error', (error) => log.error(`site server: ${error.message}`))
  return server
}

export async function startSiteServer(options: SiteServerOptions): Promise<RunningSiteServer> {
  const server = createSiteServer(options)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host ?? DEFAULT_HOST, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    server,
    address,
    url: `http://${host}:${address.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeIdleConnections()
        // A download in progress gets a moment to finish, not forever.
        setTimeout(() => server.closeAllConnections(), 2000).unref()
      }),
  }
}
