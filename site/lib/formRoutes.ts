/**
 * getStaticPaths of a form's result pages (thank-you, confirmed, ..., "not sent"), one route per
 * language, each with its cache key: they change only with the site's settings and where forms post,
 * so a build copies them instead of rendering them again.
 */
import type { FormKind } from '../../model/forms'
import { formNotSentUrl, formThanksUrl, type FormOutcome } from '../../model/urls'
import { pageCacheKey, siteDigest } from './cacheKeys'
import type { Locale } from './i18n'
import { formSettings } from './readerForms'

export type FormResult = FormOutcome | 'not-sent'

const lastSegment = (url: string) => url.split('#')[0]!.split('/').filter(Boolean).pop()!

export function formResultPaths(kind: FormKind, locale: Locale, outcomes: FormOutcome[]) {
  const page = (result: FormResult, url: string) => ({
    params: { result: lastSegment(url) },
    props: { kind, locale, result },
    cacheKey: pageCacheKey('form-result', siteDigest(locale), kind, result, formSettings()),
  })
  return [
    ...outcomes.map((outcome) => page(outcome, formThanksUrl(kind, locale, outcome))),
    page('not-sent', formNotSentUrl(kind, locale)),
  ]
}
