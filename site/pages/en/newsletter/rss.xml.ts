import type { APIRoute } from 'astro'

import { newsletterFeed, rssResponse } from '../../../lib/feeds'

export const GET: APIRoute = async ({ site, url }) =>
  rssResponse(await newsletterFeed('en', url.pathname), site!)
