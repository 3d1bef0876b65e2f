import type { APIRoute } from 'astro'

import { atomResponse, blogFeed } from '../../lib/feeds'

export const GET: APIRoute = async ({ site, url }) => atomResponse(await blogFeed('nl', url.pathname), site!)
