import config from '@payload-config'
import { getPayload } from 'payload'

import { showManagePage, unsubscribeByToken } from '../../../../newsletter/subscriptionPages'

/**
 * The List-Unsubscribe address of every newsletter (/forms/newsletter/unsubscribe?token=…): mail
 * programs POST to it (one click); a person who opens it gets the page with the button.
 */
export async function GET(request: Request) {
  return showManagePage(await getPayload({ config }), request)
}

export async function POST(request: Request) {
  return unsubscribeByToken(await getPayload({ config }), request)
}
