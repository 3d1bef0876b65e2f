'use client'

import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { personalDataWords } from './personalDataWords'

/** Erases everything one address sent, after the admin confirms. */
export function EraseButton({ email, count }: { email: string; count: number }) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const words = personalDataWords(i18n.language)

  const erase = async () => {
    if (!window.confirm(words.confirm(count, email))) return
    setBusy(true)
    try {
      const response = await fetch(
        `${config.serverURL}${config.routes.api}/submissions/personal-data?email=${encodeURIComponent(email)}`,
        { method: 'DELETE', credentials: 'include' },
      )
      const body = (await response.json().catch(() => ({}))) as { error?: string; deleted?: number }
      if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`)
      toast.success(words.erased(body.deleted ?? 0))
      router.refresh()
    } catch (error) {
      toast.error(`${words.failed}: ${(error as Error).message}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button buttonStyle="error" disabled={busy} onClick={erase} size="medium">
      {words.erase}
    </Button>
  )
}
