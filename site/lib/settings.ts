/** The site settings per language (name, tagline, navigation, footer), from content/site-settings.<lang>.yml. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

import { siteSettingsSchema, type SiteSettingsData } from '../../model/schemas'
import { contentRoot } from './contentIndex'
import type { Locale } from './i18n'
import { perBuild } from './perBuild'

const settingsOfThisBuild = perBuild(() => new Map<Locale, SiteSettingsData>())

export function siteSettings(locale: Locale): SiteSettingsData {
  const cache = settingsOfThisBuild()
  const cached = cache.get(locale)
  if (cached) return cached
  const file = path.join(contentRoot, `site-settings.${locale}.yml`)
  let raw: unknown
  try {
    raw = parse(readFileSync(file, 'utf8'))
  } catch (cause) {
    throw new Error(`Cannot read ${path.relative(process.cwd(), file)}`, { cause })
  }
  const result = siteSettingsSchema.safeParse(raw)
  if (!result.success) {
    const reasons = result.error.issues
      .map((issue) => `"${issue.path.join('.')}" ${issue.message}`)
      .join('; ')
    throw new Error(`${path.relative(process.cwd(), file)}: ${reasons}`)
  }
  cache.set(locale, result.data)
  return result.data
}
