import type { APIRoute } from 'astro'

import { tipsFeed, rssResponse } from '../../../lib/feeds'

export const GET: APIRoute = async ({ site, url }) => rssResponse(await tipsFeed('en', url.pathname), site!)
