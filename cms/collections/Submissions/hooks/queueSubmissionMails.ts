import type { CollectionAfterChangeHook } from 'payload'

import { MAIL_QUEUE, type SubmissionMail } from '../tasks/sendSubmissionMail'

/**
 * The mails a submission causes, queued as jobs (persisted and retried, so a slow or absent SMTP
 * server never holds up the reader's form or loses a mail): on arrival a receipt for the sender
 * and, for speaker requests and contact messages, the message itself for the editors (and the
 * speaker); when a tip is accepted, a mail to say so. `context.skipMail` turns them off.
 */
export const queueSubmissionMails: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (context.skipMail || !doc.email) return doc
  const mails: SubmissionMail[] = []
  if (operation === 'create') {
    mails.push('receipt')
    if (doc.kind !== 'tip') mails.push('forward')
  } else if (doc.kind === 'tip' && doc.status === 'accepted' && previousDoc?.status !== 'accepted') {
    mails.push('accepted')
  }
  for (const mail of mails)
    await req.payload.jobs.queue({
      task: 'sendSubmissionMail',
      queue: MAIL_QUEUE,
      input: { submission: String(doc.id), mail },
      req,
    })
  return doc
}
