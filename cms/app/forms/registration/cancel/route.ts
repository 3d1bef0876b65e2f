import config from '@payload-config'
import { getPayload } from 'payload'

import { cancelByToken, showCancelPage } from '../../../../forms/cancelRegistration'

/** The cancel link of a registration's mails: /forms/registration/cancel?token=… (cms/forms/cancelRegistration.ts). */
export async function GET(request: Request) {
  return showCancelPage(await getPayload({ config }), request)
}

export async function POST(request: Request) {
  return cancelByToken(await getPayload({ config }), request)
}
