/* Payload's REST routes, behind the API guard (cms/lib/guards). */
import config from '@payload-config'

import { restRoutes } from '../../../../lib/guards/routes'

const routes = restRoutes(config)

export const GET = routes.GET
export const POST = routes.POST
export const DELETE = routes.DELETE
export const PATCH = routes.PATCH
export const PUT = routes.PUT
export const OPTIONS = routes.OPTIONS
