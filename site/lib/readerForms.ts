/**
 * What a reader's form on a page depends on besides its code: where it posts and how long the CMS
 * keeps what is sent (both from the environment of the build). The forms read it here, and the
 * cache keys of the pages with a form (pageKeys.ts) include it, so a page built for another CMS or
 * retention period is rendered again rather than copied.
 */
import {
  newsletterConfirmDays,
  registrationRetentionDays,
  submissionRetentionDays,
  type FormKind,
} from '../../model/forms'
import { cmsOrigin } from './cmsOrigin'

export const formSettings = () => ({
  cms: cmsOrigin(),
  retentionDays: submissionRetentionDays(),
  registrationRetentionDays: registrationRetentionDays(),
  newsletterConfirmDays: newsletterConfirmDays(),
})

export const formAction = (kind: FormKind) => `${formSettings().cms}/forms/${kind}`
