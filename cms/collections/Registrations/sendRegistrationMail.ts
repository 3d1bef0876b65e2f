import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { composeRegistrationMail, type RegistrationMailKind } from '../../forms/registrationMails'
import { cmsOrigins, publicSiteOrigin } from '../../lib/guards/origins'
import { MAIL_QUEUE } from '../Submissions/tasks/sendSubmissionMail'
import { relationId } from '../../lib/relationId'

/**
 * The `sendRegistrationMail` job: one mail about one registration, on the mail queue, retried when
 * the SMTP server is away. A registration deleted in the meantime gets no mail.
 */
export const sendRegistrationMailTask: TaskConfig<'sendRegistrationMail'> = {
  slug: 'sendRegistrationMail',
  label: 'Send a mail about a registration',
  inputSchema: [
    { name: 'registration', type: 'text', required: true },
    { name: 'mail', type: 'text', required: true },
  ],
  retries: { attempts: 4, backoff: { type: 'exponential', delay: 5_000 } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const registration = await payload
      .findByID({
        collection: 'registrations',
        id: input.registration,
        depth: 0,
        overrideAccess: true,
        req,
        showHiddenFields: true,
      })
      .catch(() => undefined)
    if (!registration) return { output: {} }
    const event = await payload.findByID({
      collection: 'events',
      id: relationId(registration.event)!,
      locale: registration.language,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const mail = composeRegistrationMail(input.mail as RegistrationMailKind, registration, event, {
      cancelUrl: `${cmsOrigins()[0]}/forms/registration/cancel?token=${registration.cancelToken}`,
      host: new URL(publicSiteOrigin()).hostname,
    })
    await payload.sendEmail({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      attachments: mail.attachments,
    })
    return { output: {} }
  },
}

/** Queues one mail about a registration; with `req`, in that request's transaction. */
export const queueRegistrationMail = (
  payload: Payload,
  registration: string | number,
  mail: RegistrationMailKind,
  req?: PayloadRequest,
) =>
  payload.jobs.queue({
    task: 'sendRegistrationMail',
    queue: MAIL_QUEUE,
    input: { registration: String(registration), mail },
    req,
  })
