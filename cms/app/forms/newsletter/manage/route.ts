import config from '@payload-config'
import { getPayload } from 'payload'

import { changeByToken, showManagePage } from '../../../../newsletter/subscriptionPages'

/** The link in every newsletter to change its language or leave: /forms/newsletter/manage?token=… */
export async function GET(request: Request) {
  return showManagePage(await getPayload({ config }), request)
}

export async function POST(request: Request) {
  return changeByToken(await getPayload({ config }), request)
}
