/* Payload's GraphQL route, behind the API guard (cms/lib/guards); query bounds in graphqlRules.ts. */
import config from '@payload-config'

import { graphqlRoutes } from '../../../../lib/guards/routes'

const routes = graphqlRoutes(config)

export const POST = routes.POST
export const OPTIONS = routes.OPTIONS
