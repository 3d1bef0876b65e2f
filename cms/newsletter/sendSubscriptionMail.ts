import type { Payload, TaskConfig } from 'payload'

import { MAIL_QUEUE } from '../collections/Submissions/tasks/sendSubmissionMail'
import { cmsOrigins, publicSiteOrigin } from '../lib/guards/origins'
import type { Subscriber } from '../payload-types'
import { composeSubscriptionMail, type SubscriptionMailKind } from './subscriptionMails'

/**
 * The `sendSubscriptionMail` job: the mail with the link to confirm a subscription, on the mail
 * queue, retried when the SMTP server is away. An address deleted or confirmed meanwhile gets none.
 */
export const sendSubscriptionMailTask: TaskConfig<'sendSubscriptionMail'> = {
  slug: 'sendSubscriptionMail',
  label: 'Send the mail to confirm a newsletter subscription',
  inputSchema: [
    { name: 'subscriber', type: 'text', required: true },
    { name: 'mail', type: 'text', required: true },
  ],
  retries: { attempts: 4, backoff: { type: 'exponential', delay: 5_000 } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const subscriber = (await payload
      .findByID({
        collection: 'subscribers',
        id: input.subscriber,
        depth: 0,
        overrideAccess: true,
        showHiddenFields: true,
        req,
      })
      .catch(() => undefined)) as Subscriber | undefined
    if (!subscriber || subscriber.status !== 'pending') return { output: {} }
    const mail = composeSubscriptionMail(input.mail as SubscriptionMailKind, subscriber, {
      cmsOrigin: cmsOrigins()[0]!,
      siteOrigin: publicSiteOrigin(),
    })
    await payload.sendEmail({ to: mail.to, subject: mail.subject, text: mail.text })
    return { output: {} }
  },
}

export const queueSubscriptionMail = (
  payload: Payload,
  subscriber: number | string,
  mail: SubscriptionMailKind,
) =>
  payload.jobs.queue({
    task: 'sendSubscriptionMail',
    queue: MAIL_QUEUE,
    input: { subscriber: String(subscriber), mail },
  })
