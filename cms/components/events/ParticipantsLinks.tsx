'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'

const words = {
  nl: { title: 'Deelnemers', list: 'Bekijk de aanmeldingen', csv: 'Download de deelnemerslijst (CSV)' },
  en: {
    title: 'Participants',
    list: 'See the registrations',
    csv: 'Download the list of participants (CSV)',
  },
}

/** On a saved event: its registrations in the admin, and the list of participants as CSV. */
export function ParticipantsLinks() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const { id } = useDocumentInfo()
  if (!id) return null
  const text = words[i18n.language === 'en' ? 'en' : 'nl']
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <h3 style={{ margin: '0 0 0.5rem' }}>{text.title}</h3>
      <p style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', margin: 0 }}>
        <a href={`${config.routes.admin}/collections/registrations?where[event][equals]=${id}`}>
          {text.list}
        </a>
        <a href={`${config.serverURL}${config.routes.api}/registrations/export?event=${id}`} download>
          {text.csv}
        </a>
      </p>
    </div>
  )
}
