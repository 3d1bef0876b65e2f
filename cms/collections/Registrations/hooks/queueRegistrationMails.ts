import type { CollectionAfterChangeHook } from 'payload'

import type { RegistrationMailKind } from '../../../forms/registrationMails'
import { queueRegistrationMail } from '../sendRegistrationMail'

/**
 * The mails a registration causes, as jobs: on arrival the confirmation or the waiting-list mail;
 * when it moves up from the waiting list, the news; when it is cancelled, the confirmation of that.
 */
export const queueRegistrationMails: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (context.skipMail) return doc
  let mail: RegistrationMailKind | undefined
  if (operation === 'create') mail = doc.status === 'waiting' ? 'waiting' : 'confirmed'
  else if (previousDoc?.status === 'waiting' && doc.status === 'confirmed') mail = 'moved-up'
  else if (previousDoc?.status !== 'cancelled' && doc.status === 'cancelled') mail = 'cancelled'
  if (mail) await queueRegistrationMail(req.payload, doc.id, mail, req)
  return doc
}
