'use client'

import { Button, toast, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

const words = {
  nl: {
    button: 'Maak er een concepttip van',
    hint: 'Neemt titel, tekst, categorie en onderwerpen over in een nieuwe concepttip (met de naam van de inzender als die dat wilde), zet deze inzending op geaccepteerd en mailt de inzender.',
    open: 'Open de concepttip',
    failed: 'De concepttip kon niet worden gemaakt',
  },
  en: {
    button: 'Make it a draft tip',
    hint: 'Copies title, text, category and topics into a new draft tip (crediting the sender if they agreed), marks this submission accepted and mails the sender.',
    open: 'Open the draft tip',
    failed: 'The draft tip could not be made',
  },
}

/** On a submitted tip: one click to a draft tip in the Tips collection. */
export function MakeDraftTipButton() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const { id } = useDocumentInfo()
  const tip = useFormFields(([fields]) => fields.tip?.value)
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const text = words[i18n.language === 'en' ? 'en' : 'nl']
  const tipId = typeof tip === 'object' && tip !== null ? (tip as { id: unknown }).id : tip
  const tipUrl = (tipId: unknown) => `${config.routes.admin}/collections/tips/${String(tipId)}`

  if (tipId) return <a href={tipUrl(tipId)}>{text.open}</a>

  const make = async () => {
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/submissions/${id}/draft-tip`, {
        method: 'POST',
        credentials: 'include',
      })
      const body = (await response.json().catch(() => ({}))) as { error?: string; tip?: { id: unknown } }
      if (!response.ok || !body.tip) throw new Error(body.error ?? `HTTP ${response.status}`)
      router.push(tipUrl(body.tip.id))
    } catch (error) {
      toast.error(`${text.failed}: ${(error as Error).message}`)
      setBusy(false)
    }
  }

  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="primary" disabled={busy || !id} onClick={make} size="medium">
        {text.button}
      </Button>
      <p style={{ color: 'var(--theme-elevation-500)', margin: 0 }}>{text.hint}</p>
    </div>
  )
}
