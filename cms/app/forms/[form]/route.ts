import config from '@payload-config'
import { getPayload } from 'payload'

import { handleFormPost } from '../../../forms/handleFormPost'
import { isFormKind } from '../../../../model/forms'

/** The readers' forms on the static site post here: /forms/tip, /forms/speaker-request, /forms/contact. */
export async function POST(request: Request, { params }: { params: Promise<{ form: string }> }) {
  const { form } = await params
  if (!isFormKind(form)) return new Response('No such form.', { status: 404 })
  return handleFormPost(await getPayload({ config }), request, form)
}
