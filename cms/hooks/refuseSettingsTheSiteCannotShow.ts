import { ValidationError, type GlobalBeforeChangeHook } from 'payload'

import { siteSettingsSchema } from '../../model/schemas'
import { settingsToFrontMatter } from '../content/siteSettingsMapping'
import type { SiteSetting } from '../payload-types'

/**
 * The site settings are on every page: settings the site build would refuse would stop every
 * build. They are checked by the content contract's schema before they are saved, with the reason
 * on the field. The content import skips it: content/ was checked by the same schema.
 */
export const refuseSettingsTheSiteCannotShow: GlobalBeforeChangeHook = async ({
  context,
  data,
  originalDoc,
}) => {
  if (context.contentImport) return data
  const settings = { ...originalDoc, ...data } as SiteSetting
  if (!settings.siteName) return data
  const checked = siteSettingsSchema.safeParse(settingsToFrontMatter(settings))
  if (checked.success) return data
  throw new ValidationError({
    global: 'site-settings',
    errors: checked.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  })
}
