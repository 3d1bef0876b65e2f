import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { AdminPage } from '../AdminPage'
import { mailSettings } from '../../lib/mail/mailSettings'
import { listOutbox } from '../../lib/mail/outbox'
import { OutboxMessage } from './OutboxMessage'
import { wordsFor } from './outboxWords'

/**
 * /admin/outbox: the mail the CMS would have sent, newest first, for admins (a password reset link
 * is as good as a password). /admin/outbox/<file> shows one message.
 */
export async function OutboxView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const { payload, user, i18n } = req
  const adminRoute = payload.config.routes.admin
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/outbox`)}`)
  const words = wordsFor(i18n.language)
  const settings = mailSettings()
  const name = props.params?.segments?.[1]

  let body: React.ReactNode
  if (user.role !== 'admin') body = <p>{words.adminsOnly}</p>
  else if (name)
    body = <OutboxMessage dir={settings.outboxDir} name={name} words={words} adminRoute={adminRoute} />
  else
    body = (
      <OutboxList
        dir={settings.outboxDir}
        smtp={Boolean(settings.smtpUrl)}
        language={i18n.language}
        adminRoute={adminRoute}
      />
    )

  return (
    <AdminPage view={props} title={words.title}>
      {body}
    </AdminPage>
  )
}

async function OutboxList({
  dir,
  smtp,
  language,
  adminRoute,
}: {
  dir: string
  smtp: boolean
  language: string
  adminRoute: string
}) {
  const words = wordsFor(language)
  const { entries, total } = await listOutbox(dir)
  return (
    <>
      <p>{smtp ? words.smtp : words.intro}</p>
      {entries.length === 0 ? (
        <p>{words.empty}</p>
      ) : (
        <>
          {total > entries.length ? <p>{words.shown(entries.length, total)}</p> : null}
          <table className="table" style={{ width: '100%', borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                <th scope="col" style={{ textAlign: 'left' }}>
                  {words.date}
                </th>
                <th scope="col" style={{ textAlign: 'left' }}>
                  {words.to}
                </th>
                <th scope="col" style={{ textAlign: 'left' }}>
                  {words.subject}
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.name}>
                  <td>{entry.date?.toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL') ?? ''}</td>
                  <td>{entry.to}</td>
                  <td>
                    <a href={`${adminRoute}/outbox/${entry.name}`}>{entry.subject || words.noSubject}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  )
}
