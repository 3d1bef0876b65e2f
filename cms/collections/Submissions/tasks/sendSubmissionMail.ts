import type { TaskConfig } from 'payload'

import { composeSubmissionMail, type SubmissionMailKind } from '../../../forms/submissionMails'
import { cmsOrigins } from '../../../lib/guards/origins'
import { mailSettings } from '../../../lib/mail/mailSettings'

export type SubmissionMail = SubmissionMailKind
/** Mail jobs have a queue of their own, run every second, so a reader's receipt never waits for a site build. */
export const MAIL_QUEUE = 'mail'

/**
 * The `sendSubmissionMail` job: one mail about one submission (./hooks/queueSubmissionMails.ts),
 * retried with backoff when the SMTP server is away. A submission deleted in the meantime (by the
 * editors, on request, or because it expired) gets no mail.
 */
export const sendSubmissionMailTask: TaskConfig<'sendSubmissionMail'> = {
  slug: 'sendSubmissionMail',
  label: 'Send a mail about a submission',
  inputSchema: [
    { name: 'submission', type: 'text', required: true },
    { name: 'mail', type: 'text', required: true },
  ],
  retries: { attempts: 4, backoff: { type: 'exponential', delay: 5_000 } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const submission = await payload
      .findByID({ collection: 'submissions', id: input.submission, depth: 1, overrideAccess: true, req })
      .catch(() => undefined)
    if (!submission?.email) return { output: {} }
    const speaker = typeof submission.speaker === 'object' ? submission.speaker : undefined
    const mail = composeSubmissionMail(input.mail as SubmissionMailKind, submission, {
      editorsAddress: mailSettings().editorsAddress,
      cmsOrigin: cmsOrigins()[0]!,
      speakerAddress: speaker?.requestEmail,
    })
    await payload.sendEmail({ to: mail.to, replyTo: mail.replyTo, subject: mail.subject, text: mail.text })
    return { output: {} }
  },
}
