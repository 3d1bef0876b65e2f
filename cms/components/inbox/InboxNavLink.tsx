import type { ServerProps } from 'payload'

import { canPublish, isAdminUser } from '../../lib/roles'
import { personalDataWords } from './personalDataWords'

const words = {
  nl: (count: number) => (count === 1 ? '1 nieuwe inzending' : `${count} nieuwe inzendingen`),
  en: (count: number) => (count === 1 ? '1 new submission' : `${count} new submissions`),
}

/**
 * Under the collections, for editors: how many readers' submissions nobody has looked at yet; for
 * admins also the way to one person's data (PersonalDataView.tsx).
 */
export async function InboxNavLink({ payload, i18n, user }: ServerProps) {
  if (!canPublish(user)) return null
  const { totalDocs } = await payload.count({
    collection: 'submissions',
    where: { status: { equals: 'new' } },
  })
  const label = words[i18n.language === 'en' ? 'en' : 'nl'](totalDocs)
  return (
    <>
      <a
        className="nav__link"
        href={`${payload.config.routes.admin}/collections/submissions?where[status][equals]=new`}
        id="nav-inbox-new"
      >
        <span className="nav__link-label">{label}</span>
      </a>
      {isAdminUser(user) ? (
        <a className="nav__link" href={`${payload.config.routes.admin}/personal-data`} id="nav-personal-data">
          <span className="nav__link-label">{personalDataWords(i18n.language).nav}</span>
        </a>
      ) : null}
    </>
  )
}
