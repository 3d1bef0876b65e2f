'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

type Progress = { status: 'draft' | 'sending' | 'sent'; sent: number; failed: number; remaining: number }

const words = {
  nl: {
    title: 'Versturen',
    test: 'Stuur mij een test',
    testSent: (to: string) => `Test verstuurd naar ${to}.`,
    send: 'Verstuur naar alle abonnees',
    confirm: 'Deze nieuwsbrief nu naar alle actieve abonnees sturen? Dat kan niet ongedaan worden gemaakt.',
    progress: (p: Progress) => `${p.sent} verstuurd, ${p.failed} mislukt, ${p.remaining} te gaan`,
  },
  en: {
    title: 'Sending',
    test: 'Send me a test',
    testSent: (to: string) => `Test sent to ${to}.`,
    send: 'Send to all subscribers',
    confirm: 'Send this edition to all active subscribers now? This cannot be undone.',
    progress: (p: Progress) => `${p.sent} sent, ${p.failed} failed, ${p.remaining} to go`,
  },
}

/** On a saved edition: a test to yourself, the button that sends it, and how far sending is. */
export function EditionSending() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const { id } = useDocumentInfo()
  const [progress, setProgress] = useState<Progress>()
  const [message, setMessage] = useState('')
  const text = words[i18n.language === 'en' ? 'en' : 'nl']
  const base = `${config.serverURL}${config.routes.api}/editions/${id}`
  const refresh = useCallback(async () => {
    const response = await fetch(`${base}/progress`, { credentials: 'include' })
    if (response.ok) setProgress(await response.json())
  }, [base])
  useEffect(() => {
    if (!id) return
    void refresh()
    const timer = setInterval(() => void refresh(), 3000)
    return () => clearInterval(timer)
  }, [id, refresh])
  if (!id) return null
  const post = async (path: string) => {
    const response = await fetch(`${base}${path}`, { method: 'POST', credentials: 'include' })
    const body = await response.json()
    if (!response.ok) setMessage(body.error ?? String(response.status))
    return response.ok ? body : undefined
  }
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <h3 style={{ margin: '0 0 0.5rem' }}>{text.title}</h3>
      {progress && progress.status !== 'draft' && (
        <p id="edition-progress" role="status">
          {text.progress(progress)}
        </p>
      )}
      <p style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={async () => {
            const sent = await post(`/test?locale=${i18n.language === 'en' ? 'en' : 'nl'}`)
            if (sent) setMessage(text.testSent(sent.to))
          }}
        >
          {text.test}
        </button>
        {progress?.status === 'draft' && (
          <button
            type="button"
            className="btn btn--style-primary btn--size-small"
            onClick={async () => {
              if (!window.confirm(text.confirm)) return
              if (await post('/send')) await refresh()
            }}
          >
            {text.send}
          </button>
        )}
      </p>
      {message && <p role="alert">{message}</p>}
    </div>
  )
}
