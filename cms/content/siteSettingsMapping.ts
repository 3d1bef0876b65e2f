import type { SiteSetting } from '../payload-types'

/** The site settings of one language as content/site-settings.<lang>.yml holds them; empty values left out. */
export function settingsToFrontMatter(settings: SiteSetting): Record<string, unknown> {
  const links = (list: { label: string; href: string }[] | null | undefined) =>
    list?.length ? list.map((link) => ({ label: link.label, href: link.href })) : undefined
  const footer = { text: settings.footer?.text || undefined, links: links(settings.footer?.links) }
  return JSON.parse(
    JSON.stringify({
      siteName: settings.siteName,
      tagline: settings.tagline || undefined,
      navigation: links(settings.navigation),
      footer: footer.text || footer.links ? footer : undefined,
      socialLinks: settings.socialLinks?.length
        ? settings.socialLinks.map((link) => ({
            platform: link.platform,
            url: link.url,
            label: link.label || undefined,
          }))
        : undefined,
    }),
  )
}
