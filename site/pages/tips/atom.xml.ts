import type { APIRoute } from 'astro'

import { atomResponse, tipsFeed } from '../../lib/feeds'

export const GET: APIRoute = async ({ site, url }) => atomResponse(await tipsFeed('nl', url.pathname), site!)
