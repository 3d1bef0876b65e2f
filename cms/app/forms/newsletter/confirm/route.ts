import config from '@payload-config'
import { getPayload } from 'payload'

import { confirmByToken, showConfirmPage } from '../../../../newsletter/subscriptionPages'

/** The link in the mail that confirms a subscription: /forms/newsletter/confirm?token=… */
export async function GET(request: Request) {
  return showConfirmPage(await getPayload({ config }), request)
}

export async function POST(request: Request) {
  return confirmByToken(await getPayload({ config }), request)
}
