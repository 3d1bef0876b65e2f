import type { Locale } from './i18n'
import { perBuild } from './perBuild'

/**
 * `compute` for one language, run at most once per build and shared by every page and cache key
 * that asks (a query over all posts, asked per page, would make a large build quadratic).
 */
export function oncePerLocale<T>(compute: (locale: Locale) => Promise<T>): (locale: Locale) => Promise<T> {
  const resultsOfThisBuild = perBuild(() => new Map<Locale, Promise<T>>())
  return (locale) => {
    const results = resultsOfThisBuild()
    if (!results.has(locale)) results.set(locale, compute(locale))
    return results.get(locale)!
  }
}
