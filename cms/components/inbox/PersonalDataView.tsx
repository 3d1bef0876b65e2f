import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { AdminPage } from '../AdminPage'
import { isAdminUser } from '../../lib/roles'
import { EraseButton } from './EraseButton'
import { personalDataWords } from './personalDataWords'

/**
 * /admin/personal-data: for admins, everything one e-mail address sent through the site's forms
 * (submissions, event registrations and newsletter subscriptions),
 * with a JSON export and an erase button (the endpoints in collections/Submissions/endpoints/personalData.ts).
 */
export async function PersonalDataView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const { payload, user, i18n } = req
  const adminRoute = payload.config.routes.admin
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/personal-data`)}`)
  const words = personalDataWords(i18n.language)
  const asked =
    typeof props.searchParams?.email === 'string' ? props.searchParams.email.trim().toLowerCase() : ''

  let body: React.ReactNode
  if (!isAdminUser(user)) body = <p>{words.adminsOnly}</p>
  else {
    const query = {
      where: { email: { equals: asked } },
      depth: 1,
      pagination: false,
      sort: '-createdAt',
      overrideAccess: true,
    } as const
    const [submissions, registrations, subscriptions] = asked
      ? await Promise.all([
          payload.find({ collection: 'submissions', ...query }),
          payload.find({ collection: 'registrations', ...query }),
          payload.find({ collection: 'subscribers', ...query }),
        ])
      : [{ docs: [] }, { docs: [] }, { docs: [] }]
    const docs = [
      ...submissions.docs.map((doc) => ({
        key: `s${doc.id}`,
        date: doc.createdAt,
        kind: doc.kind,
        summary: doc.summary || String(doc.id),
        status: doc.status,
        href: `${adminRoute}/collections/submissions/${doc.id}`,
      })),
      ...registrations.docs.map((doc) => ({
        key: `r${doc.id}`,
        date: doc.createdAt,
        kind: words.registration,
        summary: typeof doc.event === 'object' ? doc.event.title : String(doc.event),
        status: doc.status,
        href: `${adminRoute}/collections/registrations/${doc.id}`,
      })),
      ...subscriptions.docs.map((doc) => ({
        key: `n${doc.id}`,
        date: doc.createdAt,
        kind: words.newsletter,
        summary: doc.language,
        status: doc.status,
        href: `${adminRoute}/collections/subscribers/${doc.id}`,
      })),
    ]
    const exportUrl = `${payload.config.routes.api}/submissions/personal-data?email=${encodeURIComponent(asked)}`
    body = (
      <>
        <p>{words.intro}</p>
        <form method="get" style={{ display: 'flex', gap: '0.5rem', alignItems: 'end', margin: '1rem 0' }}>
          <label>
            {words.email}
            <br />
            <input type="email" name="email" defaultValue={asked} required style={{ minWidth: '20rem' }} />
          </label>
          <button type="submit" className="btn btn--style-secondary btn--size-medium">
            {words.search}
          </button>
        </form>
        {asked && docs.length === 0 ? <p>{words.none(asked)}</p> : null}
        {docs.length > 0 ? (
          <>
            <p>{words.found(docs.length, asked)}</p>
            <table className="table" style={{ width: '100%', borderCollapse: 'collapse' }}>
              <thead>
                <tr>
                  <th style={{ textAlign: 'left' }}>{words.columns.date}</th>
                  <th style={{ textAlign: 'left' }}>{words.columns.kind}</th>
                  <th style={{ textAlign: 'left' }}>{words.columns.summary}</th>
                  <th style={{ textAlign: 'left' }}>{words.columns.status}</th>
                </tr>
              </thead>
              <tbody>
                {docs.map((doc) => (
                  <tr key={doc.key}>
                    <td>{doc.date.slice(0, 10)}</td>
                    <td>{doc.kind}</td>
                    <td>
                      <a href={doc.href}>{doc.summary}</a>
                    </td>
                    <td>{doc.status}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p style={{ display: 'flex', gap: '1rem', alignItems: 'center', marginTop: '1rem' }}>
              <a href={exportUrl} download>
                {words.download}
              </a>
              <EraseButton email={asked} count={docs.length} />
            </p>
          </>
        ) : null}
      </>
    )
  }

  return (
    <AdminPage view={props} title={words.title}>
      {body}
    </AdminPage>
  )
}
