import type { APIRoute } from 'astro'

import { calendarResponse } from '../../../lib/eventCalendarResponse'
import { eventCalendarPaths } from '../../../lib/eventRoutes'

export const getStaticPaths = () => eventCalendarPaths('nl')

export const GET: APIRoute = ({ props, site }) =>
  calendarResponse([props.event], 'nl', props.event.data.title, site!)
