import type { APIRoute } from 'astro'

import { atomResponse, blogFeed } from '../../../lib/feeds'

export const GET: APIRoute = async ({ site, url }) => atomResponse(await blogFeed('en', url.pathname), site!)
