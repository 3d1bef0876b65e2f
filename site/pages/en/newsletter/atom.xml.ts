import type { APIRoute } from 'astro'

import { atomResponse, newsletterFeed } from '../../../lib/feeds'

export const GET: APIRoute = async ({ site, url }) =>
  atomResponse(await newsletterFeed('en', url.pathname), site!)
