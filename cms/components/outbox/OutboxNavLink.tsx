import type { ServerProps } from 'payload'

import { mailSettings } from '../../lib/mail/mailSettings'
import { wordsFor } from './outboxWords'

/** A link to the Outbox under the collections, for admins, while mail goes to the outbox folder. */
export function OutboxNavLink({ payload, i18n, user }: ServerProps) {
  if (user?.role !== 'admin' || mailSettings().smtpUrl) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/outbox`} id="nav-outbox">
      <span className="nav__link-label">{wordsFor(i18n.language).title}</span>
    </a>
  )
}
