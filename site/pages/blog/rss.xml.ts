import type { APIRoute } from 'astro'

import { blogFeed, rssResponse } from '../../lib/feeds'

export const GET: APIRoute = async ({ site, url }) => rssResponse(await blogFeed('nl', url.pathname), site!)
