'use client'

import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

const words = {
  nl: {
    button: 'Website volledig opnieuw bouwen',
    hint: 'Bouwt alle pagina’s, de zoekindex en het boek opnieuw op, bijvoorbeeld nadat een mislukte build is verholpen.',
    queued: 'De volledige build staat in de wachtrij en verschijnt zo in deze lijst.',
    failed: 'De build kon niet worden gestart',
  },
  en: {
    button: 'Rebuild the whole website',
    hint: 'Makes every page, the search index and the book again, for instance after a failed build was fixed.',
    queued: 'The full build is queued and will show in this list shortly.',
    failed: 'The build could not be started',
  },
}

/** Above the list of site builds: lets an editor ask for a full rebuild. */
export function RebuildSiteButton() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const text = words[i18n.language === 'en' ? 'en' : 'nl']

  const rebuild = async () => {
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/site-builds/rebuild`, {
        method: 'POST',
        credentials: 'include',
      })
      const body = (await response.json().catch(() => ({}))) as { error?: string }
      if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`)
      toast.success(text.queued)
      setTimeout(() => router.refresh(), 2500)
    } catch (error) {
      toast.error(`${text.failed}: ${(error as Error).message}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" disabled={busy} onClick={rebuild} size="medium">
        {text.button}
      </Button>
      <p style={{ color: 'var(--theme-elevation-500)', margin: 0 }}>{text.hint}</p>
    </div>
  )
}
