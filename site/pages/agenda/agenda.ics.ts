import type { APIRoute } from 'astro'

import { calendarResponse } from '../../lib/eventCalendarResponse'
import { upcomingEvents } from '../../lib/events'
import { siteSettings } from '../../lib/settings'

export const GET: APIRoute = async ({ site }) =>
  calendarResponse(await upcomingEvents('nl'), 'nl', `${siteSettings('nl').siteName}: agenda`, site!)
