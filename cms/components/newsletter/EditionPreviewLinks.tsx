'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'

const words = {
  nl: { title: 'Voorbeeld', html: (l: string) => `Zoals de mail eruitziet (${l})`, text: 'platte tekst' },
  en: { title: 'Preview', html: (l: string) => `As the mail looks (${l})`, text: 'plain text' },
}

/** On a saved edition: the mail in each language as subscribers will get it, and its plain-text part. */
export function EditionPreviewLinks() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const { id } = useDocumentInfo()
  if (!id) return null
  const text = words[i18n.language === 'en' ? 'en' : 'nl']
  const base = `${config.serverURL}${config.routes.api}/editions/${id}/preview`
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <h3 style={{ margin: '0 0 0.5rem' }}>{text.title}</h3>
      <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
        {(['nl', 'en'] as const).map((locale) => (
          <li key={locale}>
            <a href={`${base}?locale=${locale}`} target="_blank" rel="noopener">
              {text.html(locale.toUpperCase())}
            </a>{' '}
            (
            <a href={`${base}?locale=${locale}&format=text`} target="_blank" rel="noopener">
              {text.text}
            </a>
            )
          </li>
        ))}
      </ul>
    </div>
  )
}
