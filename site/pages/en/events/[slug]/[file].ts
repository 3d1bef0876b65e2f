import type { APIRoute } from 'astro'

import { calendarResponse } from '../../../../lib/eventCalendarResponse'
import { eventCalendarPaths } from '../../../../lib/eventRoutes'

export const getStaticPaths = () => eventCalendarPaths('en')

export const GET: APIRoute = ({ props, site }) =>
  calendarResponse([props.event], 'en', props.event.data.title, site!)
